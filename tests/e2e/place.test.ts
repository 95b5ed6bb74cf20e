import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage } from "../support/browser";
import { COMMUNITY_DATA, SHARED_DATA } from "../support/paths";
import { useBrowser } from "../support/use-browser";

const base = inject("baseUrl");
const { context } = useBrowser(base);
const read = (f: string) => fs.readFileSync(path.join(COMMUNITY_DATA, f), "utf8");
const MOBILE = "apple__ml-mobileclip__results_mobileclip_s0.jsonl";
const BENCH = "LAION-AI__CLIP_benchmark__benchmark_benchmark.csv";
const CONTRACT = ["model", "task", "metric", "error", "compute", "law_error", "residual", "rel_residual", "effective_compute", "compute_multiplier", "within_interval"];

type Row = Record<string, unknown> & { model: string; task: string; law_error: number | null; compute: number | null; error: number | null };

async function place(body: string | Uint8Array, query = "", type = "application/octet-stream") {
  const r = await fetch(`${base}/api/v1/place${query}`, { method: "POST", body: body as BodyInit, headers: { "Content-Type": type } });
  return { status: r.status, body: await r.json() };
}

/** benchmark.csv's rows for one model as CLIP_benchmark JSON lines (what `clip_benchmark eval` writes). */
function benchJsonl(model: string, pretrained: string): string {
  const [head, ...lines] = read(BENCH).trim().split("\n");
  const h = head!.split(",");
  return lines.map((l) => l.split(",")).filter((f) => f[h.indexOf("model")] === model && f[h.indexOf("pretrained")] === pretrained).map((f) => {
    const metrics: Record<string, number> = {};
    for (const k of ["acc1", "acc5", "mean_per_class_recall", "mean_average_precision", "image_retrieval_recall@5", "text_retrieval_recall@5"]) if (f[h.indexOf(k)]) metrics[k] = Number(f[h.indexOf(k)]);
    return JSON.stringify({ dataset: f[h.indexOf("dataset")], model, pretrained, task: f[h.indexOf("task")], metrics, language: "en" });
  }).join("\n");
}

describe("POST /api/v1/place", () => {
  it("places CLIP_benchmark JSON against the stored LAION law (compute from arch_info and the tag)", async () => {
    const { status, body } = await place(benchJsonl("ViT-B-32", "laion2b_s34b_b79k"), "?name=b32.jsonl", "application/x-ndjson");
    expect(status).toBe(200);
    const row = (body.rows as Row[]).find((r) => r.task === "imagenet1k")!;
    for (const k of CONTRACT) expect(row).toHaveProperty(k);
    expect(row.compute).toBeCloseTo(7.4 * 34e9, 0);
    // The law at this compute from the precomputed fit of /api/v1/fits (a separate code path: the ingest's stored fit).
    const fits = (await (await fetch(`${base}/api/v1/fits?task=imagenet1k&group=LAION&method=binned-min&metric=acc1`)).json()).rows as { slope: number; coefficient: number }[];
    const { slope, coefficient } = fits[0]!;
    expect(Math.abs(row.law_error! / (coefficient * row.compute! ** slope) - 1)).toBeLessThan(1e-9);
    expect(row.residual as number).toBeCloseTo(row.error! - row.law_error!, 12);
  });
  it("reads the build CSV, DataComp jsonl and the zeroshot_results.csv layout", async () => {
    const csv = await place(read(BENCH), "?name=benchmark.csv", "text/csv");
    expect(csv.status).toBe(200);
    expect(new Set((csv.body.rows as Row[]).map((r) => r.model)).size).toBe(13);
    const dc = await place(read(MOBILE), "?name=mobileclip_s0.jsonl&gmacs=3.5&samples_seen=13B", "application/x-ndjson");
    expect(dc.status).toBe(200);
    expect(dc.body.models[0]).toMatchObject({ model: "mobileclip_s0", gmacs: 3.5, samples_seen: 13e9, gmacs_source: "given" });
    expect(dc.body.models[0].notes.join(" ")).toMatch(/NaN/);
    const zs = await place(fs.readFileSync(path.join(SHARED_DATA, "zeroshot_results.csv")), "?name=zeroshot_results.csv&group=CLIP-WIT&method=ols", "text/csv");
    expect(zs.status).toBe(200);
    // OpenAI's law has 3 points: never an interval from fewer than 5.
    const openai = (zs.body.rows as Row[]).filter((r) => r.model === "openai-ViT-B-32" && r.law_error !== null);
    expect(openai.length).toBeGreaterThan(30);
    expect(openai.every((r) => r.within_interval === null)).toBe(true);
  });
  it("a model without compute is listed with what is missing, never placed", async () => {
    const { body } = await place(read(MOBILE), "?name=m.jsonl");
    expect(body.models[0].compute).toBeNull();
    expect(body.models[0].missing.join(" ")).toMatch(/give arch or gmacs/);
    expect((body.rows as Row[]).every((r) => r.law_error === null && r.compute_multiplier === null)).toBe(true);
  });
  it("bad input: 400 naming file and line; 413 above 5 MB; 400 for bad parameters", async () => {
    const lines = read(MOBILE).split("\n");
    lines[6] = lines[6]!.slice(0, 30);
    const bad = await place(lines.join("\n"), "?name=cut.jsonl");
    expect(bad.status).toBe(400);
    expect(bad.body.error.line).toBe(7);
    expect(bad.body.error.message).toMatch(/^cut\.jsonl:7:\d+: expected one JSON object on this line/);
    const big = await place(new Uint8Array(5 * 1024 * 1024 + 1).fill(32));
    expect(big.status).toBe(413);
    for (const q of ["?gmacs=-1", "?group=LAION-5B", "?method=magic", "?samples_seen=lots", "?colour=red"]) {
      const r = await place(read(MOBILE), q);
      expect(r.status, q).toBe(400);
      expect(r.body.error.param, q).toBe(q.slice(1).split("=")[0]);
    }
  });
});

describe("GET /api/v1/place/zoo", () => {
  it("places the open_clip zoo; unknown compute is listed, not placed", async () => {
    const r = await fetch(`${base}/api/v1/place/zoo?task=imagenet1k`);
    expect(r.status).toBe(200);
    const body = await r.json();
    const rows = body.rows as Row[];
    expect(new Set(rows.map((x) => x.model)).size).toBe(121);
    expect(rows.find((x) => x.model === "ViT-B-32 laion2b_s34b_b79k")!.compute).toBeCloseTo(7.4 * 34e9, 0);
    expect(rows.filter((x) => x.compute === null).length).toBeGreaterThan(0);
    expect(body.meta.zoo.commit).toBe("89fb801f1e6087880e951fc8354b8a2077b79c6d");
  });
});

async function summaryText(page: Page): Promise<string> {
  await page.waitForSelector('[data-testid="place-summary"] strong', { timeout: 60_000 });
  return page.locator('[data-testid="place-summary"]').first().innerText();
}

describe("/place in Chromium", () => {
  it("drop a file, fill the form, see the layer on /explore, reload and keep it, share to a fresh browser", async () => {
    const { page, errors } = await openPage(context(), `${base}/place`);
    await page.locator('input[type="file"]').setInputFiles({ name: "mobileclip_s0.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(read(MOBILE)) });
    await page.waitForSelector('.place-model[data-model="mobileclip_s0"]');
    await page.waitForSelector(".place-missing");
    await page.fill('.place-model input[name="gmacs"]', "3.5");
    await page.fill('.place-model input[name="samples_seen"]', "13B");
    await page.press('.place-model input[name="samples_seen"]', "Tab");
    const summary = await summaryText(page);
    expect(summary).toMatch(/Median compute multiplier [\d.]+×/);
    const inet = page.locator('[data-testid="placement-table"] tr[data-task="imagenet1k"]');
    expect(await inet.innerText()).toMatch(/32\.21%/);

    await page.goto(`${base}/explore?task=imagenet1k`);
    await page.waitForSelector(".recharts-surface");
    await page.waitForSelector('.place-layer-yours[data-model="mobileclip_s0"]', { timeout: 30_000 });
    expect(await page.locator(".place-layer").innerText()).toMatch(/Your models \(1 on this task/);
    await page.reload();
    await page.waitForSelector('.place-layer-yours[data-model="mobileclip_s0"]', { timeout: 30_000 });
    // Toggle the layer off and on; the public layer draws open_clip models.
    await page.locator(".place-layer input[type=checkbox]").first().uncheck();
    expect(await page.locator(".place-layer-yours").count()).toBe(0);
    await page.locator(".place-layer input[type=checkbox]").first().check();
    await page.locator(".place-layer input[type=checkbox]").nth(1).check();
    await page.waitForSelector(".place-layer-zoo", { timeout: 60_000 });

    // The same layer on the task atlas and on /compare.
    await page.goto(`${base}/tasks`);
    await page.waitForSelector('.atlas-card[data-task="imagenet1k"] .place-layer-yours[data-model="mobileclip_s0"]', { timeout: 30_000 });
    await page.goto(`${base}/compare?a=LAION-400M&b=LAION-2B&task=imagenet1k`);
    await page.waitForSelector('.compare-figure .place-layer-yours[data-model="mobileclip_s0"]', { timeout: 30_000 });
    // Removable: the × button takes it off the charts (it stays listed on /place, hidden).
    await page.getByRole("button", { name: "Remove mobileclip_s0 from the charts" }).click();
    expect(await page.locator(".place-layer-yours").count()).toBe(0);

    await page.goto(`${base}/place`);
    expect(await summaryText(page)).toBe(summary);
    await page.locator('.place-model input[type="checkbox"]').check();
    await page.getByRole("button", { name: "Share link" }).click();
    const link = await page.locator('input[aria-label="Share link"]').inputValue();
    expect(link).toMatch(/\/place#p=[\w-]+$/);
    expect(link.length - link.indexOf("#") - 1).toBeLessThanOrEqual(4096);
    expect(errors).toEqual([]);

    const fresh = await launchBrowser();
    try {
      const other = await openPage(fresh, link);
      expect(await summaryText(other.page)).toBe(summary);
      expect(await other.page.locator('[data-testid="placement-table"] tr[data-task="imagenet1k"]').innerText()).toBe(await inet.innerText().catch(() => ""));
    } finally {
      await fresh.close();
    }
  });
});
