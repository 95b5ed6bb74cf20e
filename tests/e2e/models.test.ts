import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { getJson } from "../support/http";
import { useBrowser } from "../support/use-browser";

const base = inject("baseUrl");
const { open } = useBrowser(base);

const api = <T>(path: string) => getJson<T>(base + path);

type ModelRow = { id: string; origin: string; samples_seen: number; nominal_samples_seen: number | null };
type EvalRow = { model: string; acc1: number | null };

const ROWS = ".models-table tbody tr";
const rowIds = (page: Page) => page.$$eval(ROWS, (trs) => trs.map((tr) => tr.getAttribute("data-model")));
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
const waitForRows = (page: Page, n: number) => page.waitForFunction(([sel, n]) => document.querySelectorAll(sel as string).length === n, [ROWS, n] as const, { timeout: 15_000 });

describe("/models", () => {
  it("lists every model card in the API, without console errors", async () => {
    const { rows } = await api<{ rows: ModelRow[] }>("/api/v1/models");
    expect(rows).toHaveLength(32);
    const { page, errors } = await open("/models");
    await waitForRows(page, 32);
    expect(new Set(await rowIds(page))).toEqual(new Set(rows.map((r) => r.id)));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("sorts by a column header button (accuracy: best first on the first click); reload and back restore it", async () => {
    const { rows } = await api<{ rows: EvalRow[] }>("/api/v1/evals?task=imagenet1k");
    const byTop1 = [...rows].sort((a, b) => (a.acc1 ?? 0) - (b.acc1 ?? 0));
    const worst = byTop1[0]!.model;
    const best = byTop1[byTop1.length - 1]!.model;
    const { page, errors } = await open("/models");
    await waitForRows(page, 32);
    const before = await rowIds(page);
    const header = page.locator('th[data-col="top1"]');
    await waitForHydration(page, 'th[data-col="top1"] button');
    await header.locator("button").click();
    await waitForQuery(page, { sort: "top1", dir: "desc" });
    await page.waitForFunction((id) => document.querySelector(".models-table tbody tr")?.getAttribute("data-model") === id, best);
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    expect(await rowIds(page)).not.toEqual(before);
    await header.locator("button").click();
    await waitForQuery(page, { sort: "top1", dir: "" }); // ascending is the default: omitted from the URL
    await page.waitForFunction((id) => document.querySelector(".models-table tbody tr")?.getAttribute("data-model") === id, worst);
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    await page.reload();
    await waitForRows(page, 32);
    expect((await rowIds(page))[0]).toBe(worst);
    await page.goBack();
    await waitForQuery(page, { sort: "top1", dir: "desc" });
    await page.waitForFunction((id) => document.querySelector(".models-table tbody tr")?.getAttribute("data-model") === id, best);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("names models shortly (full id on hover), with ImageNet top-1 beside the name and a task picker", async () => {
    const { page, errors } = await open("/models");
    await waitForRows(page, 32);
    const heads = await page.locator(".models-table thead th").allInnerTexts();
    expect(heads[1]).toMatch(/^ImageNet top-1/);
    const names = await page.locator(".models-table tbody th a").evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute("title"), a.closest("tr")!.getAttribute("data-model")]));
    for (const [text, title, id] of names) {
      expect(text).toMatch(/^ViT-[A-Za-z]+\/\d+ · (LAION-\d+[MB]|CLIP-WIT) · [\d.]+[MB]$/);
      expect(title).toBe(id);
    }
    expect(names.map(([t]) => t)).toContain("ViT-B/16 · LAION-2B · 13B");
    // One row per screen line: the first rows are no taller than two lines of text.
    const h = await page.locator(".models-table tbody tr").first().evaluate((tr) => tr.getBoundingClientRect().height);
    expect(h).toBeLessThan(48);
    await waitForHydration(page, 'select[name="task"]');
    await page.selectOption('select[name="task"]', "cars");
    await waitForQuery(page, { task: "cars" });
    await page.waitForSelector('th[data-col="task_score"]');
    const { rows } = await api<{ rows: (EvalRow & { error: number | null })[] }>("/api/v1/evals?task=cars");
    const want = new Map(rows.map((r) => [r.model, r.error === null ? "–" : `${((1 - r.error) * 100).toFixed(2)}%`]));
    const cells = await page.locator(".models-table tbody tr").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-model"), tr.querySelectorAll("td")[1]!.textContent]));
    for (const [id, text] of cells) expect(text).toBe(want.get(id!));
    await page.locator('th[data-col="task_score"] button').click();
    await waitForQuery(page, { task: "cars", sort: "task_score", dir: "desc" });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("filters with /explore's meaning: all ticked by default, unticking hides; the URL and rows follow /api/v1/models", async () => {
    const all = await api<{ rows: (ModelRow & { arch: string })[] }>("/api/v1/models");
    const { page, errors } = await open("/models");
    await waitForRows(page, 32);
    await waitForHydration(page, 'input[name="arch"]');
    expect(await page.locator('input[name="arch"]:not(:checked)').count()).toBe(0);
    const archs = await page.locator('input[name="arch"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    await page.getByRole("checkbox", { name: "ViT-L/14" }).uncheck();
    const rest = archs.filter((a) => a !== "ViT-L-14");
    await waitForQuery(page, { arch: rest.join(",") });
    await waitForRows(page, all.rows.filter((r) => r.arch !== "ViT-L-14").length);
    expect(new Set(await rowIds(page))).toEqual(new Set(all.rows.filter((r) => r.arch !== "ViT-L-14").map((r) => r.id)));
    await page.getByRole("checkbox", { name: "ViT-L/14" }).check();
    await waitForQuery(page, { arch: "" });
    await waitForRows(page, 32);
    await page.goBack();
    await waitForRows(page, all.rows.filter((r) => r.arch !== "ViT-L-14").length);
    expect(await page.getByRole("checkbox", { name: "ViT-L/14" }).isChecked()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("names a bad URL parameter instead of showing a table", async () => {
    const { page } = await open("/models?sort=colour&arch=ViT-X-1");
    const alert = await page.getByRole("alert").first().innerText();
    expect(alert).toContain("sort");
    expect(await page.locator(ROWS).count()).toBe(0);
    await page.close();
  });

  it("is usable at 375 px: the table scrolls inside its wrapper, not the page", async () => {
    const { page } = await open("/models", { width: 375, height: 800 });
    await waitForRows(page, 32);
    const m = await page.evaluate(() => {
      const wrap = document.querySelector(".models-table-wrap")!;
      return { page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth, inner: wrap.scrollWidth, outer: wrap.clientWidth };
    });
    expect(m.page).toBeLessThanOrEqual(m.viewport);
    expect(m.inner).toBeGreaterThan(m.outer);
    await page.close();
  });
});

describe("/models/[id]", () => {
  it("shows 41 task rows and the ImageNet top-1 of /api/v1/evals, with its learning curve", async () => {
    const { rows } = await api<{ rows: ModelRow[] }>("/api/v1/models?arch=ViT-B-16&upstream=LAION-2B&samples_seen=13B");
    const id = rows[0]!.id;
    const evals = await api<{ rows: EvalRow[] }>(`/api/v1/evals?model=${encodeURIComponent(id)}`);
    expect(evals.rows).toHaveLength(41);
    const top1 = (await api<{ rows: EvalRow[] }>(`/api/v1/evals?task=imagenet1k&model=${encodeURIComponent(id)}`)).rows[0]!.acc1!;
    const { page, errors } = await open(`/models/${encodeURIComponent(id)}`);
    expect(await page.locator("h1").innerText()).toBe(id);
    expect(await page.locator("tr[data-task]").count()).toBe(41);
    const cell = await page.locator('tr[data-task="imagenet1k"] td[data-value]').innerText();
    expect(cell).toBe(`${(top1 * 100).toFixed(2)}%`);
    await page.waitForSelector(".models-curve .recharts-surface");
    expect(await page.locator(".models-curve .recharts-line").count()).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the samples-seen disagreement of the L/14 400M 34B model honestly", async () => {
    const id = "Model-L-14_Data-400M_Samples-34B_lr-1e-3_bs-86k";
    const m = (await api<{ rows: ModelRow[] }>(`/api/v1/models/${id}`)).rows[0]!;
    const pct = (Math.abs(m.samples_seen - m.nominal_samples_seen!) / m.nominal_samples_seen!) * 100;
    expect(pct).toBeGreaterThan(1);
    const { page, errors } = await open(`/models/${id}`);
    const text = await page.locator("#recipe-h").locator("..").innerText();
    expect(text).toContain(`${pct.toFixed(2)}% lower`);
    expect(text).toContain(m.nominal_samples_seen!.toLocaleString("en-US"));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says an OpenAI model has no recipe, checkpoint or learning curve", async () => {
    const { page, errors } = await open("/models/openai-ViT-L-14");
    expect(await page.locator("tr[data-task]").count()).toBe(41);
    const body = await page.locator("main").innerText();
    expect(body).toContain("no learning curve");
    expect(body).toContain("no checkpoint");
    expect(await page.locator(".recharts-surface").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("answers 404 with a message and a link back for unknown and malformed ids", async () => {
    for (const id of ["Model-X-99_nothing", "bad%20id%3Cscript%3E", "..%2F..%2Fetc"]) {
      const r = await fetch(`${base}/models/${id}`);
      expect(r.status, id).toBe(404);
    }
    const { page } = await open("/models/Model-X-99_nothing");
    expect(await page.locator("h1").innerText()).toBe("Model not found");
    expect(await page.locator('a[href="/models"]').count()).toBeGreaterThan(0);
    await page.close();
  });
});
