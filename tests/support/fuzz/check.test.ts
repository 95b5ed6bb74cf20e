import { describe, expect, it } from "vitest";
import { sampleBodies, sampleRequests } from "./arbitraries";
import { violation } from "./check";
import { coverage, kindOf, REQUIRED, ROUTES, routesFromManifest } from "./routes";

const json = (body: unknown) => JSON.stringify(body);

describe("violation", () => {
  it("flags any 5xx", () => {
    expect(violation({ kind: "view", status: 500, contentType: "text/html", body: "" })).toMatch(/500/);
    expect(violation({ kind: "api", status: 503, contentType: "application/json", body: "{}" })).toMatch(/503/);
  });

  it("accepts a 4xx JSON whose message names error.param", () => {
    const body = json({ error: { code: "bad_request", message: 'Invalid parameter "task": unknown value', param: "task" } });
    expect(violation({ kind: "api", status: 400, contentType: "application/json; charset=utf-8", body })).toBeNull();
  });

  it("rejects a 4xx JSON without param, or whose message does not name it", () => {
    const noParam = json({ error: { message: "bad", param: null } });
    expect(violation({ kind: "api", status: 400, contentType: "application/json", body: noParam })).toMatch(/error.param/);
    const unnamed = json({ error: { message: "Invalid value", param: "seed" } });
    expect(violation({ kind: "api", status: 400, contentType: "application/json", body: unnamed })).toMatch(/does not name/);
    expect(violation({ kind: "api", status: 400, contentType: "application/json", body: "not json" })).toMatch(/parse/);
  });

  it("rejects a non-JSON API 400 but accepts Next's 404 and the server's header limits", () => {
    expect(violation({ kind: "api", status: 400, contentType: "text/plain", body: "Bad Request" })).toMatch(/not JSON/);
    expect(violation({ kind: "api", status: 404, contentType: "text/html", body: "" })).toBeNull();
    expect(violation({ kind: "api", status: 431, contentType: "", body: "" })).toBeNull();
  });

  it("lets views answer 200, 404 or a redirect with a Location, nothing else", () => {
    expect(violation({ kind: "view", status: 200, contentType: "text/html", body: "<p>bad</p>" })).toBeNull();
    expect(violation({ kind: "view", status: 404, contentType: "text/html", body: "" })).toBeNull();
    expect(violation({ kind: "view", status: 400, contentType: "text/html", body: "" })).toMatch(/view answered 400/);
    expect(violation({ kind: "view", status: 307, contentType: "", body: "", location: "/explore" })).toBeNull();
    expect(violation({ kind: "view", status: 307, contentType: "", body: "", location: null })).toMatch(/Location/);
  });

  it("rejects a 200 JSON body that does not parse", () => {
    expect(violation({ kind: "api", status: 200, contentType: "application/json", body: "{" })).toMatch(/parse/);
  });
});

describe("routes", () => {
  it("reads Next's manifest without internal routes and classifies by path", () => {
    const m = { "/(dashboard)/page": "/", "/_not-found/page": "/_not-found", "/api/v1/evals/route": "/api/v1/evals", "/explore.csv/route": "/explore.csv", "/favicon.ico/route": "/favicon.ico" };
    expect(routesFromManifest(m)).toEqual(["/", "/api/v1/evals", "/explore.csv"]);
    expect(kindOf("/api/v1/chart.svg")).toBe("api");
    expect(kindOf("/explore.csv")).toBe("file");
    expect(kindOf("/models/[id]")).toBe("view");
  });

  it("reports expected routes missing from a build and includes unexpected ones", () => {
    const c = coverage(["/", "/api/v1/evals", "/brand-new-view"]);
    expect(c.missing).toContain("/explore");
    expect(c.missing).toContain("/embed/*");
    expect(c.routes.map((r) => r.pattern)).toContain("/brand-new-view");
    expect(c.routes.map((r) => r.pattern)).not.toContain("/explore");
    expect(c.routes.find((r) => r.pattern === "/brand-new-view")?.method).toBe("GET");
  });

  it("lists each route once, with POST routes marked and base queries of real routes", () => {
    const patterns = ROUTES.map((r) => r.pattern);
    expect(new Set(patterns).size).toBe(patterns.length);
    for (const p of REQUIRED) expect(patterns).toContain(p);
    expect(coverage(["/api/v1/place"]).routes).toEqual([{ pattern: "/api/v1/place", kind: "api", method: "POST" }]);
  });
});

describe("generated requests", () => {
  it("are deterministic for a seed and exercise repeats, unknown keys and hostile values", () => {
    const a = sampleRequests("/api/v1/evals", 500, 7);
    expect(sampleRequests("/api/v1/evals", 500, 7)).toEqual(a);
    expect(a.every((p) => p.startsWith("/api/v1/evals"))).toBe(true);
    const repeated = a.filter((p) => {
      const keys = [...new URL(`http://x${p}`).searchParams.keys()];
      return new Set(keys).size < keys.length;
    });
    expect(repeated.length).toBeGreaterThan(100);
    expect(a.some((p) => /zz_[a-z]{4}=/.test(p))).toBe(true);
    expect(a.some((p) => p.includes(encodeURIComponent("' OR 1=1 --")))).toBe(true);
    expect(a.some((p) => p.length > 2000)).toBe(true);
  });

  it("fuzz dynamic segments and always yield a parseable URL", () => {
    const a = sampleRequests("/api/v1/models/[id]", 300, 3);
    expect(a.some((p) => p.startsWith("/api/v1/models/openai-ViT-B-32"))).toBe(true);
    expect(a.some((p) => !p.startsWith("/api/v1/models/openai-ViT-B-32"))).toBe(true);
    for (const p of a) expect(() => new URL(`http://127.0.0.1${p}`)).not.toThrow();
  });
});

describe("base queries", () => {
  it("start half of the /api/v1/fit requests from a valid task, and point oembed at this origin", () => {
    const fit = sampleRequests("/api/v1/fit", 400, 1);
    const based = fit.filter((p) => p.startsWith("/api/v1/fit?task=imagenet1k"));
    expect(based.length).toBeGreaterThan(120);
    expect(based.length).toBeLessThan(280);
    const o = sampleRequests("/api/oembed", 50, 1, "http://127.0.0.1:4321");
    expect(o.some((p) => p.startsWith(`/api/oembed?url=${encodeURIComponent("http://127.0.0.1:4321")}%2Fexplore`))).toBe(true);
  });
});

describe("generated bodies", () => {
  it("are deterministic JSON objects with real keys mostly, and some broken JSON", () => {
    const b = sampleBodies(400, 9);
    expect(sampleBodies(400, 9)).toEqual(b);
    const parsed = b.map((x) => { try { return JSON.parse(x) as unknown; } catch { return undefined; } });
    expect(parsed.filter((v) => v && typeof v === "object" && "task" in (v as object)).length).toBeGreaterThan(10);
    expect(parsed.filter((v) => v === undefined).length).toBeGreaterThan(5);
  });
});
