import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { useReingestServer } from "../support/reingest-server";
import { startServer } from "../support/server";

// app/_server/fast-path.ts answers a data answer its route has stored (db/cache/route.ts
// lookupStored) before Next routes the request. On a server of its own (an empty store): the first
// request of each URL is the route's own answer, every repeat is the fast path's, and the two must
// be the same on the wire.
const fx = useReingestServer("fast-path");

const get = async (p: string, headers: Record<string, string> = {}) => {
  const r = await fetch(fx.server.url + p, { headers });
  // fetch decodes gzip; the header says whether the server sent it encoded. The body as a digest:
  // a deep comparison of megabytes takes long enough for the server to close idle keep-alive sockets.
  const bytes = Buffer.from(await r.arrayBuffer());
  return { status: r.status, headers: [...r.headers].filter(([k]) => k !== "date"), length: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
};

const PATHS = (task: string, model: string) => [
  // A body under 1 kB: Next gzips it too, so the store's answer must be gzip as well.
  `/api/oembed?url=${encodeURIComponent(`${fx.server.url}/explore?task=${task}`)}`,
  `/api/v1/evals?task=${task}`, `/api/v1/evals?task=${task}&format=csv`, `/api/v1/fits?task=${task}`, `/api/v1/fit?task=${task}&arch=ViT-B-32`,
  `/api/v1/models/${model}`, "/api/v1/dictionary", `/explore.csv?task=${task}`, `/explore.json?task=${task}`, "/models.csv",
  `/embed/explore?task=${task}`, "/api/v1/place/zoo?group=LAION", `/api/v1/learning-curves?arch=ViT-B-32`,
];

describe("stored data answers from the fast path", () => {
  it("have the route's own status, headers and bytes, in either encoding; 304s too", async () => {
    const { task, model } = fx.changed;
    for (const p of PATHS(task, model)) {
      // The first request of a path (If-None-Match: * before anything is stored) gets the route's 304.
      const routed304 = await get(p, { "if-none-match": "*" });
      expect(routed304.status, p).toBe(304);
      const routed = await get(p, { "accept-encoding": "identity" });
      expect(routed.status, p).toBe(200);
      const fast = await get(p, { "accept-encoding": "identity" });
      expect(fast, p).toEqual(routed);
      expect(await get(p, { "if-none-match": "*" }), p).toEqual(routed304);
      const etag = routed.headers.find(([k]) => k === "etag")![1];
      const notModified = await get(p, { "if-none-match": etag });
      expect(notModified.status, p).toBe(304);
      expect(notModified.headers, p).toEqual(routed304.headers);
    }
    // Gzip, on a restarted server (an empty store again): the route's answer compressed by Next,
    // the fast path's from the body gzipped once.
    await fx.server.stop();
    fx.server = await startServer(fx.db);
    for (const p of PATHS(task, model)) {
      const routed = await get(p, { "accept-encoding": "gzip" });
      const fast = await get(p, { "accept-encoding": "gzip" });
      expect(fast, p).toEqual(routed);
    }
  });

  it("switch versions with a re-ingest: every answer is one version's, old or new", async () => {
    const { task, model } = fx.changed;
    const ask = async (p: string) => {
      const r = await fetch(fx.server.url + p, { headers: { "accept-encoding": "gzip" } });
      expect(r.status, p).toBe(200);
      return { etag: r.headers.get("etag") ?? "", text: await r.text() };
    };
    const version = (etag: string) => /^W\/"([0-9a-f]+)-/.exec(etag)?.[1];
    const json = `/api/v1/evals?task=${task}`;
    const csv = `/explore.csv?task=${task}`;
    const acc = (text: string) => (JSON.parse(text) as { rows: { model: string; acc1: number }[] }).rows.find((r) => r.model === model)?.acc1;
    const vA = version((await ask(json)).etag)!;
    const seen: { etag: string; text: string; p: string }[] = [];
    let done = false;
    const client = async (p: string) => {
      while (!done) seen.push({ ...(await ask(p)), p });
    };
    const clients = [json, csv, json, csv].map(client);
    await new Promise((r) => setTimeout(r, 200));
    await fx.ingest(fx.variant);
    await new Promise((r) => setTimeout(r, 300));
    done = true;
    await Promise.all(clients);
    const vB = version((await ask(json)).etag)!;
    expect(vB).not.toBe(vA);
    expect(seen.length).toBeGreaterThan(20);
    const tags = new Map<string, Set<string>>();
    for (const s of seen) {
      const v = version(s.etag)!;
      expect([vA, vB]).toContain(v);
      if (s.p === json) {
        expect(JSON.parse(s.text).meta.data_version, s.etag).toBe(v);
        expect(acc(s.text)).toBe(v === vA ? fx.changed.a : fx.changed.b);
      }
      tags.set(`${s.p} ${v}`, (tags.get(`${s.p} ${v}`) ?? new Set()).add(s.etag));
    }
    for (const [k, set] of tags) expect(set.size, k).toBe(1);
    expect(new Set(seen.map((s) => version(s.etag)))).toEqual(new Set([vA, vB]));
  });
});
