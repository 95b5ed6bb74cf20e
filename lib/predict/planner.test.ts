import { describe, expect, it } from "vitest";
import { fitPowerLaw } from "../fit";
import { mulberry32 } from "../fit/rng";
import { FIT_METHODS } from "../fit/types";
import { parseSamplesSeen, rangePosition, SAMPLES_SEEN_LABELS } from "./budget";
import { computeForError } from "./inverse";
import type { Law } from "./law";
import { planRow } from "./planner";

// A synthetic law E = 2·C^−0.1 (hand-computable) sampled at 12 computes from 1e8 to 1e12 GMACs.
const A = 2;
const ALPHA = -0.1;
const computes = Array.from({ length: 12 }, (_, i) => 10 ** (8 + (4 * i) / 11));
const exact = computes.map((c) => A * c ** ALPHA);
// Multiplicative noise of ±3% (seeded), so the bootstrap draws differ and intervals exist.
const rng = mulberry32(7);
const noisy = exact.map((e) => e * (1 + 0.06 * (rng() - 0.5)));
const key = { task: "synthetic", metric: "acc1", group: "LAION", method: "ols" };

function law(error: number[], method: (typeof FIT_METHODS)[number] = "ols"): Law {
  const r = fitPowerLaw(computes, error, { method, bootstrap: { resamples: 500, seed: 3 }, keepDraws: true });
  if (!r.ok) throw new Error(r.reason);
  return r as Law;
}

describe("planner on a synthetic law", () => {
  it("predicts the known law exactly from noise-free points, with no zero-width interval", () => {
    const row = planRow(key, law(exact), { compute: 1e13, arch: null, samples_seen: null }, null);
    expect(row.pred_error).toBeCloseTo(A * 1e13 ** ALPHA, 12); // 2·10^−1.3 = 0.10024
    expect(row.pred_acc_pct).toBeCloseTo(100 - 100 * A * 1e13 ** ALPHA, 10);
    // Every resample of exact points gives the same line: an interval would be zero-width, so none.
    expect(row.pred_interval).toBeNull();
    expect(row.interval_reason).toMatch(/no interval/);
    expect(row.position).toBe("above");
    expect(row.decades_beyond).toBeCloseTo(1, 12);
  });

  it("inverse and prediction agree for every estimator", () => {
    for (const method of FIT_METHODS) {
      const l = law(noisy, method);
      for (const target of [0.15, 0.12, 0.1]) {
        const row = planRow(key, l, null, { target_error: target, arch: null, gmacs_per_sample: null });
        expect(row.target_compute).not.toBeNull();
        const back = planRow(key, l, { compute: row.target_compute!, arch: null, samples_seen: null }, null);
        expect(Math.abs(back.pred_error! - target)).toBeLessThan(1e-12);
      }
    }
  });

  it("gives 95% intervals that contain the point prediction; the inverse interval contains the inverse", () => {
    const l = law(noisy);
    const row = planRow(key, l, { compute: 1e13, arch: null, samples_seen: null }, { target_error: 0.1, arch: "ViT-H-14", gmacs_per_sample: 190.97 });
    const [lo, hi] = row.pred_interval!;
    expect(lo).toBeLessThan(row.pred_error!);
    expect(hi).toBeGreaterThan(row.pred_error!);
    const [clo, chi] = row.target_compute_interval!;
    expect(clo).toBeLessThan(row.target_compute!);
    expect(chi).toBeGreaterThan(row.target_compute!);
    expect(row.target_samples_seen).toBeCloseTo(row.target_compute! / 190.97, 6);
    // The true law reaches 0.1 at C = (0.1/2)^(1/−0.1) = 20^10 ≈ 1.024e13; the interval should hold it.
    expect(clo).toBeLessThan(20 ** 10);
    expect(chi).toBeGreaterThan(20 ** 10);
  });

  it("extrapolates further with a wider interval", () => {
    const l = law(noisy);
    const w = (c: number) => { const r = planRow(key, l, { compute: c, arch: null, samples_seen: null }, null); return r.pred_interval![1] - r.pred_interval![0]; };
    expect(w(1e14)).toBeGreaterThan(w(1e10));
  });

  it("gives no interval from fewer than 5 fitted points", () => {
    const r = fitPowerLaw(computes.slice(0, 4), noisy.slice(0, 4), { method: "ols", bootstrap: { resamples: 200, seed: 1 }, keepDraws: true });
    if (!r.ok) throw new Error(r.reason);
    const row = planRow(key, r as Law, { compute: 1e12, arch: null, samples_seen: null }, { target_error: 0.1, arch: null, gmacs_per_sample: null });
    expect(row.pred_interval).toBeNull();
    expect(row.interval_reason).toMatch(/4 fitted points/);
    expect(row.target_compute_interval).toBeNull();
    expect(row.pred_error).not.toBeNull();
  });
});

describe("inverse of a saturating law E = E∞ + A·C^α", () => {
  const sat = { alpha: -0.2, log10A: Math.log10(3), eInf: 0.1 };
  it("solves C = ((E − E∞)/A)^(1/α)", () => {
    const r = computeForError(sat, 0.2);
    expect(r.compute).toBeCloseTo((0.1 / 3) ** (1 / -0.2), 0); // 30^5 = 24,300,000
    expect(r.compute! / 30 ** 5).toBeCloseTo(1, 12);
  });
  it("has no answer at or below the floor", () => {
    expect(computeForError(sat, 0.1).compute).toBeNull();
    expect(computeForError(sat, 0.05).reason).toMatch(/floor/);
  });
  it("refuses a law that does not fall", () => {
    expect(computeForError({ alpha: 0.1, log10A: 0, eInf: null }, 0.5).compute).toBeNull();
  });
});

describe("budgets", () => {
  it("reads the notebook's labels and plain numbers", () => {
    expect(parseSamplesSeen("3B")).toBe(80000415 * 32);
    expect(parseSamplesSeen("68B")).toBe(2 * 407332084 * 84);
    expect(parseSamplesSeen("2.5e10")).toBe(2.5e10);
    expect(parseSamplesSeen("12800000000")).toBe(12.8e9);
    for (const bad of ["", "abc", "-5", "0", "5X", "Infinity", "1e999"]) expect(parseSamplesSeen(bad)).toBeNull();
    expect(Object.keys(SAMPLES_SEEN_LABELS)).toEqual(["1B", "3B", "13B", "34B", "68B"]);
  });
  it("places a compute relative to the fitted range", () => {
    expect(rangePosition(50, 10, 100)).toEqual({ position: "inside", decades_beyond: 0 });
    expect(rangePosition(1000, 10, 100).decades_beyond).toBeCloseTo(1, 12);
    expect(rangePosition(1, 10, 100)).toEqual({ position: "below", decades_beyond: 1 });
  });
});

// A saturating estimator (method "saturating", E = E∞ + A·C^α) plugs into the planner through
// FitOk.eInf and the draws' eInf; these run once it is one of FIT_METHODS.
const hasSaturating = (FIT_METHODS as readonly string[]).includes("saturating");
describe.runIf(hasSaturating)("planner with the saturating law on a synthetic E = 0.1 + 2·C^−0.15", () => {
  const cs = Array.from({ length: 16 }, (_, i) => 10 ** (8 + (5 * i) / 15));
  const r2 = mulberry32(5);
  const es = cs.map((c) => (0.1 + 2 * c ** -0.15) * (1 + 0.01 * (r2() - 0.5)));
  const fit = fitPowerLaw(cs, es, { method: "saturating" as (typeof FIT_METHODS)[number], bootstrap: { resamples: 200, seed: 9 }, keepDraws: true });
  it("predicts near the true law and its inverse agrees with it", () => {
    if (!fit.ok) throw new Error(fit.reason);
    const l = fit as Law;
    expect(l.eInf).not.toBeNull();
    const row = planRow(key, l, { compute: 1e14, arch: null, samples_seen: null }, null);
    const truth = 0.1 + 2 * 1e14 ** -0.15;
    expect(Math.abs(row.pred_error! - truth) / truth).toBeLessThan(0.05);
    const inv = planRow(key, l, null, { target_error: row.pred_error!, arch: null, gmacs_per_sample: null });
    expect(Math.abs(inv.target_compute! / 1e14 - 1)).toBeLessThan(1e-9);
  });
  it("has no compute for a target at or below E∞", () => {
    if (!fit.ok) throw new Error(fit.reason);
    const l = fit as Law;
    const row = planRow(key, l, null, { target_error: l.eInf! * 0.5 + 1e-12, arch: null, gmacs_per_sample: null });
    expect(row.target_compute).toBeNull();
    expect(row.target_reason).toMatch(/floor/);
  });
});
