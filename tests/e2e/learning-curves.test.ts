import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { useBrowser } from "../support/use-browser";

const base = inject("baseUrl");
const { open } = useBrowser(base);

type CurveRow = { model: string; top5: number | null };

/** Rows of /api/v1/learning-curves for a query, and the number of distinct models in them. */
async function curves(query: string): Promise<{ rows: CurveRow[]; models: number }> {
  const r = await fetch(`${base}/api/v1/learning-curves${query ? `?${query}` : ""}`);
  expect(r.status).toBe(200);
  const { rows } = (await r.json()) as { rows: CurveRow[] };
  return { rows, models: new Set(rows.map((x) => x.model)).size };
}

const waitForLines = (page: Page, n: number) =>
  page.waitForFunction((n) => document.querySelectorAll(".lc-chart .recharts-line").length === n, n, { timeout: 15_000 });
/** Wait until React has hydrated the element (it then carries React's props key): clicks before that do nothing. */
const waitForHydration = (page: Page, selector: string) =>
  page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return !!el && Object.keys(el).some((k) => k.startsWith("__reactProps"));
  }, selector, { timeout: 15_000 });
/** Wait until every listed query parameter has these values (repeats joined by ","). */
const waitForQuery = (page: Page, expected: Record<string, string>) =>
  page.waitForFunction((e) => {
    const s = new URLSearchParams(location.search);
    return Object.entries(e).every(([k, v]) => s.getAll(k).join() === v);
  }, expected, { timeout: 15_000 });

/** Wait until the chart has an axis label with exactly this text. */
const waitForAxisLabel = (page: Page, text: string) =>
  page.waitForFunction((t) => [...document.querySelectorAll(".lc-chart .recharts-label")].some((e) => e.textContent === t), text, { timeout: 15_000 });

describe("/learning-curves", () => {
  it("draws one line per model of /api/v1/learning-curves, without console errors", async () => {
    const all = await curves("");
    expect(all.rows.length).toBeGreaterThan(3000);
    const { page, errors } = await open("/learning-curves");
    await page.waitForSelector(".lc-chart .recharts-surface");
    await waitForLines(page, all.models);
    expect(await page.locator(".lc-chart").getAttribute("data-points")).toBe(String(all.rows.length));
    expect(await page.locator(".lc-chart .recharts-dot").count()).toBe(0);
    const box = (await page.locator(".lc-chart .recharts-surface").boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.3);
    const tip = await page.locator(".lc-tooltip").innerText({ timeout: 5_000 });
    expect(tip).toMatch(/^Model-/);
    expect(tip).toMatch(/epoch \d+ · samples seen [\d.]+[MB] · steps [\d,]+/);
    expect(tip).toMatch(/top-1: \d+\.\d\d%/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("filter changes update the URL and the number of lines; reload and back restore them", async () => {
    const b32 = await curves("arch=ViT-B-32");
    const b32in2b = await curves("arch=ViT-B-32&upstream=LAION-2B");
    const all = await curves("");
    expect(b32.models).toBeLessThan(all.models);
    expect(b32in2b.models).toBeLessThan(b32.models);
    const { page, errors } = await open("/learning-curves");
    await waitForLines(page, all.models);
    await waitForHydration(page, 'input[name="arch"]');
    await page.getByRole("checkbox", { name: "ViT-B/32" }).check();
    await waitForQuery(page, { arch: "ViT-B-32" });
    await waitForLines(page, b32.models);
    await page.getByRole("checkbox", { name: "LAION-2B" }).check();
    await waitForQuery(page, { arch: "ViT-B-32", upstream: "LAION-2B" });
    await waitForLines(page, b32in2b.models);
    await page.reload();
    await waitForLines(page, b32in2b.models);
    expect(await page.getByRole("checkbox", { name: "LAION-2B" }).isChecked()).toBe(true);
    await page.goBack();
    await waitForQuery(page, { arch: "ViT-B-32", upstream: "" });
    await waitForLines(page, b32.models);
    expect(await page.getByRole("checkbox", { name: "LAION-2B" }).isChecked()).toBe(false);
    await page.goBack();
    await waitForLines(page, all.models);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("switches x and y through the URL and says which models have no top-5", async () => {
    const all = await curves("");
    const lacking = new Set(all.rows.filter((r) => r.top5 === null).map((r) => r.model));
    const missing = all.rows.filter((r) => r.top5 === null).length;
    const { page, errors } = await open("/learning-curves");
    await waitForLines(page, all.models);
    await waitForHydration(page, ".controls select");
    await page.getByLabel("y axis").selectOption("top5");
    await waitForQuery(page, { y: "top5" });
    await waitForAxisLabel(page, "ImageNet zero-shot top-5 (%)");
    const note = await page.locator(".lc-note summary").innerText();
    expect(note).toContain(`${missing} checkpoints of ${lacking.size} models`);
    expect(note).toContain("top-1 is drawn instead");
    await waitForLines(page, all.models);
    await page.getByLabel("x axis").selectOption("epoch");
    await waitForQuery(page, { x: "epoch", y: "top5" });
    await waitForAxisLabel(page, "epoch");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("names a bad URL parameter", async () => {
    const { page } = await open("/learning-curves?x=hours&arch=ViT-Z-9");
    const alert = await page.getByRole("alert").first().innerText();
    expect(alert).toContain('"x"');
    expect(await page.locator(".lc-chart").count()).toBe(0);
    await page.close();
  });

  it("fits a 375 px screen without page-wide horizontal scrolling", async () => {
    const { page } = await open("/learning-curves", { width: 375, height: 800 });
    await page.waitForSelector(".lc-chart .recharts-surface");
    const m = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
    expect(m.page).toBeLessThanOrEqual(m.viewport);
    await page.close();
  });
});
