import type { Page } from "playwright-core";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { openPage } from "../support/browser";
import { useBrowser } from "../support/use-browser";

const base = inject("baseUrl");
const { context } = useBrowser(base);
let page: Page;
let errors: string[] = [];

type ApiFit = { group: string; slope: number; slope_ci: [number, number]; coefficient: number; coefficient_ci: [number, number]; n: number };

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
async function expectGroupMatches(side: "a" | "b", f: ApiFit) {
  const [alpha, lo, hi] = await cellNumbers(`alpha-${side}`);
  for (const [shown, api] of [[alpha, f.slope], [lo, f.slope_ci[0]], [hi, f.slope_ci[1]]] as const) expect(Math.abs(shown! - api)).toBeLessThanOrEqual(0.0005 + 1e-9);
  const [A, alo, ahi] = await cellNumbers(`A-${side}`);
  for (const [shown, api] of [[A, f.coefficient], [alo, f.coefficient_ci[0]], [ahi, f.coefficient_ci[1]]] as const) expect(Math.abs(shown! / api - 1)).toBeLessThan(0.006);
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
    const fits = await imagenetFits();
    await expectGroupMatches("a", fits["LAION-400M"]!);
    await expectGroupMatches("b", fits["LAION-2B"]!);
    const [delta, dlo, dhi] = await cellNumbers("delta");
    expect(Math.abs(delta! - (fits["LAION-2B"]!.slope - fits["LAION-400M"]!.slope))).toBeLessThanOrEqual(0.0005 + 1e-9);
    expect(dlo!).toBeLessThan(delta!);
    expect(dhi!).toBeGreaterThan(delta!);
    // Overlay: 9 LAION-400M + 11 LAION-2B models on ImageNet.
    expect(await page.locator(".recharts-scatter-symbol .recharts-symbols").count()).toBe(fits["LAION-400M"]!.n + fits["LAION-2B"]!.n);
    expect(await page.locator(".compare-summary").innerText()).toMatch(/\d+ of 41 tasks/);
    expect(errors).toEqual([]);
  });

  it("changing group b updates the URL, the table and the chart; reload and back restore it", async () => {
    await page.selectOption('select[name="b"]', "CLIP-WIT");
    await page.waitForURL(/b=CLIP-WIT/);
    await page.waitForSelector('th:has-text("α CLIP-WIT")');
    const fits = await imagenetFits();
    await expectGroupMatches("b", fits["CLIP-WIT"]!);
    expect(await page.locator('tr[data-task="imagenet1k"] td[data-col="alpha-b"]').innerText()).toContain("n=3");
    expect(await page.locator(".compare-summary").innerText()).toMatch(/fewer than 5 models/);

    await page.reload();
    await page.waitForSelector(".recharts-surface");
    expect(await page.inputValue('select[name="b"]')).toBe("CLIP-WIT");
    await expectGroupMatches("b", fits["CLIP-WIT"]!);

    await page.goBack();
    await page.waitForURL((u) => u.pathname === "/compare" && u.search === "");
    await page.waitForSelector('th:has-text("α LAION-2B")');
    expect(await page.inputValue('select[name="b"]')).toBe("LAION-2B");
    await expectGroupMatches("b", fits["LAION-2B"]!);
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
