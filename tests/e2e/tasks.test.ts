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
    expect(await cars.locator(".atlas-fits").innerText()).toContain(`α = ${alpha.toFixed(3).replace("-", "−")}`);
    expect(await cars.locator(".atlas-fits").innerText()).toMatch(/too few points/);
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
    await page.goBack();
    await page.waitForURL((u) => u.search === "?sort=alpha");
    await page.waitForFunction(() => (document.querySelector('select[name="dir"]') as HTMLSelectElement).value === "asc");
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
