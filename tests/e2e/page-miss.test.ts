import { describe, expect, inject, it } from "vitest";

// A view's page that the page cache does not hold yet is rendered once and answered by the fast
// path (app/_server/fast-path.ts) instead of going through Next around the render. Its answer must
// be what Next sends for the same page: the same status, headers and HTML (apart from the
// per-response nonce), gzip when the client takes it. A request with If-None-Match is left to Next
// and rendered there afresh: the reference. The URLs below are asked nowhere else, and the warmer
// renders no filtered view, so each first request here is a miss.
const base = inject("baseUrl");

async function get(p: string, headers: Record<string, string>) {
  const r = await fetch(base + p, { headers: { "accept-encoding": "gzip", ...headers } });
  const csp = r.headers.get("content-security-policy") ?? "";
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, p).toBeTruthy();
  const html = (await r.text()).replaceAll(nonce!, "NONCE");
  const skip = new Set(["date", "connection", "keep-alive"]);
  return { status: r.status, headers: [...r.headers].filter(([k]) => !skip.has(k)).map(([k, v]) => [k, v.replaceAll(nonce!, "NONCE")]), html };
}

describe("a page not in the cache yet", () => {
  for (const p of ["/explore?task=cars&y=error&arch=ViT-B-16", "/explore?task=cars&x=bogus", "/tasks?sort=name&y=1"]) {
    it(`is answered as Next answers it, then from the store: ${p}`, async () => {
      const miss = await get(p, {});
      const hit = await get(p, {});
      const next = await get(p, { "if-none-match": '"not-a-page-etag"' });
      expect(miss.headers.find(([k]) => k === "content-encoding")?.[1], p).toBe("gzip");
      expect(miss).toEqual(next);
      expect(hit).toEqual(miss);
    });
  }
});
