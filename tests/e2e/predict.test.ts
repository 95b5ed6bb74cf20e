import { execFileSync } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
import { FIT_METHODS } from "@/lib/fit/types";
import { getJson } from "../support/http";
import { SHARED_DATA } from "../support/paths";
import { useBrowser } from "../support/use-browser";

const base = inject("baseUrl");
const { open } = useBrowser(base);

type PaperRow = { label: string; compute: number; pred_acc_pct: number; actual_acc_pct: number | null; pred_ci: [number, number] | null };
type PlanRow = {
  task: string; status: string; pred_error: number | null; pred_interval: [number, number] | null; compute: number | null; decades_beyond: number | null;
  position: string | null; target_compute: number | null; target_compute_interval: [number, number | null] | null; target_samples_seen: number | null; n_fit: number | null;
};

// Independent computation of the notebook's table (numpy; no code shared with the app).
const reference = JSON.parse(execFileSync("python3", ["scripts/reference/paper_predictions.py", SHARED_DATA], { encoding: "utf8" })) as Record<string, { mae: number; rows: PaperRow[] }>;

async function status(path: string): Promise<{ status: number; body: { error?: { param: string; message: string } } }> {
  const r = await fetch(base + path);
  return { status: r.status, body: await r.json() };
}

describe("/api/v1/predictions?table=paper", () => {
  for (const task of ["imagenet1k", "mscoco_captions"]) {
    it(`${task}: the notebook's predictions (1e-6) and MAE (1e-9), as JSON and CSV`, async () => {
      const { rows, meta } = await getJson<{ rows: PaperRow[]; meta: { mae: number; source_commit: string } }>(`${base}/api/v1/predictions?table=paper&task=${task}`);
      const ref = reference[task]!;
      expect(rows.map((r) => r.label)).toEqual(ref.rows.map((r) => r.label));
      expect(rows[0]!.label).toBe("B/32 (1B)");
      expect(rows.at(-1)!.label).toBe("G/14 (68B)");
      rows.forEach((r, i) => {
        expect(Math.abs(r.pred_acc_pct - ref.rows[i]!.pred_acc_pct)).toBeLessThan(1e-6);
        expect(r.actual_acc_pct === null).toBe(ref.rows[i]!.actual_acc_pct === null);
        if (r.actual_acc_pct !== null) expect(Math.abs(r.actual_acc_pct - ref.rows[i]!.actual_acc_pct!)).toBeLessThan(1e-9);
        expect(r.pred_ci![0]).toBeLessThan(r.pred_ci![1]);
      });
      expect(Math.abs(meta.mae - ref.mae)).toBeLessThan(1e-9);
      expect(meta.mae.toFixed(3)).toBe(task === "imagenet1k" ? "0.874" : "0.588");
      expect(meta.source_commit).toMatch(/^[0-9a-f]{40}$/);

      const csv = await fetch(`${base}/api/v1/predictions?table=paper&task=${task}&format=csv`);
      expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
      const lines = (await csv.text()).trimEnd().split("\r\n");
      expect(lines[0]).toMatch(/^label,arch,samples_seen_label,samples_seen,compute,pred_acc_pct,actual_acc_pct,pred_ci_lo,pred_ci_hi/);
      expect(lines).toHaveLength(31);
      expect(Number(lines[1]!.split(",")[5])).toBeCloseTo(ref.rows[0]!.pred_acc_pct, 9);
    });
  }

  it("names the parameter on bad input", async () => {
    for (const [q, param] of [["table=paper&task=cars", "task"], ["table=mine", "table"], ["task=imagenet1k&foo=1", "foo"]] as const) {
      const r = await status(`/api/v1/predictions?${q}`);
      expect(r.status).toBe(400);
      expect(r.body.error!.param).toBe(param);
    }
  });
});

describe("/api/v1/predict", () => {
  it("predicts every task at a budget; arch + samples_seen equals the same compute", async () => {
    const a = await getJson<{ rows: PlanRow[] }>(`${base}/api/v1/predict?task=all&arch=ViT-H-14&samples_seen=68B`);
    expect(a.rows).toHaveLength(41);
    const compute = 2 * 407332084 * 84 * 190.97; // 68B samples × ViT-H-14's GMACs per sample (arch_info.csv)
    const b = await getJson<{ rows: PlanRow[] }>(`${base}/api/v1/predict?task=imagenet1k,cars&compute=${compute}`);
    for (const r of b.rows) {
      const same = a.rows.find((x) => x.task === r.task)!;
      expect(same.pred_error).toBeCloseTo(r.pred_error!, 12);
      expect(r.position).toBe("above");
      expect(r.decades_beyond).toBeGreaterThan(0);
      expect(r.pred_interval![0]).toBeLessThan(r.pred_error!);
      expect(r.pred_interval![1]).toBeGreaterThan(r.pred_error!);
    }
  });

  it("the inverse agrees with the prediction, for every method", async () => {
    for (const method of ["paper", ...FIT_METHODS]) {
      const fwd = await getJson<{ rows: PlanRow[] }>(`${base}/api/v1/predict?task=imagenet1k&method=${method}&compute=2e13`);
      const e = fwd.rows[0]!.pred_error!;
      const inv = await getJson<{ rows: PlanRow[] }>(`${base}/api/v1/predict?task=imagenet1k&method=${method}&target_error=${e}&arch=ViT-H-14`);
      const r = inv.rows[0]!;
      expect(Math.abs(r.target_compute! / 2e13 - 1)).toBeLessThan(1e-9);
      expect(r.target_samples_seen! * 190.97 / 2e13).toBeCloseTo(1, 9);
      expect(r.target_compute_interval![0]).toBeLessThan(r.target_compute!);
    }
  });

  it("gives no interval (with a reason) for OpenAI's three models", async () => {
    const { rows } = await getJson<{ rows: (PlanRow & { interval_reason: string })[] }>(`${base}/api/v1/predict?task=imagenet1k&group=CLIP-WIT&compute=1e13`);
    expect(rows[0]!.pred_interval).toBeNull();
    expect(rows[0]!.interval_reason).toMatch(/3 fitted points/);
  });

  it("answers bad parameters with a 400 naming them", async () => {
    const cases: [string, string][] = [
      ["task=imagenet1k", "compute"], ["compute=abc", "compute"], ["compute=-1", "compute"], ["compute=0", "compute"],
      ["samples_seen=68B", "arch"], ["arch=ViT-X&samples_seen=3B", "arch"], ["arch=ViT-H-14&samples_seen=lots", "samples_seen"],
      ["arch=ViT-H-14", "samples_seen"], ["compute=1e12&arch=ViT-H-14&samples_seen=3B", "compute"], ["target_error=1.5", "target_error"],
      ["task=nope&compute=1e12", "task"], ["group=LAION-9B&compute=1e12", "group"], ["method=magic&compute=1e12", "method"],
      ["compute=1e12&format=xml", "format"], ["compute=1e12&wat=1", "wat"],
    ];
    for (const [q, param] of cases) {
      const r = await status(`/api/v1/predict?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.error!.param, q).toBe(param);
    }
  });
});

describe("/predict", () => {
  it("shows the budget on the law, all 41 tasks, the paper table; sorts and re-plans from the URL; no console errors", async () => {
    const { page, errors } = await open("/predict?task=imagenet1k&arch=ViT-H-14&samples_seen=68B&target_error=0.2");
    await page.waitForSelector(".law-chart .recharts-surface", { timeout: 60_000 });
    const api = await getJson<{ rows: PlanRow[] }>(`${base}/api/v1/predict?task=imagenet1k&arch=ViT-H-14&samples_seen=68B&target_error=0.2`);
    const shown = Number(await page.getAttribute(".predict-answer[data-pred-error]", "data-pred-error"));
    expect(shown).toBeCloseTo(api.rows[0]!.pred_error!, 12);
    expect(await page.locator(".predict-table tbody tr").count()).toBe(41);
    expect(await page.locator(".paper-table tbody tr").count()).toBe(30);
    expect(await page.locator(".law-budget").count()).toBeGreaterThanOrEqual(2); // budget and target lines
    expect(await page.locator(".law-interval").count()).toBeGreaterThan(0);
    expect(Number(await page.getAttribute("[data-mae]", "data-mae"))).toBeCloseTo(reference.imagenet1k!.mae, 9);

    await page.click(".predict-table th >> text=Predicted error");
    await page.waitForURL(/sort=pred_error/);
    await page.waitForSelector(".predict-table tbody tr");
    const errs = await page.locator(".predict-table tbody tr td:nth-child(3)").allTextContents();
    const nums = errs.map((t) => Number.parseFloat(t));
    expect(nums).toEqual([...nums].sort((a, b) => a - b));

    await page.fill("input[name=samples_seen]", "");
    await page.selectOption("select[name=arch]", "");
    await page.fill("input[name=compute]", "1e12");
    await page.fill("input[name=target_error]", "");
    await page.click("button[type=submit]");
    await page.waitForURL(/compute=1e12/);
    await page.waitForSelector(".predict-answer[data-pred-error]");
    const at1e12 = await getJson<{ rows: PlanRow[] }>(`${base}/api/v1/predict?task=imagenet1k&compute=1e12`);
    expect(Number(await page.getAttribute(".predict-answer[data-pred-error]", "data-pred-error"))).toBeCloseTo(at1e12.rows[0]!.pred_error!, 12);
    expect(await page.textContent(".predict-answer")).toMatch(/inside the fitted compute range/);
    expect(errors).toEqual([]);
  });

  it("names a bad parameter on the page and in its twins", async () => {
    const { page } = await open("/predict?arch=ViT-X&samples_seen=3B");
    expect(await page.textContent(".error-box")).toMatch(/arch/);
    for (const twin of ["/predict.csv?compute=oops", "/predict.json?arch=ViT-X&samples_seen=3B"]) {
      const r = await status(twin);
      expect(r.status).toBe(400);
    }
  });

  it("has CSV and JSON twins holding the rows the view shows", async () => {
    const q = "arch=ViT-L-14&samples_seen=34B&sort=pred_error&dir=desc";
    const json = await getJson<{ rows: PlanRow[]; meta: { source_commit: string; downloads: { csv: string } } }>(`${base}/predict.json?${q}`);
    expect(json.rows).toHaveLength(41);
    const e = json.rows.map((r) => r.pred_error ?? -1);
    expect(e).toEqual([...e].sort((a, b) => b - a));
    const csv = await fetch(`${base}/predict.csv?${q}`);
    expect(csv.headers.get("link")).toContain("/predict.json?");
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines).toHaveLength(42);
    expect(lines[1]!.split(",")[0]).toBe(json.rows[0]!.task);
    const paper = await fetch(`${base}/predict.csv?table=paper&paper_task=mscoco_captions`);
    expect((await paper.text()).split("\r\n")[1]).toMatch(/^B\/32 \(1B\),ViT-B-32,1B,/);
  });
});
