import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { formatLaw } from "../../lib/format";
import { getJson } from "../support/http";
import { useBrowser } from "../support/use-browser";

const base = inject("baseUrl");
const { open } = useBrowser(base);

const api = <T>(path: string) => getJson<T>(base + path);

const SYMBOL = ".recharts-scatter-symbol";
const waitForPoints = (page: Page, n: number) =>
  page.waitForFunction((n) => document.querySelectorAll(".recharts-scatter-symbol").length === n, n, { timeout: 15_000 });
/**
 * recharts lays new symbols out over more than one commit: wait until every one has a size and
 * their positions have held still for 5 animation frames.
 */
const waitForStill = (page: Page) =>
  page.waitForFunction(() => {
    const w = window as unknown as { __pos?: string; __still?: number };
    const rects = [...document.querySelectorAll(".recharts-scatter-symbol")].map((e) => e.getBoundingClientRect());
    const now = rects.map((r) => `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}`).join(" ");
    w.__still = now === w.__pos ? (w.__still ?? 0) + 1 : 0;
    w.__pos = now;
    return rects.length > 0 && rects.every((r) => r.width > 0 && r.x > 0) && w.__still >= 5;
  }, undefined, { polling: "raf" });
/** Centres of the drawn markers, sorted (pixel positions, to see that the data moved). */
const positions = (page: Page) =>
  page.$$eval(".recharts-scatter-symbol", (els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return `${Math.round(r.x + r.width / 2)},${Math.round(r.y + r.height / 2)}`;
  }).sort());

type EvalRow = { arch: string; acc5: number | null };
type FitRow = { status: string; coefficient: number | null; slope: number | null; n: number };

describe("/explore", () => {
  it("draws one marker per evaluation of the task, without console errors, with both fit lines", async () => {
    const { page, errors } = await open("/explore?task=imagenet1k");
    const { rows } = await api<{ rows: EvalRow[] }>("/api/v1/evals?task=imagenet1k");
    expect(rows.length).toBeGreaterThan(10);
    await page.waitForSelector(".recharts-surface");
    await waitForPoints(page, rows.length);
    expect(await page.locator(SYMBOL).count()).toBe(rows.length);
    const legend = await page.locator(".scaling-fit-legend").innerText();
    expect(legend).toContain("OpenCLIP (LAION, pooled)");
    expect(legend).toContain("OpenAI CLIP (WIT)");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("changes task with the select and with the keyboard: URL and points follow", async () => {
    const { page, errors } = await open("/explore?task=imagenet1k");
    await waitForPoints(page, 32);
    const before = await positions(page);
    await page.selectOption("select[name=task]", "mscoco_captions");
    await page.waitForURL(/task=mscoco_captions/);
    const coco = await api<{ rows: EvalRow[] }>("/api/v1/evals?task=mscoco_captions");
    await page.waitForFunction(() => document.querySelector(".explore-title")?.textContent?.startsWith("MS-COCO"));
    await waitForPoints(page, coco.rows.length);
    expect(await positions(page)).not.toEqual(before);

    await page.focus("select[name=task]");
    const options = await page.$$eval("select[name=task] option", (os) => os.map((o) => (o as HTMLOptionElement).value));
    const next = options[options.indexOf("mscoco_captions") + 1]!;
    await page.keyboard.press("ArrowDown");
    await page.waitForURL(new RegExp(`task=${encodeURIComponent(next)}`));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("unchecking an architecture narrows the slice, refits it like /api/v1/fit, and survives reload and back", async () => {
    const { page, errors } = await open("/explore?task=imagenet1k");
    await waitForPoints(page, 32);
    await page.getByRole("checkbox", { name: "ViT-B/32" }).uncheck();
    await page.waitForURL(/arch=/);
    const url = new URL(page.url());
    const arch = url.searchParams.getAll("arch");
    expect(arch).not.toContain("ViT-B-32");
    const slice = await api<{ rows: EvalRow[] }>(`/api/v1/evals?task=imagenet1k&arch=${arch.join(",")}`);
    expect(slice.rows.length).toBeLessThan(32);
    await waitForPoints(page, slice.rows.length);

    const fit = (await api<{ rows: FitRow[] }>(`/api/v1/fit?task=imagenet1k&method=binned-min&arch=${arch.join(",")}`)).rows[0]!;
    expect(fit.status).toBe("ok");
    const formula = page.getByTestId("refit-formula");
    await formula.waitFor();
    const text = await formula.innerText();
    expect(text).toBe(formatLaw(fit.coefficient!, fit.slope!));
    // Read back the numbers too: A to 3 significant digits, α to 3 decimals.
    const m = /E = ([\d.]+)·C\^([−-])([\d.]+)/.exec(text)!;
    expect(Math.abs(Number(m[1]) / fit.coefficient! - 1)).toBeLessThan(0.005);
    expect(Math.abs(-Number(m[3]) - fit.slope!)).toBeLessThanOrEqual(0.0005 + 1e-12);
    expect(await page.getByTestId("refit-n").innerText()).toBe(String(fit.n));

    await page.reload();
    await waitForPoints(page, slice.rows.length);
    expect(await page.getByRole("checkbox", { name: "ViT-B/32" }).isChecked()).toBe(false);
    await page.getByTestId("refit-formula").waitFor();

    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has("arch"));
    await waitForPoints(page, 32);
    expect(await page.getByRole("checkbox", { name: "ViT-B/32" }).isChecked()).toBe(true);
    expect(await page.getByTestId("refit-formula").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a switch drawn from the idle-time prefetch shows exactly what the server renders for that URL", async () => {
    const { page, errors } = await open("/explore?task=imagenet1k&x=params");
    await waitForPoints(page, 32);
    await page.waitForLoadState("networkidle"); // the prefetch of every task has landed
    expect(await page.evaluate(() => performance.getEntriesByType("resource").filter((e) => /\/api\/v1\/(evals|fits)$/.test(e.name)).length)).toBe(2);
    await page.selectOption("select[name=task]", "flickr30k");
    await page.waitForFunction(() => document.querySelector<HTMLElement>(".explore-chart")?.dataset.task === "flickr30k");
    await waitForStill(page);
    const drawn = await positions(page);
    const legend = await page.locator(".scaling-legend").innerText();
    await page.waitForURL(/task=flickr30k/);
    await page.reload(); // now rendered from the server's rows
    await waitForPoints(page, drawn.length);
    await waitForStill(page);
    expect(await positions(page)).toEqual(drawn);
    expect(await page.locator(".scaling-legend").innerText()).toBe(legend);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a switch among prefetched tasks shows that task's whole chart, and only it; back, forward and clicks follow", async () => {
    const { page, errors } = await open("/explore?task=imagenet1k");
    await waitForPoints(page, 32);
    await page.waitForLoadState("networkidle"); // every task is prefetched; the others' charts are drawn in idle time
    const shown = async (task: string, n: number) => {
      await page.waitForFunction((t) => document.querySelector<HTMLElement>(".explore-chart")?.dataset.task === t, task);
      await waitForPoints(page, n);
      await waitForStill(page);
      // One chart in the page, one figure for assistive technology, and its title names the task.
      expect(await page.locator(".recharts-surface").count()).toBe(1);
      expect(await page.getByRole("figure").count()).toBe(1);
      expect(await page.locator(".explore-chart").count()).toBe(1);
      expect(await page.locator(".scaling-legend").count()).toBe(1);
      return { at: await positions(page), legend: await page.locator(".scaling-legend").innerText(), title: await page.locator("h2.explore-title").innerText() };
    };
    const first = await shown("imagenet1k", 32);
    // imagenet1k is the default task: its canonical URL has no task parameter.
    const at = (task: string) => page.waitForURL((u) => (u.searchParams.get("task") ?? "imagenet1k") === task);
    const count = async (task: string) => (await api<{ rows: EvalRow[] }>(`/api/v1/evals?task=${task}`)).rows.length;
    const seen: Record<string, Awaited<ReturnType<typeof shown>>> = { imagenet1k: first };
    for (const task of ["cars", "flickr30k", "imagenet1k"]) {
      await page.selectOption("select[name=task]", task);
      await at(task);
      const now = await shown(task, await count(task));
      if (seen[task]) expect(now).toEqual(seen[task]); // a chart shown again is the same chart
      else expect(now.title).not.toBe(first.title);
      seen[task] = now;
    }
    await page.goBack();
    await at("flickr30k");
    expect(await shown("flickr30k", await count("flickr30k"))).toEqual(seen.flickr30k);
    await page.goBack();
    await at("cars");
    expect(await shown("cars", await count("cars"))).toEqual(seen.cars);
    await page.goForward();
    await at("flickr30k");
    expect(await shown("flickr30k", await count("flickr30k"))).toEqual(seen.flickr30k);
    // The chart brought back into the page still answers a click: its point opens the model card.
    await page.locator(SYMBOL).first().click({ force: true });
    await page.waitForURL(/\/models\/[^/?]+$/, { timeout: 15_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("reaches the points with the keyboard: one tab stop, focus shows the tooltip, arrows move, Enter opens the model card", async () => {
    const { page, errors } = await open("/explore?task=imagenet1k&arch=ViT-B-32");
    const { rows } = await api<{ rows: { model: string }[] }>("/api/v1/evals?task=imagenet1k&arch=ViT-B-32");
    expect(rows.length).toBeGreaterThan(1);
    await waitForPoints(page, rows.length);
    const stop = page.locator(`${SYMBOL}[tabindex="0"]`);
    expect(await stop.count()).toBe(1);
    await stop.focus();
    const tip = () => page.locator(".scaling-tooltip strong").innerText();
    const first = await tip();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction((m) => document.querySelector(".scaling-tooltip strong")?.textContent !== m, first);
    const second = await tip();
    expect(rows.map((r) => r.model)).toEqual(expect.arrayContaining([first, second]));
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/models\/[^/?]+$/, { timeout: 15_000 });
    expect(decodeURIComponent(new URL(page.url()).pathname.slice("/models/".length))).toBe(second);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("counts points a log axis cannot show instead of drawing a blank chart", async () => {
    const { rows } = await api<{ rows: EvalRow[] }>("/api/v1/evals?task=stl10");
    const zeros = rows.filter((r) => r.acc5 === 1).length; // top-5 error 0
    expect(zeros).toBeGreaterThan(0);
    const { page, errors } = await open("/explore?task=stl10&metric=acc5");
    await waitForPoints(page, rows.length - zeros);
    expect(await page.locator(".scaling-note").innerText()).toContain(`${zeros} point${zeros === 1 ? "" : "s"} excluded (value ≤ 0`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows a message naming a bad parameter, with a way back", async () => {
    for (const [q, param] of [["task=imagenet2k", "task"], ["x=flops", "x"], ["colour=red", "colour"], ["task=imagenet1k&y=mean_average_precision", "y"]] as const) {
      const { page, errors } = await open(`/explore?${q}`);
      const alert = page.getByRole("alert").first();
      expect(await alert.innerText()).toContain(`"${param}"`);
      expect(await page.getByRole("link", { name: "Back to /explore" }).getAttribute("href")).toBe("/explore");
      expect(await page.locator(".recharts-surface").count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it("an empty slice gets a message, not an empty chart", async () => {
    const { page } = await open("/explore?task=imagenet1k&upstream=CLIP-WIT&samples_seen=3B");
    await page.getByText("No models in this slice").waitFor();
    expect(await page.locator(".recharts-surface").count()).toBe(0);
    await page.close();
  });

  it("has no horizontal overflow at 375 px", async () => {
    const { page, errors } = await open("/explore?task=mscoco_captions&arch=ViT-B-32,ViT-B-16", { width: 375, height: 800 });
    await page.waitForSelector(".recharts-surface");
    await page.getByTestId("refit-formula").waitFor();
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
    expect(scroll).toBeLessThanOrEqual(width);
    expect(errors).toEqual([]);
    await page.close();
  });
});
