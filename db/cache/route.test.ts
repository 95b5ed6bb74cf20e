import fs from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestRealData } from "../../tests/support/server";
import { ENCODED } from "./gzip";
import { cachedRoute, lookupStored, toResponse } from "./route";

// lookupStored is what app/_server/fast-path.ts answers before Next routes a request: the answer
// cachedRoute would give from its store, for paths whose route has stored a 200 in this data
// version, and nothing else. Asked here as the fast path asks: GETs only.
const storedAnswer = (r: Request, url: URL): Response | null => {
  const a = r.method === "GET" ? lookupStored((k) => r.headers.get(k), url) : null;
  return a && toResponse(a);
};
let file: string;
const saved = process.env.SCALING_DB;
beforeAll(() => {
  file = ingestRealData();
  process.env.SCALING_DB = file;
});
afterAll(() => {
  process.env.SCALING_DB = saved;
});

let calls = 0;
const route = cachedRoute(function GET(req: Request) {
  calls++;
  const q = new URL(req.url).searchParams.get("q");
  if (q === "bad") return Response.json({ error: "bad q" }, { status: 400 });
  return new Response(`answer ${q} `.repeat(200), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="x.csv"' } });
});
const req = (p: string, headers: Record<string, string> = {}) => new Request(`http://127.0.0.1:3000${p}`, { headers });
const read = async (r: Response) => ({ status: r.status, headers: [...r.headers].filter(([k]) => k !== ENCODED), body: Buffer.from(await r.arrayBuffer()) });

describe("storedAnswer (the fast path for cached routes)", () => {
  it("answers only what the route stored, with the route's status, headers and bytes, and 304 for its ETag", async () => {
    expect(storedAnswer(req("/t.csv?q=a"), new URL("http://127.0.0.1:3000/t.csv?q=a"))).toBeNull(); // nothing stored yet
    const routed = await read(await route(req("/t.csv?q=a"), {}));
    expect(calls).toBe(1);
    expect(routed.status).toBe(200);

    // The same query in another spelling, identity and gzip: the stored answer, without the route.
    for (const p of ["/t.csv?q=a", "/t.csv?q=a&"]) {
      const fast = storedAnswer(req(p), new URL(`http://127.0.0.1:3000${p}`));
      expect(fast).not.toBeNull();
      expect(await read(fast!)).toEqual(routed);
    }
    const gz = storedAnswer(req("/t.csv?q=a", { "accept-encoding": "gzip" }), new URL("http://127.0.0.1:3000/t.csv?q=a"))!;
    expect(gz.headers.get(ENCODED)).toBe("gzip");
    const gzRead = await read(gz);
    expect(gzRead.headers).toEqual(routed.headers);
    expect(gunzipSync(gzRead.body).equals(routed.body)).toBe(true);
    expect(calls).toBe(1);

    const etag = routed.headers.find(([k]) => k === "etag")![1];
    const notModified = storedAnswer(req("/t.csv?q=a", { "if-none-match": etag }), new URL("http://127.0.0.1:3000/t.csv?q=a"))!;
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get("etag")).toBe(etag);
    expect(await read(await route(req("/t.csv?q=a", { "if-none-match": etag }), {}))).toEqual(await read(notModified));

    // Other queries of a known path are misses (the route computes them); errors are never stored.
    expect(storedAnswer(req("/t.csv?q=b"), new URL("http://127.0.0.1:3000/t.csv?q=b"))).toBeNull();
    expect((await route(req("/t.csv?q=bad"), {})).status).toBe(400);
    expect(storedAnswer(req("/t.csv?q=bad"), new URL("http://127.0.0.1:3000/t.csv?q=bad"))).toBeNull();
    // Only GET.
    expect(storedAnswer(new Request("http://127.0.0.1:3000/t.csv?q=a", { method: "HEAD" }), new URL("http://127.0.0.1:3000/t.csv?q=a"))).toBeNull();
  });

  it("forgets everything when an ingest replaces the database file, so no answer of the old version is served", async () => {
    await read(await route(req("/t.csv?q=c"), {}));
    expect(storedAnswer(req("/t.csv?q=c"), new URL("http://127.0.0.1:3000/t.csv?q=c"))).not.toBeNull();
    const next = path.join(path.dirname(file), "next.db");
    fs.copyFileSync(file, next);
    fs.renameSync(next, file); // what an ingest does: a new file renamed into place
    expect(storedAnswer(req("/t.csv?q=c"), new URL("http://127.0.0.1:3000/t.csv?q=c"))).toBeNull();
    const before = calls;
    await read(await route(req("/t.csv?q=c"), {}));
    expect(calls).toBe(before + 1);
    expect(storedAnswer(req("/t.csv?q=c"), new URL("http://127.0.0.1:3000/t.csv?q=c"))).not.toBeNull();
  });

  it("runs the route once for identical requests arriving together; the others get its stored answer", async () => {
    const before = calls;
    const all = await Promise.all(Array.from({ length: 10 }, () => route(req("/t.csv?q=herd"), {}).then(read)));
    expect(calls).toBe(before + 1);
    for (const r of all) expect(r).toEqual(all[0]);
    // A failing first request stores nothing: the waiters then run the route themselves.
    const bad = await Promise.all(Array.from({ length: 3 }, () => route(req("/t.csv?q=bad"), {})));
    expect(bad.map((r) => r.status)).toEqual([400, 400, 400]);
    expect(calls).toBe(before + 4);
  });
});
