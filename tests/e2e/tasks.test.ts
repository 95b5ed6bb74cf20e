import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { primaryMetric } from "../../lib/domain/metrics";
import { taskCategory } from "../../lib/domain/tasks";
import { openPage } from "../support/browser";
import { useBrowser } from "../support/use-browser";

const base = inject("baseUrl");
const { context } = useBrowser(base);
let page: Page;
let errors: string[] = [];

type ApiFit = { task: string; metric: string; group: string; method: string; status: string; slope: number | null; n: number; r2: number | null };

/** LAION pooled fits of each task's primary metric, straight from the API. */
async function laionFits(method: string): Promise<Map<string, ApiFit>> {
  const r = await fetch(`${base}/api/v1/fits?group=LAION&method=${method}`);
  const rows = (await r.json()).rows as ApiFit[];
  return new Map(rows.filter((f) => f.metric === primaryMetric(f.task)).map((f) => [f.task, f]));
}

const panelOrder = (p: Page) => p.$$eval(".atlas-card", (els) => els.map((e) => e.getAttribute("data-task")!));

// One page for the file's tests, recording console errors (each test goes to its own URL).
beforeAll(async () => {
  ({ page, errors } = await openPage(context(), "about:blank"));
});

describe("/tasks (task atlas)", () => {
  it("draws one panel per task, each with points and labelled fits", async () => {
    await page.goto(`${base}/tasks`);
    await page.waitForSelector(".atlas-card svg.atlas-svg");
    expect(await page.locator(".atlas-card").count()).toBe(41);
    const cars = page.locator('.atlas-card[data-task="cars"]');
    // 29 LAION + 3 OpenAI models, two fit lines, α with the LAION CI, and the formula.
    expect(await cars.locator("svg .atlas-marker").count()).toBe(32);
    expect(await cars.locator("svg.atlas-svg line[stroke-dasharray]").count()).toBe(1);
    const fits = await laionFits("binned-min");
    const alpha = fits.get("cars")!.slope!;
    // α to two significant digits; CLIP-WIT (3 models) has no interval, with the reason on hover.
    expect(await cars.locator('[data-group="LAION"] [data-alpha]').innerText()).toBe(`α = ${Number(alpha.toPrecision(2)).toString().replace("-", "−")}`);
    expect(await cars.locator('[data-group="CLIP-WIT"] abbr').innerText()).toBe("no interval");
    expect(await cars.locator('[data-group="CLIP-WIT"] abbr').getAttribute("title")).toMatch(/3 fitted points/);
    expect(errors).toEqual([]);
  });

  it("caps every error axis at 100% and gives every panel the same decades per pixel", async () => {
    await page.goto(`${base}/tasks`);
    await page.waitForSelector(".atlas-card svg.atlas-svg");
    const axes = await page.locator(".atlas-card svg.atlas-svg").evaluateAll((svgs) => svgs.map((svg) => {
      // y tick labels are the end-anchored texts; their value (in %) and y position give the scale.
      const ticks = [...svg.querySelectorAll("text.atlas-tick[text-anchor='end']")].map((t) => [Number(t.textContent), Number(t.getAttribute("y"))] as const);
      return ticks;
    }));
    let pxPerDecade: number | null = null;
    for (const ticks of axes) {
      expect(ticks.length).toBeGreaterThanOrEqual(2);
      for (const [v] of ticks) expect(v).toBeLessThanOrEqual(100);
      const [[v0, y0], [v1, y1]] = [ticks[0]!, ticks[ticks.length - 1]!];
      const ppd = Math.abs(y1 - y0) / Math.abs(Math.log10(v1) - Math.log10(v0));
      pxPerDecade ??= ppd;
      expect(Math.abs(ppd - pxPerDecade)).toBeLessThan(0.5); // ticks are placed at 0.1 px precision
    }
    // dsprites panels had axes up to 200%: now none goes above 100.
    const text = await page.locator(".atlas-card").allInnerTexts();
    expect(text.join("\n")).not.toMatch(/[−-]0\.0+(?![0-9])/);
  });

  it("gives points tooltips, long titles an ellipsis with the full title, and flags laws that do not scale", async () => {
    await page.goto(`${base}/tasks`);
    const tips = await page.locator('.atlas-card[data-task="cars"] .atlas-point title').allTextContents();
    expect(tips.length).toBe(32);
    expect(tips[0]).toMatch(/^ViT-.+ · .+ · [\d.]+[MB] \(.+\): error \d+\.\d% at .+ GMACs$/);
    const title = page.locator('.atlas-card[data-task="vtab/clevr_closest_object_distance"] .atlas-title');
    expect(await title.getAttribute("title")).toContain("vtab/clevr_closest_object_distance");
    expect(await title.evaluate((e) => getComputedStyle(e).textOverflow)).toBe("ellipsis");
    // Every flagged panel has α ≥ 0 or an interval through 0 for that group, per the API.
    const flagged = await page.locator(".atlas-card[data-does-not-scale]").evaluateAll((cs) => cs.map((c) => [c.getAttribute("data-task"), c.getAttribute("data-does-not-scale")]));
    expect(flagged.length).toBeGreaterThan(0);
    const r = await fetch(`${base}/api/v1/fits?group=LAION&method=binned-min`);
    const rows = (await r.json()).rows as { task: string; metric: string; slope: number; slope_ci: [number, number] | null }[];
    for (const [task, groups] of flagged) {
      if (!groups!.split(",").includes("LAION")) continue;
      const f = rows.find((x) => x.task === task && x.metric === primaryMetric(task!))!;
      expect(f.slope >= 0 || (f.slope_ci !== null && f.slope_ci[0] <= 0 && f.slope_ci[1] >= 0)).toBe(true);
    }
  });

  it("sorts by Δα between LAION and OpenAI", async () => {
    await page.goto(`${base}/tasks?sort=delta`);
    await page.waitForSelector(".atlas-card");
    const get = async (g: string) => new Map(((await (await fetch(`${base}/api/v1/fits?group=${g}`)).json()).rows as (ApiFit & { method: string })[])
      .filter((f) => f.metric === primaryMetric(f.task) && f.method === (g === "LAION" ? "binned-min" : "ols")).map((f) => [f.task, f.slope]));
    const [laion, wit] = [await get("LAION"), await get("CLIP-WIT")];
    const order = await panelOrder(page);
    const deltas = order.map((t) => wit.get(t)! - laion.get(t)!);
    expect(deltas).toEqual([...deltas].sort((a, b) => a - b));
    expect(errors).toEqual([]);
  });

  it("sorts by α and reverses with the direction; the URL carries the state", async () => {
    await page.selectOption('select[name="sort"]', "alpha");
    await page.waitForURL(/sort=alpha/);
    await page.waitForFunction(() => document.querySelector(".atlas-card")?.getAttribute("data-task") !== "cars");
    const fits = await laionFits("binned-min");
    const expected = [...fits.values()].filter((f) => f.slope !== null).sort((a, b) => a.slope! - b.slope! || (a.task < b.task ? -1 : 1)).map((f) => f.task);
    const asc = await panelOrder(page);
    expect(asc.slice(0, expected.length)).toEqual(expected);

    await page.selectOption('select[name="dir"]', "desc");
    await page.waitForURL(/dir=desc/);
    await page.waitForFunction((first) => document.querySelector(".atlas-card")?.getAttribute("data-task") !== first, asc[0]);
    expect((await panelOrder(page)).slice(0, expected.length)).toEqual([...expected].reverse());
    expect(new URL(page.url()).search).toBe("?sort=alpha&dir=desc");
  });

  it("restores the state on back and on reload", async () => {
    const descFirst = (await panelOrder(page))[0];
    await page.goBack();
    await page.waitForURL((u) => u.search === "?sort=alpha");
    await page.waitForFunction(() => (document.querySelector('select[name="dir"]') as HTMLSelectElement).value === "asc");
    // The panels follow the control once the server's answer for the restored URL arrives.
    await page.waitForFunction((d) => document.querySelector(".atlas-card")?.getAttribute("data-task") !== d, descFirst);
    const first = (await panelOrder(page))[0];
    await page.reload();
    await page.waitForSelector(".atlas-card");
    expect((await panelOrder(page))[0]).toBe(first);
    expect(await page.inputValue('select[name="sort"]')).toBe("alpha");
  });

  it("filters by category", async () => {
    await page.goto(`${base}/tasks`);
    const tasks = [...(await laionFits("binned-min")).keys()];
    await page.selectOption('select[name="category"]', "retrieval");
    await page.waitForURL(/category=retrieval/);
    await page.waitForFunction(() => document.querySelectorAll(".atlas-card").length < 41);
    const shown = await panelOrder(page);
    expect(shown.sort()).toEqual(tasks.filter((t) => taskCategory(t) === "Retrieval").sort());
    expect(shown.length).toBeGreaterThan(0);
  });

  it("opens /explore for a panel on click and on Enter", async () => {
    await page.goto(`${base}/tasks`);
    expect(errors).toEqual([]);
    await page.click('.atlas-card[data-task="vtab/dtd"]');
    await page.waitForURL((u) => u.pathname === "/explore");
    expect(new URL(page.url()).searchParams.get("task")).toBe("vtab/dtd");
    await page.goto(`${base}/tasks`);
    await page.focus('.atlas-card[data-task="cars"]');
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === "/explore");
    expect(new URL(page.url()).searchParams.get("task")).toBe("cars");
    // /explore is another view with its own tests; only this view's console is checked here.
    errors.length = 0;
  });

  it("names a bad parameter", async () => {
    await page.goto(`${base}/tasks?sort=speed`);
    const msg = await page.locator(".error-box").first().innerText();
    expect(msg).toContain('"sort"');
    expect(msg).toContain("speed");
    expect(await page.locator(".atlas-card").count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
