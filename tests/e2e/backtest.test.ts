import { execFileSync } from "node:child_process";
import { describe, expect, inject, it } from "vitest";
import { FIT_METHODS } from "@/lib/fit/types";
import { getJson } from "../support/http";
import { SHARED_DATA } from "../support/paths";
import { useBrowser } from "../support/use-browser";

const base = inject("baseUrl");
const { open } = useBrowser(base);

type Row = {
  task: string; group: string; method: string; arch: string; samples_seen: string; compute: number; pred_error: number | null; actual_error: number;
  abs_error_pp: number | null; rel_error: number | null; pred_interval: [number, number] | null; covered: boolean | null; decades_beyond: number | null; fit_x_max: number | null;
};
type Summary = { task: string; method: string; mae_pp: number | null; mean_rel_error: number | null; n_with_interval: number; n_covered: number; coverage: number | null };
type Board = { method: string; n_tasks: number; median_rel_error: number; n_best: number; best_share: number; coverage: number | null };

const TASKS = ["imagenet1k", "mscoco_captions", "cars"];
// Independent computation: numpy split, binned-min / lstsq fits and predictions (no bootstrap).
const reference = JSON.parse(execFileSync("python3", ["scripts/reference/backtest_reference.py", SHARED_DATA, "0.25", ...TASKS], { encoding: "utf8" })) as
  Record<string, Record<string, { arch: string; samples_seen: string; compute: number; pred_error: number; actual_error: number; rel_error: number }[]>>;

describe("/api/v1/backtest", () => {
  it("matches an independent numpy backtest (split, fit, prediction, actual) to 1e-9", async () => {
    const { rows } = await getJson<{ rows: Row[] }>(`${base}/api/v1/backtest?task=${TASKS.join(",")}`);
    for (const task of TASKS) {
      for (const method of ["binned-min", "ols"]) {
        const ours = rows.filter((r) => r.task === task && r.method === method);
        const ref = reference[task]![method]!;
        expect(ours.length, `${task} ${method}`).toBe(ref.length);
        for (const e of ref) {
          const r = ours.find((x) => x.arch === e.arch && x.samples_seen === e.samples_seen)!;
          expect(r.compute).toBe(e.compute);
          expect(r.actual_error).toBeCloseTo(e.actual_error, 12);
          expect(Math.abs(r.pred_error! - e.pred_error)).toBeLessThan(1e-9);
          expect(Math.abs(r.rel_error! - e.rel_error)).toBeLessThan(1e-9);
        }
      }
    }
  });

  it("rows are consistent: |error| in pp, coverage against the interval, decades beyond the fitted range", async () => {
    const { rows, meta } = await getJson<{ rows: Row[]; meta: { summary: Summary[]; leaderboard: Board[]; source_commit: string } }>(`${base}/api/v1/backtest`);
    expect(new Set(rows.map((r) => r.task)).size).toBe(41);
    for (const r of rows.filter((x) => x.pred_error !== null)) {
      expect(r.abs_error_pp!).toBeCloseTo(100 * Math.abs(r.pred_error! - r.actual_error), 12);
      if (r.pred_interval) {
        expect(r.pred_interval[1]).toBeGreaterThan(r.pred_interval[0]);
        expect(r.covered).toBe(r.pred_interval[0] <= r.actual_error && r.actual_error <= r.pred_interval[1]);
      } else expect(r.covered).toBeNull();
      expect(r.decades_beyond!).toBeCloseTo(Math.max(0, Math.log10(r.compute / r.fit_x_max!)), 12);
    }
    expect(meta.summary).toHaveLength(41 * FIT_METHODS.length);
    expect(meta.leaderboard.map((b) => b.method).sort()).toEqual([...FIT_METHODS].sort());
    // A method scores a task when its law could be fitted without the held-out models: the line
    // methods always can; the saturating law needs 4 frontier points in the remaining 75%.
    const scored = (m: string) => meta.summary.filter((x) => x.method === m && x.mean_rel_error !== null).map((x) => x.task);
    for (const b of meta.leaderboard) expect(b.n_tasks).toBe(scored(b.method).length);
    for (const m of ["binned-min", "ols"]) expect(scored(m)).toHaveLength(41);
    const contested = [...new Set(meta.summary.map((x) => x.task))].filter((t) => FIT_METHODS.every((m) => scored(m).includes(t))).length;
    const shares = meta.leaderboard.reduce((a, b) => a + b.n_best, 0);
    expect(shares).toBeGreaterThanOrEqual(contested); // every task all methods score has a best method (ties count for each)
    const s = meta.summary.find((x) => x.task === "imagenet1k" && x.method === "ols")!;
    const mine = rows.filter((r) => r.task === "imagenet1k" && r.method === "ols");
    expect(s.mean_rel_error!).toBeCloseTo(mine.reduce((a, r) => a + r.rel_error!, 0) / mine.length, 12);
    expect(meta.source_commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it("serves summary and leaderboard as CSV; bad parameters are 400s naming them", async () => {
    const csv = await fetch(`${base}/api/v1/backtest?table=leaderboard&format=csv`);
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("method,group,holdout,n_tasks,median_rel_error,n_best,best_share,n_with_interval,n_covered,coverage");
    expect(lines).toHaveLength(1 + FIT_METHODS.length);
    for (const [q, param] of [["holdout=0.05", "holdout"], ["holdout=0.6", "holdout"], ["holdout=x", "holdout"], ["method=paper", "method"], ["group=LAION-9B", "group"], ["task=nope", "task"], ["table=all", "table"]] as const) {
      const r = await fetch(`${base}/api/v1/backtest?${q}`);
      expect(r.status, q).toBe(400);
      expect(((await r.json()) as { error: { param: string } }).error.param, q).toBe(param);
    }
  });
});

describe("/backtest", () => {
  it("shows the leaderboard, the chart task's held-out predictions and every task; settings change the URL; no console errors", async () => {
    const { page, errors } = await open("/backtest?task=imagenet1k");
    await page.waitForSelector(".law-chart .recharts-surface", { timeout: 60_000 });
    expect(await page.locator(".backtest-leaderboard tbody tr").count()).toBe(FIT_METHODS.length);
    expect(await page.locator(".backtest-summary tbody tr").count()).toBe(41 * FIT_METHODS.length);
    expect(await page.locator(".backtest-budgets tbody tr").count()).toBe(4 * FIT_METHODS.length); // ImageNet: 4 held-out budgets per method
    expect(await page.locator(".law-interval").count()).toBeGreaterThan(0);
    expect(await page.locator(".law-held-out path, .law-held-out .recharts-symbols").count()).toBeGreaterThan(0);

    await page.click(".backtest-summary th >> text=Mean relative error");
    await page.waitForURL(/sort=mean_rel_error/);
    const rels = (await page.locator(".backtest-summary tbody tr td:nth-child(5)").allTextContents()).map((t) => Number.parseFloat(t)).filter(Number.isFinite);
    expect(rels).toEqual([...rels].sort((a, b) => a - b));

    await page.fill("input[name=holdout]", "0.5");
    for (const m of FIT_METHODS.slice(1)) await page.uncheck(`input[name=method][value=${m}]`);
    await page.click("button[type=submit]");
    await page.waitForURL(/holdout=0.5/);
    await page.waitForSelector(".backtest-leaderboard");
    expect(await page.locator(".backtest-leaderboard tbody tr").count()).toBe(1);
    expect(await page.textContent("h2#lb-title")).toMatch(/top 50%/);
    expect(errors).toEqual([]);
  });

  it("has twins with the table shown and names bad parameters", async () => {
    const json = await getJson<{ rows: Summary[] }>(`${base}/backtest.json?group=LAION-2B&sort=mae_pp&dir=desc`);
    expect(json.rows).toHaveLength(41 * FIT_METHODS.length);
    const m = json.rows.map((r) => r.mae_pp ?? -1);
    expect(m).toEqual([...m].sort((a, b) => b - a));
    const rows = await fetch(`${base}/backtest.csv?table=rows`);
    expect((await rows.text()).split("\r\n")[0]).toMatch(/^task,metric,group,method,holdout,arch,samples_seen,model,n_models,compute,pred_error,actual_error,abs_error_pp,rel_error/);
    const bad = await fetch(`${base}/backtest.csv?holdout=2`);
    expect(bad.status).toBe(400);
    const { page } = await open("/backtest?holdout=2");
    expect(await page.textContent(".error-box")).toMatch(/holdout/);
  });

  it("links each /explore fit to its backtest with a one-line summary", async () => {
    const { page, errors } = await open("/explore?task=imagenet1k");
    await page.waitForSelector(".explore-fit-table .backtest-line", { timeout: 60_000 });
    const { rows } = await getJson<{ rows: Summary[] }>(`${base}/api/v1/backtest?task=imagenet1k&group=LAION&method=binned-min&table=summary`);
    const s = rows[0]!;
    const line = page.locator(".explore-fit-table tr[data-group=LAION] .backtest-line");
    expect(await line.textContent()).toBe(`held out the top 25% of compute: mean relative error ${(100 * s.mean_rel_error!).toFixed(1)}%, ${s.n_covered}/${s.n_with_interval} inside the interval`);
    expect(await line.getAttribute("href")).toBe("/backtest?task=imagenet1k&group=LAION#chart-title");
    expect(errors).toEqual([]);
  });
});
