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
  page.waitForFunction((n) => document.querySelectorAll(".lc-chart .recharts-line").length === n, n, { timeout: 60_000 });
/** Wait until React has hydrated the element (it then carries React's props key): clicks before that do nothing. */
const waitForHydration = (page: Page, selector: string) =>
  page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return !!el && Object.keys(el).some((k) => k.startsWith("__reactProps"));
  }, selector, { timeout: 60_000 });
/** Wait until every listed query parameter has these values (repeats joined by ","). */
const waitForQuery = (page: Page, expected: Record<string, string>) =>
  page.waitForFunction((e) => {
    const s = new URLSearchParams(location.search);
    return Object.entries(e).every(([k, v]) => s.getAll(k).join() === v);
  }, expected, { timeout: 60_000 });

/** Wait until the chart has an axis label with exactly this text. */
const waitForAxisLabel = (page: Page, text: string) =>
  page.waitForFunction((t) => [...document.querySelectorAll(".lc-chart .recharts-label")].some((e) => e.textContent === t), text, { timeout: 60_000 });

/**
 * No axis title's bounding box intersects any tick label, in every chart matching `root` (recharts 3
 * draws titles in a z-index layer, not inside the axis group, so each title is checked against the
 * ticks of both axes).
 */
async function expectNoTitleTickOverlap(page: Page, root: string) {
  await page.waitForSelector(`${root} .recharts-label`);
  const { hits, titled } = await page.locator(root).evaluateAll((charts) => {
    const out: string[] = [];
    let titled = 0;
    const meet = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    for (const c of charts) {
      // recharts 3 puts tick labels in their own groups (.recharts-xAxis-tick-labels), not under the axis.
      const ticks = [...c.querySelectorAll(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value, .recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value")];
      if (ticks.length < 4) out.push(`only ${ticks.length} tick labels found`);
      for (const title of c.querySelectorAll(".recharts-label")) {
        titled++;
        const t = title.getBoundingClientRect();
        for (const tick of ticks) if (meet(t, tick.getBoundingClientRect())) out.push(`${title.textContent} × ${tick.textContent}`);
      }
    }
    return { hits: out, titled };
  });
  // Every chart has an x and a y title, each checked against every tick.
  expect(titled).toBeGreaterThanOrEqual(2 * (await page.locator(root).count()));
  expect(hits).toEqual([]);
}

describe("/learning-curves", () => {
  it("draws one line per model of /api/v1/learning-curves, without console errors", async () => {
    const all = await curves("");
    expect(all.rows.length).toBeGreaterThan(3000);
    const { page, errors } = await open("/learning-curves");
    await page.waitForSelector(".lc-chart .recharts-surface");
    await waitForLines(page, all.models);
    expect(await page.locator(".lc-multiples").getAttribute("data-points")).toBe(String(all.rows.length));
    expect(await page.locator(".lc-chart .recharts-dot").count()).toBe(0);
    // Small multiples: one panel per architecture of the data.
    const archs = new Set(all.rows.map((r) => (r as CurveRow & { arch: string }).arch));
    expect(await page.locator(".lc-panel").count()).toBe(archs.size);
    await waitForHydration(page, ".lc-chart");
    const box = (await page.locator(".lc-chart .recharts-surface").first().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.3, { steps: 5 });
    const tip = await page.locator(".lc-tooltip").first().innerText({ timeout: 30_000 });
    expect(tip).toMatch(/^Model-/);
    expect(tip).toMatch(/epoch \d+ · samples seen [\d.]+[MB] · steps [\d,]+/);
    expect(tip).toMatch(/top-1: \d+\.\d\d%/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("filters with /explore's meaning (all ticked by default, unticked = hidden); reload and back restore them", async () => {
    const all = await curves("");
    const { page, errors } = await open("/learning-curves");
    await waitForLines(page, all.models);
    await waitForHydration(page, 'input[name="arch"]');
    const archBoxes = await page.locator('input[name="arch"]').evaluateAll((els) => els.map((e) => [(e as HTMLInputElement).value, (e as HTMLInputElement).checked]));
    expect(archBoxes.every(([, on]) => on)).toBe(true);
    const others = archBoxes.map(([v]) => v as string).filter((v) => v !== "ViT-B-32");
    const noB32 = await curves(others.map((a) => `arch=${a}`).join("&"));
    const noB32no2B = await curves([...others.map((a) => `arch=${a}`), "upstream=LAION-80M", "upstream=LAION-400M"].join("&"));
    expect(noB32.models).toBeLessThan(all.models);
    expect(noB32no2B.models).toBeLessThan(noB32.models);
    await page.getByRole("checkbox", { name: "ViT-B/32" }).uncheck();
    await waitForQuery(page, { arch: others.join(",") });
    await waitForLines(page, noB32.models);
    await page.getByRole("checkbox", { name: "LAION-2B" }).uncheck();
    await waitForQuery(page, { arch: others.join(","), upstream: "LAION-80M,LAION-400M" });
    await waitForLines(page, noB32no2B.models);
    await page.reload();
    await waitForLines(page, noB32no2B.models);
    expect(await page.getByRole("checkbox", { name: "LAION-2B" }).isChecked()).toBe(false);
    await page.goBack();
    await waitForQuery(page, { arch: others.join(","), upstream: "" });
    await waitForLines(page, noB32.models);
    expect(await page.getByRole("checkbox", { name: "LAION-2B" }).isChecked()).toBe(true);
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
    await waitForAxisLabel(page, "ImageNet top-5 (%)");
    const note = await page.locator(".lc-note summary").innerText();
    expect(note).toContain(`${missing} checkpoints of ${lacking.size} models`);
    expect(note).toContain("top-1 is drawn instead");
    await waitForLines(page, all.models);
    await page.getByLabel("x axis").selectOption("epoch");
    await waitForQuery(page, { x: "epoch", y: "top5" });
    await waitForAxisLabel(page, "epoch");
    await page.getByLabel("x axis").selectOption("compute");
    await waitForQuery(page, { x: "compute", y: "top5" });
    await waitForAxisLabel(page, "compute so far C (GMACs, log scale)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("labels each line directly, highlights the hovered one and flags the collapsed checkpoint", async () => {
    const all = await curves("");
    const { page, errors } = await open("/learning-curves");
    await waitForLines(page, all.models);
    expect(await page.locator(".lc-direct-label").count()).toBe(all.models);
    // The upstream file has one checkpoint that drops to 0.4% after 38.7%: B/16 on LAION-2B, 3B samples, epoch 4.
    const note = await page.getByTestId("lc-collapsed").innerText();
    expect(note).toMatch(/^⊗ 1 collapsed checkpoint/);
    expect(note).toContain("ViT-B/16 · LAION-2B · 3B at epoch 4 (0.4%)");
    expect(await page.locator(".lc-chart [data-collapsed]").count()).toBe(1);
    await waitForHydration(page, ".lc-chart");
    const label = page.locator(".lc-direct-label").first();
    const model = await label.getAttribute("data-model");
    await label.hover();
    await page.waitForFunction(() => [...document.querySelectorAll(".lc-chart .recharts-line path.recharts-curve")].some((p) => p.getAttribute("stroke-opacity") === "0.15"), undefined, { timeout: 30_000 });
    const faded = await page.locator(".lc-chart .recharts-line path.recharts-curve").evaluateAll((ps) => ps.filter((p) => p.getAttribute("stroke-opacity") !== "0.15").length);
    expect(faded).toBe(1);
    expect(model).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws accuracy on a linear axis whose title does not overlap its ticks", async () => {
    const { page } = await open("/learning-curves");
    await page.waitForSelector(".lc-chart .recharts-surface");
    await expectNoTitleTickOverlap(page, ".lc-chart");
    const ys = await page.locator(".lc-chart").first().locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value").evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().y));
    const gaps = ys.slice(1).map((y, i) => y - ys[i]!);
    expect(gaps.length).toBeGreaterThan(2);
    for (const g of gaps) expect(Math.abs(g - gaps[0]!)).toBeLessThan(1.5);
    await page.close();
  });

  it("the model card's curve has no title over its ticks either", async () => {
    const { page } = await open("/models/Model-B-16_Data-2B_Samples-13B_lr-1e-3_bs-88k");
    await page.waitForSelector(".models-curve .recharts-surface");
    await expectNoTitleTickOverlap(page, ".models-curve");
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
