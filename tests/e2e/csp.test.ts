import { describe, expect, inject, it } from "vitest";

// Content-Security-Policy as the Next.js guide describes it: a fresh nonce per HTML page, on every
// script Next writes and on ours; /embed/* runs no script at all. (Every browser test also fails
// on a `securitypolicyviolation`: tests/support/browser.ts.)
const base = inject("baseUrl");
const PAGES = ["/", "/explore", "/explore?task=cars&arch=ViT-B-32", "/tasks", "/compare", "/models", "/models/openai-ViT-B-32", "/learning-curves", "/no-such-page"];

const directives = (csp: string) => new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));

describe("Content-Security-Policy of HTML pages", () => {
  it.each(PAGES)("%s: nonce-based, nothing from elsewhere, no plugins, no <base>, forms to us only", async (p) => {
    const r = await fetch(base + p);
    expect(r.headers.get("content-type"), p).toContain("text/html");
    const d = directives(r.headers.get("content-security-policy") ?? "");
    const nonce = d.get("script-src")?.find((s) => s.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce, "a nonce").toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(d.get("script-src")).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("form-action")).toEqual(["'self'"]);
    expect(d.get("frame-ancestors")).toEqual(["'none'"]);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("script-src")).not.toContain("'unsafe-inline'");
    expect(d.get("script-src")).not.toContain("'unsafe-eval'");
    // Every script element of the page carries this response's nonce.
    const html = await r.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) expect(s, p).toContain(`nonce="${nonce}"`);
  });

  it("is a new nonce on every request", async () => {
    const nonces = await Promise.all([1, 2, 3].map(async () => (await fetch(`${base}/explore`)).headers.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1]));
    expect(new Set(nonces).size).toBe(3);
  });

  it("denies unused browser features with Permissions-Policy", async () => {
    for (const p of ["/", "/embed/explore", "/no-such-page"]) {
      const pp = (await fetch(base + p)).headers.get("permissions-policy") ?? "";
      for (const f of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(pp, p).toContain(`${f}=()`);
    }
  });
});

describe("/embed/*", () => {
  it.each(["/embed/explore?task=cars", "/embed/explore?width=5"])("%s runs no script and may be framed", async (p) => {
    const r = await fetch(base + p);
    const d = directives(r.headers.get("content-security-policy") ?? "");
    expect(d.get("script-src")).toEqual(["'none'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("base-uri")).toEqual(["'none'"]);
    expect(d.get("frame-ancestors")).toEqual(["*"]);
    expect(await r.text()).not.toMatch(/<script\b/i);
  });
});
