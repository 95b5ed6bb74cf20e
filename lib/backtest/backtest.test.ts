import { describe, expect, it } from "vitest";
import { fitPowerLaw } from "../fit";
import { mulberry32 } from "../fit/rng";
import { backtest } from "./run";
import { splitByCompute, type BacktestPoint } from "./split";
import { leaderboard, median, type BacktestSummary } from "./summary";

// Known answer: training points lie exactly on E = C^−0.5 at C = 1e2 … 1e7 (6 distinct computes);
// the two highest computes (1e8, 1e9) are held out at holdout = 0.25 (k = ⌊0.25 · 8⌋ = 2).
const law = (c: number) => c ** -0.5;
const train: BacktestPoint[] = [2, 3, 4, 5, 6, 7].map((e) => ({ model: `m${e}`, arch: `A${e}`, samplesSeenPretty: "3B", compute: 10 ** e, error: law(10 ** e) }));
const heldOut: BacktestPoint[] = [
  // Same (arch, label) twice at 1e8: the actual is the lower error, 2e-4, against a prediction of 1e-4.
  { model: "h1", arch: "X", samplesSeenPretty: "34B", compute: 1e8, error: 3e-4 },
  { model: "h2", arch: "X", samplesSeenPretty: "34B", compute: 1e8, error: 2e-4 },
  // Exactly on the law at 1e9.
  { model: "h3", arch: "Y", samplesSeenPretty: "34B", compute: 1e9, error: law(1e9) },
];
const key = { task: "synthetic", metric: "acc1", group: "LAION", method: "ols" };
const fitOls = (c: number[], e: number[]) => fitPowerLaw(c, e, { method: "ols", bootstrap: { resamples: 400, seed: 5 }, keepDraws: true });

describe("backtest on a synthetic data set with a known answer", () => {
  it("holds out the top k distinct computes", () => {
    const all = [...train, ...heldOut];
    expect(splitByCompute(all, 0.25)).toMatchObject({ m: 8, k: 2, threshold: 1e8 });
    expect(splitByCompute(all, 0.5)).toMatchObject({ m: 8, k: 4, threshold: 1e6 });
    expect(splitByCompute(all, 0.1)).toMatchObject({ m: 8, k: 1, threshold: 1e9 });
    expect(splitByCompute(all, 0.25).heldOut.map((p) => p.model).sort()).toEqual(["h1", "h2", "h3"]);
  });

  it("scores each held-out budget: errors, decades beyond, the lowest-error actual", async () => {
    const r = await backtest(key, [...train, ...heldOut], 0.25, fitOls);
    expect(r.split).toEqual({ m: 8, k: 2, n_train: 6, n_held_out: 3 });
    expect(r.rows).toHaveLength(2);
    const [x, y] = r.rows;
    expect(x).toMatchObject({ arch: "X", samples_seen: "34B", model: "h2", n_models: 2, actual_error: 2e-4 });
    expect(x!.pred_error).toBeCloseTo(1e-4, 12);
    expect(x!.abs_error_pp).toBeCloseTo(0.01, 10); // |1e-4 − 2e-4| in percentage points
    expect(x!.rel_error).toBeCloseTo(0.5, 9);
    expect(x!.decades_beyond).toBeCloseTo(1, 12);
    expect(y!.rel_error).toBeLessThan(1e-9);
    expect(y!.decades_beyond).toBeCloseTo(2, 12);
    // Exact training points: every draw is the same line, so no (zero-width) interval and no coverage.
    expect(x!.pred_interval).toBeNull();
    expect(x!.covered).toBeNull();
    expect(r.summary).toMatchObject({ n_budgets: 2, n_scored: 2, n_with_interval: 0, coverage: null });
    expect(r.summary.mae_pp).toBeCloseTo(0.005, 9);
    expect(r.summary.mean_rel_error).toBeCloseTo(0.25, 9);
  });

  it("counts coverage when the training data are noisy", async () => {
    const rng = mulberry32(11);
    const noisy = train.map((p) => ({ ...p, error: p.error * (1 + 0.1 * (rng() - 0.5)) }));
    const far: BacktestPoint = { model: "h4", arch: "Z", samplesSeenPretty: "34B", compute: 1e9, error: 10 * law(1e9) };
    const r = await backtest(key, [...noisy, heldOut[2]!, far], 0.25, fitOls);
    const onLaw = r.rows.find((x) => x.arch === "Y")!;
    const off = r.rows.find((x) => x.arch === "Z")!;
    expect(onLaw.pred_interval).not.toBeNull();
    for (const row of r.rows) {
      const [lo, hi] = row.pred_interval!;
      expect(hi).toBeGreaterThan(lo);
      expect(row.covered).toBe(lo <= row.actual_error && row.actual_error <= hi);
    }
    // Ten times the law's error is far outside any interval of a law fitted to ±5% noise.
    expect(off.covered).toBe(false);
    const nCov = r.rows.filter((x) => x.covered).length;
    expect(r.summary).toMatchObject({ n_with_interval: 2, n_covered: nCov, coverage: nCov / 2 });
  });

  it("reports a reason, not numbers, when the training set cannot be fitted", async () => {
    const r = await backtest(key, [train[0]!, heldOut[2]!], 0.25, fitOls);
    expect(r.rows.every((x) => x.pred_error === null && x.reason !== null)).toBe(true);
    expect(r.summary.mae_pp).toBeNull();
    expect(r.summary.reason).toMatch(/2 distinct/);
  });
});

describe("leaderboard", () => {
  const s = (task: string, method: string, rel: number | null, nIv: number, nCov: number): BacktestSummary => ({
    task, metric: "acc1", group: "LAION", method, holdout: 0.25, n_budgets: 2, n_scored: rel === null ? 0 : 2, mae_pp: rel, mean_rel_error: rel,
    n_with_interval: nIv, n_covered: nCov, coverage: nIv ? nCov / nIv : null, max_decades_beyond: 0.3, reason: null,
  });
  it("ranks methods by median relative error, share of tasks best and pooled coverage", () => {
    const rows = leaderboard([
      s("t1", "a", 0.01, 2, 2), s("t1", "b", 0.02, 2, 1),
      s("t2", "a", 0.05, 2, 1), s("t2", "b", 0.03, 2, 2),
      s("t3", "a", 0.02, 2, 2), s("t3", "b", 0.04, 2, 0),
    ]);
    const a = rows.find((r) => r.method === "a")!;
    const b = rows.find((r) => r.method === "b")!;
    expect(a).toMatchObject({ n_tasks: 3, median_rel_error: 0.02, n_best: 2, n_covered: 5, n_with_interval: 6 });
    expect(a.best_share).toBeCloseTo(2 / 3, 12);
    expect(b).toMatchObject({ median_rel_error: 0.03, n_best: 1, n_covered: 3 });
    expect(b.coverage).toBeCloseTo(0.5, 12);
  });
  it("leaves a task some method could not score out of the best share", () => {
    const rows = leaderboard([s("t1", "a", 0.01, 0, 0), s("t1", "b", null, 0, 0), s("t2", "a", 0.05, 0, 0), s("t2", "b", 0.03, 0, 0)]);
    expect(rows.find((r) => r.method === "b")).toMatchObject({ n_best: 1, best_share: 1, n_tasks: 1, coverage: null });
    expect(rows.find((r) => r.method === "a")).toMatchObject({ n_best: 0, best_share: 0 });
  });
  it("median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([NaN])).toBeNull();
  });
});
