import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { ARCH_ORDER, archColor, groupStyle } from "../../lib/chart/palette";
import { useBrowser } from "../support/use-browser";

// Issue 13 items 2, 3, 5 and 7 in real Chromium against `next start` on the real data.
const base = inject("baseUrl");
const dbPath = inject("dbPath");
const { open, context } = useBrowser(base);

const ALL_GROUPS = "groups=LAION,LAION-80M,LAION-400M,LAION-2B,CLIP-WIT";
const norm = (c: string) => c.trim().toLowerCase();
const waitChart = (page: Page) => page.waitForSelector(".recharts-scatter-symbol", { timeout: 20_000 });
/** Colours actually drawn: fit-line strokes and point fills. */
async function drawnColours(page: Page): Promise<{ lines: string[]; points: string[] }> {
  return page.evaluate(() => ({
    lines: [...document.querySelectorAll(".recharts-reference-line line, line.fit-line")].map((e) => e.getAttribute("stroke") ?? ""),
    points: [...document.querySelectorAll(".recharts-scatter-symbol path")].map((e) => e.getAttribute("fill") ?? ""),
  }));
}
type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("one visual grammar (item 2)", () => {
  it("never draws a fit line in an architecture's colour, on /explore and /", async () => {
    for (const path of [`/explore?task=imagenet1k&${ALL_GROUPS}`, "/"]) {
      const { page, errors } = await open(path);
      await waitChart(page);
      const { lines, points } = await drawnColours(page);
      expect(lines.length).toBeGreaterThan(0);
      const pointSet = new Set(points.map(norm));
      const archSet = new Set(ARCH_ORDER.map((a) => norm(archColor(a))));
      expect(lines.map(norm).filter((c) => pointSet.has(c) || archSet.has(c))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("names on the home page the colours it draws", async () => {
    const { page } = await open("/");
    await waitChart(page);
    const lede = await page.locator(".overview-lede").innerText();
    const { lines } = await drawnColours(page);
    for (const g of ["LAION", "CLIP-WIT"]) {
      expect(lede).toContain(groupStyle(g).colorName);
      expect(lines.map(norm)).toContain(norm(groupStyle(g).color));
    }
    expect(lede).not.toMatch(/orange-red|blue line/);
    await page.close();
  });
});

describe("the fit's mechanics on /explore (item 3)", () => {
  it("draws bin edges, the stored fitted points, and bands only where the CI rule allows", async () => {
    const db = new Database(dbPath, { readonly: true });
    const fitted = (group: string, method: string) => JSON.parse((db.prepare("SELECT fitted_json AS f FROM fits WHERE task = 'imagenet1k' AND metric = 'acc1' AND \"group\" = ? AND method = ?").get(group, method) as { f: string }).f) as unknown[];
    const laion = fitted("LAION", "binned-min").length;
    const openai = fitted("CLIP-WIT", "ols").length;
    db.close();
    const { page, errors } = await open("/explore?task=imagenet1k");
    await waitChart(page);
    await page.waitForSelector(".fit-band");
    // LAION has ≥ 5 fitted points → a band; OpenAI's 3 points → none, and the legend says why.
    expect(await page.locator('.fit-band[data-group="LAION"]').count()).toBe(1);
    expect(await page.locator('.fit-band[data-group="CLIP-WIT"]').count()).toBe(0);
    expect(await page.locator('.scaling-fit-legend li[data-group="CLIP-WIT"]').innerText()).toContain(`no interval: ${openai} fitted points`);
    expect(await page.locator(".bin-edge").count()).toBe(0);
    await page.getByLabel(/show what each fit ran on/i).check();
    await page.waitForSelector(".bin-edge", { state: "attached" });
    expect(await page.locator('.fit-mechanics [data-group="LAION"] .bin-edge').count()).toBe(6);
    expect(await page.locator('.fit-mechanics [data-group="LAION"] .fitted-point').count()).toBe(laion);
    expect(await page.locator('.fit-mechanics [data-group="CLIP-WIT"] .fitted-point').count()).toBe(openai);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws each line only over the compute range of its fitted points", async () => {
    const { page } = await open("/explore?task=imagenet1k");
    await waitChart(page);
    const span = await page.evaluate(() => {
      const xs = (sel: string) => [...document.querySelectorAll(sel)].map((e) => { const r = e.getBoundingClientRect(); return [r.left, r.right]; }).flat();
      const line = xs('.recharts-reference-line line[data-group="CLIP-WIT"], line.fit-line[data-group="CLIP-WIT"]');
      return { lineLo: Math.min(...line), lineHi: Math.max(...line) };
    });
    // OpenAI's three models: the line starts and ends at their markers (star centres), ±8 px.
    const stars = await page.$$eval(".recharts-scatter-symbol", (els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ cx: r.x + r.width / 2, w: r.width })));
    const { rows } = await (await fetch(`${base}/api/v1/evals?task=imagenet1k&upstream=CLIP-WIT`)).json() as { rows: { total_gmacs: number }[] };
    expect(rows).toHaveLength(3);
    const cxs = stars.map((s) => s.cx);
    expect(cxs.some((c) => Math.abs(c - span.lineLo) < 8)).toBe(true);
    expect(cxs.some((c) => Math.abs(c - span.lineHi) < 8)).toBe(true);
    await page.close();
  });

  it("has a sortable Table tab with the same rows as the CSV twin", async () => {
    const q = "task=cars&arch=ViT-B-32,ViT-L-14";
    const { page } = await open(`/explore?${q}`);
    await waitChart(page);
    await page.getByRole("tab", { name: "Table" }).click();
    await page.waitForSelector(".explore-points-table tbody tr");
    const models = await page.$$eval(".explore-points-table tbody tr", (trs) => trs.map((t) => t.getAttribute("data-model")));
    const csv = await (await fetch(`${base}/explore.csv?${q}`)).text();
    const [head, ...lines] = csv.trim().split(/\r?\n/);
    const col = head!.split(",").indexOf("model");
    expect([...models].sort()).toEqual(lines.map((l) => l.split(",")[col]).sort());
    // A residual column per drawn law (LAION, OpenAI, and the refit of the slice).
    await page.waitForFunction(() => document.querySelectorAll(".explore-points-table thead th").length >= 5);
    await page.locator('button[data-sort="error"]').click();
    const errs = async () => page.$$eval(".explore-points-table tbody tr td:nth-child(3)", (tds) => tds.map((t) => parseFloat(t.textContent!)));
    const up = await errs();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.locator('button[data-sort="error"]').click();
    const down = await errs();
    expect(down).toEqual([...up].sort((a, b) => b - a));
    await page.close();
  });

  it("opens a model card when a point is clicked", async () => {
    const { page } = await open("/explore?task=imagenet1k&arch=ViT-g-14");
    await waitChart(page);
    const { rows } = await (await fetch(`${base}/api/v1/evals?task=imagenet1k&arch=ViT-g-14`)).json() as { rows: { model: string }[] };
    await page.locator(".recharts-scatter-symbol").first().click({ force: true });
    await page.waitForURL(/\/models\/[^/?]+$/, { timeout: 15_000 });
    const id = decodeURIComponent(new URL(page.url()).pathname.slice("/models/".length));
    expect(rows.map((r) => r.model)).toContain(id);
    await page.waitForSelector("h1");
    await page.close();
  });
});

describe("axes (item 5)", () => {
  for (const viewport of [{ width: 1400, height: 900 }, { width: 375, height: 812 }]) {
    it(`keeps axis titles clear of tick labels on /explore at ${viewport.width} px, accuracy on a linear axis`, async () => {
      for (const q of ["task=imagenet1k", "task=imagenet1k&y=acc1", "task=imagenet1k&x=params"]) {
        const { page } = await open(`/explore?${q}`, viewport);
        await waitChart(page);
        const boxes = await page.evaluate(() => {
          const box = (e: Element) => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
          // Axis titles sit in a z-index layer of their own; the y title is the rotated one.
          const labels = [...document.querySelectorAll(".scaling-chart .recharts-label")];
          const rotated = (e: Element) => (e.getAttribute("transform") ?? "").includes("rotate");
          return [["xAxis", labels.filter((e) => !rotated(e))], ["yAxis", labels.filter(rotated)]].map(([a, title]) => ({
            title: (title as Element[]).map(box),
            ticks: [...document.querySelectorAll(`.scaling-chart .recharts-${a as string}-tick-labels text`)].map(box),
          }));
        });
        for (const { title, ticks } of boxes) {
          expect(title.length).toBe(1);
          expect(ticks.length).toBeGreaterThan(1);
          for (const t of ticks) expect(overlaps(title[0]!, t), `${q}: title overlaps a tick`).toBe(false);
        }
        if (q.includes("y=acc1")) {
          expect(await page.locator(".scaling-chart").getAttribute("data-y-scale")).toBe("linear");
          const ys = await page.$$eval(".scaling-chart .recharts-yAxis-tick-labels text", (els) => els.map((e) => e.getBoundingClientRect().y).sort((a, b) => a - b));
          // recharts nudges the outermost labels inward to keep them inside the chart: compare the inner gaps.
          const inner = ys.slice(1, -1);
          const gaps = inner.slice(1).map((y, i) => y - inner[i]!);
          expect(gaps.length).toBeGreaterThan(1);
          for (const g of gaps) expect(Math.abs(g - gaps[0]!)).toBeLessThan(1.5);
        }
        await page.close();
      }
    });
  }
});

describe("mobile, dark and embeds (item 7)", () => {
  it("at 375 px puts the chart right under the controls' summary and keeps tooltips under a third of the chart", async () => {
    const { page, errors } = await open("/explore?task=imagenet1k", { width: 375, height: 812 });
    await waitChart(page);
    const tops = await page.evaluate(() => {
      const top = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().top;
      const bottom = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().bottom;
      return { summary: bottom(".explore-summary"), chart: top(".scaling-chart"), toolbar: top(".report-toolbar"), drawerShown: getComputedStyle(document.querySelector(".explore-drawer")!).display !== "none" };
    });
    expect(tops.drawerShown).toBe(false);
    expect(tops.chart).toBeGreaterThan(tops.summary);
    expect(tops.chart - tops.summary).toBeLessThan(80); // only the chart's own title between
    expect(tops.chart).toBeLessThan(tops.toolbar);
    expect(tops.chart).toBeLessThan(500);
    await page.getByRole("button", { name: "Controls" }).click();
    await page.waitForSelector(".explore-drawer[data-open='true'] select[name='task']");
    await page.getByRole("button", { name: "Hide controls" }).click();
    const chart = (await page.locator(".scaling-chart").boundingBox())!;
    const symbols = page.locator(".recharts-scatter-symbol");
    for (const i of [0, 10, 20]) {
      await symbols.nth(i).hover({ force: true });
      const tip = await page.waitForSelector(".scaling-tooltip");
      const t = (await tip.boundingBox())!;
      expect(t.width * t.height).toBeLessThanOrEqual((chart.width * chart.height) / 3);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps embed text ≥ 10 px in a 375 px frame, and follows prefers-color-scheme unless theme= is given", async () => {
    const page = await context().newPage();
    await page.setViewportSize({ width: 375, height: 480 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`${base}/embed/explore?task=imagenet1k&width=800&height=500`);
    await page.waitForSelector(".embed-variant svg .pt", { state: "attached", timeout: 20_000 });
    const sizes = await page.evaluate(() => {
      const shown = [...document.querySelectorAll(".embed-variant")].filter((v) => getComputedStyle(v).display !== "none");
      if (shown.length !== 1) throw new Error(`${shown.length} layouts shown`);
      const svg = shown[0]!.querySelector("svg") as SVGSVGElement;
      const vb = svg.viewBox.baseVal;
      const r = svg.getBoundingClientRect();
      const scale = Math.min(r.width / vb.width, r.height / vb.height);
      return [...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    });
    expect(sizes.length).toBeGreaterThan(5);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    expect(await page.locator(".embed-root").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(18, 20, 23)");
    await page.goto(`${base}/embed/explore?task=imagenet1k&theme=light`);
    await page.waitForSelector(".embed-chart svg", { state: "attached" });
    expect(await page.locator(".embed-root").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe("rgb(255, 255, 255)");
    await page.close();
  });

  it("lays out a 320×200 chart image with the plot at least half its height and no text outside it", async () => {
    for (const [w, h] of [[320, 200], [400, 250]] as const) {
      const page = await context().newPage();
      await page.goto(`${base}/api/v1/chart.svg?task=imagenet1k&width=${w}&height=${h}`);
      const r = await page.evaluate(() => {
        const svg = document.querySelector("svg")!;
        const clip = { height: Number(svg.querySelector("clipPath rect")!.getAttribute("height")) };
        const texts = [...svg.querySelectorAll("text")].map((t) => t.getBoundingClientRect()).map((b) => ({ l: b.left, r: b.right, t: b.top, b: b.bottom }));
        return { plot: clip.height - 8, texts, w: svg.getBoundingClientRect().width, h: svg.getBoundingClientRect().height };
      });
      expect(r.plot).toBeGreaterThanOrEqual(h / 2);
      for (const t of r.texts) {
        expect(t.l).toBeGreaterThanOrEqual(-0.5);
        expect(t.r).toBeLessThanOrEqual(r.w + 0.5);
        expect(t.b).toBeLessThanOrEqual(r.h + 0.5);
      }
      await page.close();
    }
  });

  it("lets the theme toggle drive form controls, names view and task in the tab, renders the column definitions", async () => {
    const page = await context().newPage();
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(`${base}/explore?task=cars`);
    await waitChart(page);
    expect(await page.title()).toMatch(/^Explore: cars error vs total compute/i);
    await page.getByLabel("Colour theme").selectOption("light");
    const scheme = await page.locator("input[type=checkbox]").first().evaluate((e) => getComputedStyle(e).colorScheme);
    expect(scheme).toBe("light");
    await page.getByLabel("Colour theme").selectOption("system");
    await page.goto(`${base}/dictionary`);
    expect(await page.locator("h1").innerText()).toBe("Column definitions");
    expect(await page.locator("th[scope=row] code", { hasText: /^total_gmacs$/ }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it("never prints −0.000 on the views", async () => {
    for (const path of ["/", "/explore?task=gtsrb", "/tasks", "/compare?a=CLIP-WIT&b=LAION"]) {
      const { page } = await open(path);
      await page.waitForLoadState("networkidle");
      const text = await page.locator("main").innerText();
      expect(text, path).not.toMatch(/[−-]0\.0+(?![\d])/);
      await page.close();
    }
  });
});
