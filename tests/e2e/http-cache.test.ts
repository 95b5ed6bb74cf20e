import { describe, expect, inject, it } from "vitest";

// HTTP caching of every data-derived GET: weak ETag (data version + build + canonical query),
// If-None-Match → 304, Cache-Control public for 60 s or immutable when `v=` pins the served version,
// and the in-process cache of the data version (a repeated request returns the very same bytes).
const base = inject("baseUrl");
const SHORT = "public, max-age=60, stale-while-revalidate=86400";
const PINNED = "public, max-age=31536000, immutable";

const get = async (p: string, headers: Record<string, string> = {}) => {
  const r = await fetch(base + p, { headers });
  return { status: r.status, headers: r.headers, bytes: Buffer.from(await r.arrayBuffer()) };
};
const version = async () => ((await (await fetch(`${base}/api/health`)).json()) as { database: { data_version: string } }).database.data_version;

const DATA_ROUTES = [
  "/api/v1/evals?task=cars", "/api/v1/evals?task=cars&format=csv", "/api/v1/evals", "/api/v1/fits?task=cars", "/api/v1/fit?task=cars&arch=ViT-B-32",
  "/api/v1/models", "/api/v1/models/openai-ViT-B-32", "/api/v1/learning-curves?arch=ViT-B-32", "/api/v1/dictionary",
  "/api/v1/chart.svg?task=cars", "/embed/explore?task=cars", "/api/v1/chart.png?task=cars&width=320&height=200", `/api/oembed?url=${encodeURIComponent(`${base}/explore?task=cars`)}`,
  ...["explore", "tasks", "compare", "models", "learning-curves"].flatMap((v) => [`/${v}.csv`, `/${v}.json`]),
  "/api/v1/sensitivity?task=cars&group=LAION", "/api/v1/sensitivity?task=cars&group=LAION&format=csv",
  "/api/v1/place/laws?group=LAION&method=paper", "/api/v1/place/zoo?group=LAION", "/api/v1/place/zoo?group=LAION&format=csv",
];

describe("HTTP caching of data responses", () => {
  it("every data route sends a weak ETag naming the data version, Cache-Control public 60 s, and answers If-None-Match with 304", async () => {
    const v = await version();
    for (const p of DATA_ROUTES) {
      const first = await get(p);
      expect(first.status, p).toBe(200);
      const etag = first.headers.get("etag");
      expect(etag, p).toMatch(new RegExp(`^W/"${v}-[A-Za-z0-9_-]{22}"$`));
      expect(first.headers.get("cache-control"), p).toBe(SHORT);
      // Vary only on what changes the body: the encoding. Next appends its client router's own
      // request headers (rsc, next-router-*) to every app route; nothing else may appear.
      const vary = (first.headers.get("vary") ?? "").split(",").map((s) => s.trim().toLowerCase()).filter(Boolean);
      expect(vary, p).toContain("accept-encoding");
      for (const h of vary) expect(h === "accept-encoding" || h === "rsc" || h.startsWith("next-router-"), `${p}: Vary ${h}`).toBe(true);
      const again = await get(p, { "If-None-Match": etag! });
      expect(again.status, p).toBe(304);
      expect(again.bytes.length, p).toBe(0);
      expect(again.headers.get("etag"), p).toBe(etag);
      expect(again.headers.get("cache-control"), p).toBe(SHORT);
      // A tag from another version or query does not match.
      expect((await get(p, { "If-None-Match": 'W/"other-version"' })).status, p).toBe(200);
    }
  });

  it("a repeated request is served from the data-version cache: the same bytes, generated_at included", async () => {
    const a = await get("/api/v1/evals?task=cars&arch=ViT-B-32");
    await new Promise((r) => setTimeout(r, 20));
    const b = await get("/api/v1/evals?task=cars&arch=ViT-B-32");
    expect(b.bytes.equals(a.bytes)).toBe(true);
    // The same query spelled in another order is the same entry and the same ETag.
    const c = await get("/api/v1/evals?arch=ViT-B-32&task=cars");
    expect(c.headers.get("etag")).toBe(a.headers.get("etag"));
    expect(JSON.parse(c.bytes.toString()).rows).toEqual(JSON.parse(a.bytes.toString()).rows);
    // Different representations have different tags.
    const csv = await get("/api/v1/evals?task=cars&arch=ViT-B-32&format=csv");
    expect(csv.headers.get("etag")).not.toBe(a.headers.get("etag"));
  });

  it("a URL that pins v= to the served version is immutable for a year; another v= is not", async () => {
    const v = await version();
    for (const p of [
      `/api/v1/chart.svg?task=cars&method=paper&v=${v}`,
      `/api/v1/chart.png?task=cars&method=paper&v=${v}&width=320&height=200`,
      `/api/v1/evals?task=cars&v=${v}`,
      `/api/v1/fits?task=cars&v=${v}`,
      `/api/v1/sensitivity?task=cars&group=LAION&method=ols&v=${v}`,
      `/explore.csv?task=cars&v=${v}`,
    ]) {
      const r = await get(p);
      expect(r.status, p).toBe(200);
      expect(r.headers.get("cache-control"), p).toBe(PINNED);
      expect(r.headers.get("etag"), p).toMatch(new RegExp(`^W/"${v}-`));
    }
    const other = await get("/api/v1/evals?task=cars&v=0000000000");
    expect(other.status).toBe(200);
    expect(other.headers.get("cache-control")).toBe(SHORT);
    expect((await get("/api/v1/evals?task=cars&v=not-hex")).status).toBe(400);
    const stale = await get("/api/v1/chart.svg?task=cars&method=paper&v=0000000000");
    expect(stale.status).toBe(200);
    expect(stale.headers.get("cache-control")).toBe(SHORT);
    expect(stale.bytes.toString()).toContain("Data changed since this figure was made");
  });

  it("errors are not cached and carry no ETag", async () => {
    for (const p of ["/api/v1/evals?task=nope", "/api/v1/evals?bogus=1", "/explore.csv?task=nope", "/api/v1/chart.svg?width=-1", "/api/v1/sensitivity?task=nope", "/api/v1/place/laws?group=nope", "/api/v1/place/zoo?task=nope"]) {
      const r = await get(p);
      expect(r.status, p).toBe(400);
      expect(r.headers.get("etag"), p).toBeNull();
      expect(r.headers.get("cache-control"), p).toBe("no-store");
    }
  });

  it("HTML views are never shared-cached (their data is cached in process instead)", async () => {
    for (const p of ["/", "/explore?task=cars", "/tasks", "/compare", "/models", "/learning-curves"]) {
      const r = await get(p);
      expect(r.status, p).toBe(200);
      expect(r.headers.get("cache-control") ?? "", p).not.toMatch(/public/);
    }
  });
});
