import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../support/use-browser";

// The page cache (db/cache/html.ts, served by proxy.ts): each HTML view is rendered once per data
// version with a placeholder nonce and every response gets a fresh nonce, in its body and in its
// Content-Security-Policy. The pages must stay byte-identical but for that nonce, run under the
// policy in a real browser, and never leak the placeholder.
const base = inject("baseUrl");
const { open } = useBrowser(base);
const PAGES = ["/", "/explore", "/explore?task=cars&arch=ViT-B-32", "/tasks", "/compare", "/models", "/models/openai-ViT-B-32", "/learning-curves"];

interface Answer { status: number; nonce: string; html: string; headers: Headers }
const page = async (p: string, headers: Record<string, string> = {}): Promise<Answer> => {
  const r = await fetch(base + p, { headers });
  const nonce = /'nonce-([^']+)'/.exec(r.headers.get("content-security-policy") ?? "")?.[1] ?? "";
  return { status: r.status, nonce, html: await r.text(), headers: r.headers };
};
const cache = async () => ((await (await fetch(`${base}/api/health`)).json()) as { cache: { hits: number; misses: number } }).cache;

/** The nonce of the policy is on every nonce attribute, and no other nonce-shaped token is in the page. */
function expectOwnNonce(a: Answer, p: string) {
  expect(a.status, p).toBe(200);
  expect(a.nonce, p).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  const attrs = [...a.html.matchAll(/\snonce="([^"]*)"/g)].map((m) => m[1]);
  expect(attrs.length, p).toBeGreaterThan(0);
  expect(new Set(attrs), p).toEqual(new Set([a.nonce]));
  // Base64 of 16 bytes anywhere (attributes, the RSC payload in inline scripts): only this one.
  expect(new Set(a.html.match(/[A-Za-z0-9+/]{22}==/g)), p).toEqual(new Set([a.nonce]));
}

describe("the HTML page cache", () => {
  it.each(PAGES)("%s: one stored render, a fresh nonce per response in the body and the policy", async (p) => {
    const first = await page(p);
    const before = await cache();
    const again = [await page(p), await page(p)];
    const after = await cache();
    expect(after.hits - before.hits, `${p}: answered from the cache`).toBeGreaterThanOrEqual(2);
    for (const a of [first, ...again]) expectOwnNonce(a, p);
    expect(new Set([first, ...again].map((a) => a.nonce)).size).toBe(3);
    // The same bytes but for the nonce (first was the render that filled the entry, or a hit).
    const strip = (a: Answer) => a.html.split(a.nonce).join("NONCE");
    expect(strip(again[0]!)).toBe(strip(first));
    expect(strip(again[1]!)).toBe(strip(first));
    for (const h of ["content-type", "cache-control", "x-frame-options", "x-content-type-options", "referrer-policy", "permissions-policy"]) {
      expect(again[0]!.headers.get(h), `${p} ${h}`).toBe(first.headers.get(h));
    }
  });

  it("HTML is never validated or shared: no ETag, no 304, private Cache-Control (the nonce is per response)", async () => {
    for (const p of ["/explore?task=cars", "/tasks"]) {
      const a = await page(p);
      expect(a.headers.get("etag"), p).toBeNull();
      expect(a.headers.get("cache-control"), p).not.toMatch(/public/);
      const b = await page(p, { "If-None-Match": "*" });
      expect(b.status, p).toBe(200);
      expectOwnNonce(b, p);
    }
  });

  it("a forged fill header gets an ordinary render with its own nonce, never the placeholder", async () => {
    const a = await page("/explore?task=cars", { "x-scaling-html-fill": "guess" });
    expectOwnNonce(a, "forged fill");
  });

  it("leaves Next's client-router requests, HEAD and missing pages to Next", async () => {
    const rsc = await fetch(`${base}/explore?task=cars`, { headers: { RSC: "1" } });
    expect(rsc.status).toBe(200);
    expect(rsc.headers.get("content-type")).toContain("text/x-component");
    const head = await fetch(`${base}/tasks`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-security-policy")).toMatch(/'nonce-/);
    const missing = [await page("/no-such-page"), await page("/no-such-page")];
    for (const m of missing) {
      expect(m.status).toBe(404);
      expect(new Set([...m.html.matchAll(/\snonce="([^"]*)"/g)].map((x) => x[1]))).toEqual(new Set([m.nonce]));
    }
  });

  it("a cached /explore runs under its policy in Chromium: hydrated, chart drawn, no violation", async () => {
    for (let i = 0; i < 2; i++) {
      const { page: tab, errors } = await open("/explore?task=cars");
      await tab.waitForSelector(".recharts-scatter-symbol", { timeout: 15_000 });
      expect(errors).toEqual([]);
      await tab.close();
    }
  });
});
