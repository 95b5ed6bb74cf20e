import { describe, expect, it } from "vitest";
import { bootstrapLine, quantileSorted } from "./bootstrap";
import { estimators } from "./estimators";
import { fitPowerLaw } from "./fit";
import { mulberry32 } from "./rng";
import type { FitOk, FitResult } from "./types";

function ok(r: FitResult): FitOk {
  if (!r.ok) throw new Error(`expected a fit, got: ${r.reason}`);
  return r;
}

/** 30 noisy observations around E = 1.4·C^−0.11 (log-normal noise, sd 0.03 in log10). */
function noisy(seed: number): { compute: number[]; error: number[] } {
  const rng = mulberry32(seed);
  const compute: number[] = [];
  const error: number[] = [];
  for (let i = 0; i < 30; i++) {
    const x = 9 + 4 * rng();
    // Box–Muller: a standard normal from two uniforms (1 − u keeps log away from 0).
    const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    compute.push(10 ** x);
    error.push(1.4 * 10 ** (-0.11 * x + 0.03 * z));
  }
  return { compute, error };
}

describe("quantileSorted", () => {
  it("matches numpy.percentile's linear interpolation", () => {
    // np.percentile([1, 2, 3, 4], [2.5, 97.5]): index 0.075 → 1.075, index 2.925 → 3.925
    expect(quantileSorted([1, 2, 3, 4], 0.025)).toBeCloseTo(1.075, 14);
    expect(quantileSorted([1, 2, 3, 4], 0.975)).toBeCloseTo(3.925, 14);
    expect(quantileSorted([1, 2, 3, 4], 0)).toBe(1);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([7], 0.025)).toBe(7);
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
  });
});

describe("bootstrap intervals", () => {
  const { compute, error } = noisy(11);

  it("are identical for the same input and seed, and change with the seed", () => {
    for (const method of ["ols", "binned-min"] as const) {
      const a = ok(fitPowerLaw(compute, error, { method, bootstrap: { resamples: 500, seed: 5 } }));
      const b = ok(fitPowerLaw(compute, error, { method, bootstrap: { resamples: 500, seed: 5 } }));
      const c = ok(fitPowerLaw(compute, error, { method, bootstrap: { resamples: 500, seed: 6 } }));
      expect(b.alphaCi).toEqual(a.alphaCi);
      expect(b.log10ACi).toEqual(a.log10ACi);
      expect(c.alphaCi).not.toEqual(a.alphaCi);
    }
  });

  it("do not depend on the order of the input", () => {
    const order = compute.map((_, i) => (i * 7) % compute.length); // 7 is coprime with 30
    const xs = compute.map(Math.log10);
    const ys = error.map(Math.log10);
    for (const method of ["ols", "binned-min"] as const) {
      const opts = { resamples: 300, seed: 9 };
      const a = bootstrapLine(xs, ys, estimators[method], opts);
      const b = bootstrapLine(order.map((i) => xs[i]!), order.map((i) => ys[i]!), estimators[method], opts);
      expect(b).toEqual(a);
    }
  });

  it("contain the point estimate on noisy data, and report the defaults", () => {
    for (const method of ["ols", "binned-min"] as const) {
      const fit = ok(fitPowerLaw(compute, error, { method }));
      const [lo, hi] = fit.alphaCi!;
      expect(lo).toBeLessThan(fit.alpha);
      expect(hi).toBeGreaterThan(fit.alpha);
      const [alo, ahi] = fit.log10ACi!;
      expect(alo).toBeLessThan(fit.log10A);
      expect(ahi).toBeGreaterThan(fit.log10A);
      expect(fit.aCi).toEqual([10 ** alo, 10 ** ahi]);
      expect(fit.bootstrap).toEqual({ resamples: 1000, used: 1000, seed: 20230101 });
    }
  });

  it("collapse to the true α for exact power-law data (ols)", () => {
    const c = [1e9, 3.7e9, 2.2e10, 8e10, 5.5e11, 1.3e12, 9.1e12, 1e13];
    const fit = ok(fitPowerLaw(c, c.map((x) => 1.4 * x ** -0.11), { method: "ols" }));
    for (const v of fit.alphaCi!) expect(Math.abs(v - -0.11)).toBeLessThan(1e-9);
    for (const v of fit.log10ACi!) expect(Math.abs(v - Math.log10(1.4))).toBeLessThan(1e-9);
  });

  it("skip resamples the estimator cannot fit", () => {
    // 2 points: a resample fits only if it draws both (probability 1/2), and then the line is exact.
    const b = bootstrapLine([10, 12], [Math.log10(0.5), Math.log10(0.2)], estimators.ols, { resamples: 1000, seed: 20230101 });
    expect(b.used).toBeGreaterThan(400);
    expect(b.used).toBeLessThan(600);
    for (const v of b.slopeCi!) expect(v).toBeCloseTo(Math.log10(0.4) / 2, 12);
  });

  it("are never attached to a fit of fewer than 5 points (issue 8: no zero-width interval from n = 2)", () => {
    const fit = ok(fitPowerLaw([1e10, 1e12], [0.5, 0.2], { method: "ols" }));
    expect(fit).toMatchObject({ nFit: 2, alphaCi: null, aCi: null, log10ACi: null, bootstrap: null });
    expect(fit.ciReason).toMatch(/2 fitted points/);
  });

  it("give null intervals when no resample can be fitted", () => {
    const c = [1e9, 1e10, 1e11, 1e12, 1e13];
    const fit = ok(fitPowerLaw(c, [0.5, 0.4, 0.3, 0.2, 0.1], { method: "ols", bootstrap: { resamples: 0, seed: 1 } }));
    expect(fit).toMatchObject({ alphaCi: null, aCi: null, log10ACi: null, bootstrap: { resamples: 0, used: 0 } });
    expect(fit.ciReason).toMatch(/no bootstrap/);
    expect(() => bootstrapLine([1, 2], [1, 2], estimators.ols, { resamples: -1, seed: 1 })).toThrow(RangeError);
  });
});
