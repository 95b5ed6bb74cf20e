import http from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cspViolations, launchBrowser } from "../support/browser";

const base = inject("baseUrl");

// A second loopback origin (another port): a third-party site that embeds our pages.
let host: http.Server;
let hostUrl: string;
let ctx: BrowserContext;

beforeAll(async () => {
  host = http.createServer((req, res) => {
    const src = new URL(req.url ?? "/", "http://x").searchParams.get("src") ?? "";
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html><head><title>host</title><link rel="icon" href="data:,"></head><body><h1>A blog post</h1>
<iframe id="f" src="${base}${src.replace(/"/g, "&quot;")}" width="700" height="450" title="embedded chart" loading="eager"></iframe></body></html>`);
  });
  await new Promise<void>((r) => host.listen(0, "127.0.0.1", r));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  ctx = await launchBrowser();
});
afterAll(async () => {
  // The dashboard pages this file frames on purpose are refused by frame-ancestors; nothing else may be.
  const seen = ctx ? cspViolations(ctx).filter((v) => !v.includes("frame-ancestors")) : [];
  await ctx?.close();
  await new Promise((r) => host?.close(r));
  expect(seen, "Content-Security-Policy violations").toEqual([]);
});

/** Open the host page framing `src`; collect console errors and page errors of every frame. */
async function openHost(src: string): Promise<{ page: Page; errors: string[] }> {
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${hostUrl}/?src=${encodeURIComponent(src)}`);
  return { page, errors };
}

function childFrame(page: Page): Frame {
  const f = page.frames().find((x) => x !== page.mainFrame());
  if (!f) throw new Error("no iframe");
  return f;
}

describe("/embed/explore in another site's iframe", () => {
  it("renders the chart, without site chrome, with no console errors", async () => {
    const json = await (await fetch(`${base}/explore.json?task=imagenet1k&arch=ViT-B-32`)).json();
    const plottable = json.rows.filter((r: { error: number | null }) => r.error !== null && r.error > 0).length;
    const { page, errors } = await openHost("/embed/explore?task=imagenet1k&arch=ViT-B-32&width=700&height=450");
    const frame = childFrame(page);
    await frame.waitForSelector("svg .pt", { state: "attached", timeout: 20_000 });
    expect(frame.url()).toBe(`${base}/embed/explore?task=imagenet1k&arch=ViT-B-32&width=700&height=450`);
    // One layout per width step is sent (issue 13: text never shrinks); CSS shows the one for this
    // 700 px frame, drawn 1:1 above the 20 px link line.
    const shown = frame.locator(".embed-variant:visible svg");
    expect(await shown.locator(".pt").count()).toBe(plottable);
    expect(await frame.locator(".site-header").count()).toBe(0);
    expect(await shown.getAttribute("viewBox")).toBe("0 0 700 430");
    const box = await shown.boundingBox();
    expect(box!.width).toBeGreaterThan(600);
    const link = frame.getByRole("link", { name: /open interactive view/i });
    expect(await link.getAttribute("href")).toBe(`${base}/explore?arch=ViT-B-32`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows theme=dark and shows a message for a bad parameter", async () => {
    const dark = await openHost("/embed/explore?theme=dark");
    const f = childFrame(dark.page);
    await f.waitForSelector("svg .pt", { state: "attached" });
    expect(await f.locator(".embed-root").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(18, 20, 23)");
    expect(dark.errors).toEqual([]);
    await dark.page.close();
    const bad = await openHost("/embed/explore?width=5&theme=neon");
    const g = childFrame(bad.page);
    await g.waitForSelector(".error-box");
    const text = await g.locator(".error-box").innerText();
    expect(text).toContain("width");
    expect(text).toContain("theme");
    expect(await g.locator("svg .pt").count()).toBe(0);
    await bad.page.close();
  });
});

describe("dashboard views refuse to be framed", () => {
  it.each(["/explore", "/"])("%s stays blank inside another origin's iframe", async (path) => {
    const { page, errors } = await openHost(path);
    // Chromium replaces a frame blocked by frame-ancestors / X-Frame-Options with its error page.
    await expect.poll(() => childFrame(page).url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
    const frame = childFrame(page);
    expect(await frame.locator(".site-header").count().catch(() => 0)).toBe(0);
    expect(errors.some((e) => /frame-ancestors|X-Frame-Options|Refused to (display|frame)/i.test(e))).toBe(true);
    await page.close();
  });
});
