import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { openPage } from "../support/browser";
import { useBrowser } from "../support/use-browser";

const base = inject("baseUrl");
const { context } = useBrowser(base);
let page: Page;
let errors: string[] = [];

type ApiFit = { group: string; slope: number; slope_ci: [number, number] | null; coefficient: number; coefficient_ci: [number, number] | null; n: number };

async function imagenetFits(method = "paper"): Promise<Record<string, ApiFit>> {
  const r = await fetch(`${base}/api/v1/fits?task=imagenet1k&metric=acc1&method=${method}`);
  return Object.fromEntries(((await r.json()).rows as ApiFit[]).map((f) => [f.group, f]));
}

const SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** All numbers in a cell's text: true minus signs and "1.35×10⁶" read as plain numbers. */
async function cellNumbers(col: string, task = "imagenet1k"): Promise<number[]> {
  const text = await page.locator(`tr[data-task="${task}"] td[data-col="${col}"]`).innerText();
  const plain = text.replace(/n=\d+/, "").replace(/×10([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)/g, (_m, k: string) => `e${[...k].map((c) => (c === "⁻" ? "-" : SUP.indexOf(c))).join("")}`).replace(/−/g, "-");
  return (plain.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
}

/** α shown to 3 decimals, A to 3 significant digits: compare within that rounding. */
async function expectGroupMatches(side: "a" | "b", f: ApiFit, withCi = true) {
  const [alpha, lo, hi] = await cellNumbers(`alpha-${side}`);
  expect(Math.abs(alpha! - f.slope)).toBeLessThanOrEqual(0.0005 + 1e-9);
  const [A, alo, ahi] = await cellNumbers(`A-${side}`);
  expect(Math.abs(A! / f.coefficient - 1)).toBeLessThan(0.006);
  if (!withCi) {
    expect(await page.locator(`tr[data-task="imagenet1k"] td[data-col="alpha-${side}"]`).innerText()).toContain("no interval");
    return;
  }
  for (const [shown, api] of [[lo, f.slope_ci![0]], [hi, f.slope_ci![1]]] as const) expect(Math.abs(shown! - api)).toBeLessThanOrEqual(0.0005 + 1e-9);
  for (const [shown, api] of [[alo, f.coefficient_ci![0]], [ahi, f.coefficient_ci![1]]] as const) expect(Math.abs(shown! / api - 1)).toBeLessThan(0.006);
}

/** The estimator a row says both groups were fitted with. */
async function rowMethod(task = "imagenet1k"): Promise<string> {
  return (await page.locator(`tr[data-task="${task}"] .compare-method`).innerText()).trim();
}

// One page for the file's tests, recording console errors (each test goes to its own URL).
beforeAll(async () => {
  ({ page, errors } = await openPage(context(), "about:blank"));
});

describe("/compare", () => {
  it("shows LAION-400M vs LAION-2B by default, matching /api/v1/fits for imagenet1k", async () => {
    await page.goto(`${base}/compare`);
    await page.waitForSelector(".recharts-surface");
    expect(await page.locator("tbody tr").count()).toBe(41);
    const fits = await imagenetFits(await rowMethod());
    await expectGroupMatches("a", fits["LAION-400M"]!);
    await expectGroupMatches("b", fits["LAION-2B"]!);
    const [delta, dlo, dhi] = await cellNumbers("delta");
    expect(Math.abs(delta! - (fits["LAION-2B"]!.slope - fits["LAION-400M"]!.slope))).toBeLessThanOrEqual(0.0005 + 1e-9);
    expect(dlo!).toBeLessThan(delta!);
    expect(dhi!).toBeGreaterThan(delta!);
    // Overlay: 9 LAION-400M + 11 LAION-2B models on ImageNet.
    expect(await page.locator(".recharts-scatter-symbol .recharts-symbols").count()).toBe(fits["LAION-400M"]!.n + fits["LAION-2B"]!.n);
    expect(await page.locator(".compare-summary").innerText()).toMatch(/\d+ of \d+ testable tasks/);
    expect(errors).toEqual([]);
  });

  it("changing group b updates the URL, the table and the chart; reload and back restore it", async () => {
    await page.selectOption('select[name="b"]', "CLIP-WIT");
    await page.waitForURL(/b=CLIP-WIT/);
    await page.waitForSelector('th:has-text("α CLIP-WIT")');
    // CLIP-WIT has 3 models: binned-min would fit 3 bin minima, so both groups are fitted by OLS.
    expect(await rowMethod()).toBe("ols");
    const fits = await imagenetFits("ols");
    await expectGroupMatches("b", fits["CLIP-WIT"]!, false);
    expect(await page.locator('tr[data-task="imagenet1k"] td[data-col="alpha-b"]').innerText()).toContain("n=3");
    expect(await page.getByTestId("untestable").innerText()).toMatch(/3 fitted points/);

    await page.reload();
    await page.waitForSelector(".recharts-surface");
    expect(await page.inputValue('select[name="b"]')).toBe("CLIP-WIT");
    await expectGroupMatches("b", fits["CLIP-WIT"]!, false);

    await page.goBack();
    await page.waitForURL((u) => u.pathname === "/compare" && u.search === "");
    await page.waitForSelector('th:has-text("α LAION-2B")');
    expect(await page.inputValue('select[name="b"]')).toBe("LAION-2B");
    await expectGroupMatches("b", (await imagenetFits(await rowMethod()))["LAION-2B"]!);
    expect(errors).toEqual([]);
  });

  it("draws the task chosen in the URL and follows the method", async () => {
    await page.goto(`${base}/compare?a=LAION&b=CLIP-WIT&method=ols&task=cars`);
    await page.waitForSelector(".recharts-surface");
    expect(await page.locator("figcaption").innerText()).toContain("cars");
    expect(await page.locator(".recharts-scatter-symbol .recharts-symbols").count()).toBe(29 + 3);
    expect(await page.locator('tr[data-task="cars"]').getAttribute("aria-current")).toBe("true");
    const fits = await imagenetFits("ols");
    await expectGroupMatches("a", fits.LAION!);
    expect(errors).toEqual([]);
  });

  /** Tasks the headline names and counts, and the rows the table marks: the same set. */
  async function expectHeadlineEqualsMarkers() {
    const count = Number(await page.getByTestId("differ-count").innerText());
    const testable = Number(await page.getByTestId("testable-count").innerText());
    const marked = await page.locator('tbody tr[data-differs="true"]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-task")));
    const flags = await page.locator('tbody tr td[data-col="delta"] [data-marker="differs"]').count();
    const named = await page.locator(".compare-summary p").first().locator("a").evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).searchParams.get("task") ?? "imagenet1k"));
    expect(marked.length).toBe(count);
    expect(flags).toBe(count);
    expect([...named].sort()).toEqual([...marked].sort());
    const untestable = await page.locator('[data-testid="untestable"] li').count();
    expect(testable).toBeLessThanOrEqual(41);
    if (testable < 41) expect(untestable).toBeGreaterThan(0);
    return { count, testable };
  }

  it.each([
    "a=CLIP-WIT&b=LAION",
    "",
    "a=LAION-80M&b=LAION-2B&method=ols",
    "a=LAION-400M&b=LAION&method=binned-min",
  ])("headline equals the table's markers row by row (%s)", async (q) => {
    await page.goto(`${base}/compare?${q}`);
    await page.waitForSelector(".recharts-surface");
    const { testable } = await expectHeadlineEqualsMarkers();
    if (q.startsWith("a=CLIP-WIT")) {
      // Three OpenAI models: no interval on any task, so nothing is testable — and the page says why.
      expect(testable).toBe(0);
      expect(await page.getByTestId("untestable").innerText()).toMatch(/CLIP-WIT: no interval: 3 fitted points/);
    }
    if (q.includes("method=ols")) expect(testable).toBeGreaterThan(0);
    // No "−0.000" (or "-0.00") anywhere in the view's text.
    expect(await page.locator("main").innerText()).not.toMatch(/[−-]0\.0+(?![0-9])/);
    expect(errors).toEqual([]);
  });

  it("sorts the table by Δα, crossing and multiplier (click, then click again to reverse)", async () => {
    await page.goto(`${base}/compare?a=LAION-80M&b=LAION-2B&method=ols`);
    await page.waitForSelector(".recharts-surface");
    const deltas = async () => (await page.locator('td[data-col="delta"] [data-value]').allInnerTexts()).map((t) => Number(t.replace("−", "-")));
    await page.click('th[data-sort="delta"] a');
    await page.waitForURL(/sort=delta/);
    await page.waitForSelector('th[data-sort="delta"][aria-sort="ascending"]');
    const asc = await deltas();
    expect(asc.length).toBe(41);
    expect(asc).toEqual([...asc].sort((x, y) => x - y));
    await page.click('th[data-sort="delta"] a');
    await page.waitForSelector('th[data-sort="delta"][aria-sort="descending"]');
    const desc = await deltas();
    expect(desc).toEqual([...desc].sort((x, y) => y - x));
    for (const key of ["crossing", "multiplier"]) {
      await page.click(`th[data-sort="${key}"] a`);
      await page.waitForSelector(`th[data-sort="${key}"][aria-sort="ascending"]`);
      const rows = await page.locator("tbody tr").evaluateAll((trs, k) => trs.map((tr) => tr.querySelector(`td[data-col="${k}"] [data-value]`)?.textContent ?? null), key);
      const printed = rows.filter((v): v is string => v !== null);
      // Rows said in words come after every printed value.
      expect(rows.slice(0, printed.length).every((v) => v !== null)).toBe(true);
    }
    expect(errors).toEqual([]);
  });

  it("the CSV twin carries the same rows and verdicts as the page", async () => {
    await page.goto(`${base}/compare?a=LAION-80M&b=LAION-2B&method=ols&sort=delta`);
    await page.waitForSelector(".recharts-surface");
    const pageTasks = await page.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-task"), tr.getAttribute("data-differs")]));
    const json = (await (await fetch(`${base}/compare.json?a=LAION-80M&b=LAION-2B&method=ols&sort=delta`)).json()) as { rows: { task: string; differs_corrected: boolean; method_used: string }[] };
    expect(json.rows.map((r) => [r.task, String(r.differs_corrected)])).toEqual(pageTasks);
    const csv = await (await fetch(`${base}/compare.csv?a=LAION-80M&b=LAION-2B&method=ols&sort=delta`)).text();
    const [header, ...lines] = csv.trim().split(/\r?\n/);
    const cols = header!.split(",");
    const iTask = cols.indexOf("task");
    const iDiff = cols.indexOf("differs_corrected");
    expect(lines.map((l) => [l.split(",")[iTask], l.split(",")[iDiff]])).toEqual(pageTasks);
  });

  it("marks extrapolated values with one icon that has a tooltip", async () => {
    await page.goto(`${base}/compare?a=LAION-80M&b=LAION-2B&method=ols`);
    await page.waitForSelector(".recharts-surface");
    const icons = page.locator("[data-extrapolated]");
    if ((await icons.count()) > 0) expect(await icons.first().getAttribute("title")).toMatch(/^Extrapolated/);
    expect(await page.locator("main").innerText()).not.toContain("extrapolated beyond");
    // The table fits its scroll container: its last column can be scrolled into view and read.
    const last = page.locator('tbody tr:first-child td[data-col="multiplier"]');
    await last.scrollIntoViewIfNeeded();
    expect((await last.innerText()).length).toBeGreaterThan(0);
  });

  it("draws an error axis with at least four ticks", async () => {
    await page.goto(`${base}/compare`);
    await page.waitForSelector(".recharts-surface");
    expect(await page.locator(".recharts-yAxis-tick-labels text, .recharts-yAxis .recharts-cartesian-axis-tick text").count()).toBeGreaterThanOrEqual(4);
  });

  it.each([
    ["a=LAION-9B", "a", "LAION-9B"],
    ["a=LAION-2B&b=LAION-2B", "b", "different group"],
    ["task=imagenet9k", "task", "imagenet9k"],
    ["colour=red", "colour", "colour"],
  ])("names the bad parameter in %s", async (q, param, text) => {
    await page.goto(`${base}/compare?${q}`);
    const msg = await page.locator(".error-box").first().innerText();
    expect(msg).toContain(`"${param}"`);
    expect(msg).toContain(text);
    expect(errors).toEqual([]);
  });
});
