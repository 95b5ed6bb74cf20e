import { describe, expect, it } from "vitest";
import { fitPowerLaw, predictError } from "./fit";
import type { FitFail, FitOk, FitResult } from "./types";

const ALPHA = -0.11;
const A = 1.4;
const law = (c: number) => A * c ** ALPHA;

function ok(r: FitResult): FitOk {
  if (!r.ok) throw new Error(`expected a fit, got: ${r.reason}`);
  return r;
}

/** Walks any JSON-like value and collects the paths of NaN numbers. */
function nanPaths(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isNaN(value) ? [path] : [];
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([k, v]) => nanPaths(v, `${path}.${k}`));
  }
  return [];
}

describe("fitPowerLaw on exact power laws", () => {
  it("ols recovers α and A to 1e-12 (irregular compute 1e9–1e13)", () => {
    const compute = [1e9, 3.7e9, 2.2e10, 8e10, 5.5e11, 1.3e12, 9.1e12, 1e13];
    const fit = ok(fitPowerLaw(compute, compute.map(law), { method: "ols", bootstrap: false }));
    expect(Math.abs(fit.alpha - ALPHA)).toBeLessThan(1e-12);
    expect(Math.abs(fit.log10A - Math.log10(A))).toBeLessThan(1e-12);
    expect(Math.abs(fit.A - A)).toBeLessThan(1e-11);
    expect(fit.r2).toBeCloseTo(1, 12);
    expect(fit).toMatchObject({ n: 8, xMin: 1e9, xMax: 1e13, alphaCi: null, aCi: null, bootstrap: null });
    expect(fit.fitted).toHaveLength(8);
  });

  it("binned-min recovers α and A to 1e-12 when each bin's minimum sits on the line at its centre", () => {
    // log10 C spans [9, 13] → histogram range [9, 13.1], bin width 0.82, centres 9 + 0.82·(k + ½).
    // One point per centre lies on the line. Every other point (including the range ends 9 and 13,
    // which fix the edges) is at least 1.2× the line: within a bin the line drops by at most
    // 0.41·0.11 ≈ 0.045 in log10 (a factor 1.11) from the centre, so the bin minima are the centre points.
    const centres = [0, 1, 2, 3, 4].map((k) => 9 + 0.82 * (k + 0.5));
    const above: [number, number][] = [
      [9, 1.3], [9.7, 1.2], [10.5, 1.5], [11.3, 1.2], [12.2, 1.25], [12.9, 1.4], [13, 1.3],
    ];
    const compute = [...centres.map((x) => 10 ** x), ...above.map(([x]) => 10 ** x)];
    const error = [...centres.map((x) => law(10 ** x)), ...above.map(([x, f]) => f * law(10 ** x))];
    const fit = ok(fitPowerLaw(compute, error, { method: "binned-min", bootstrap: false }));
    expect(Math.abs(fit.alpha - ALPHA)).toBeLessThan(1e-12);
    expect(Math.abs(fit.log10A - Math.log10(A))).toBeLessThan(1e-12);
    expect(fit.r2).toBeCloseTo(1, 12);
    expect(fit.n).toBe(12);
    expect(fit.fitted.map((p) => p.x)).toEqual(centres.map((c) => expect.closeTo(c, 12)));
  });
});

describe("fitPowerLaw on hand-made cases", () => {
  // log10 C = 0, 0.1, 0.5, 1.9 and log10 E = −1, −1.2, −1.3, −1.9 (bins 1, 1, 2, 5; 3 and 4 empty).
  const xs = [0, 0.1, 0.5, 1.9];
  const ys = [-1, -1.2, -1.3, -1.9];
  const compute = xs.map((x) => 10 ** x);
  const error = ys.map((y) => 10 ** y);

  it("binned-min with empty bins (hand values in binned-min.test.ts)", () => {
    const fit = ok(fitPowerLaw(compute, error, { method: "binned-min", bootstrap: false }));
    expect(fit.alpha).toBeCloseTo(-47 / 104, 12);
    expect(fit.log10A).toBeCloseTo(-1.075, 12);
    expect(fit.A).toBeCloseTo(10 ** -1.075, 12);
    expect(fit.r2).toBeCloseTo(2209 / 2236, 12);
    expect(fit.fitted).toHaveLength(3);
    expect(fit.n).toBe(4);
  });

  it("ols on the same points", () => {
    // x̄ = 0.625, ȳ = −1.35; dx = −.625, −.525, −.125, 1.275; dy = .35, .15, .05, −.55
    // Sxx = 2.3075, Sxy = −1.005 → slope = −402/923; intercept = −1.35 + (402/923)·0.625 = −4974/4615
    // Syy = .435 → R² = slope·Sxy/Syy = 4489/4615
    const fit = ok(fitPowerLaw(compute, error, { method: "ols", bootstrap: false }));
    expect(fit.alpha).toBeCloseTo(-402 / 923, 12);
    expect(fit.log10A).toBeCloseTo(-4974 / 4615, 12);
    expect(fit.r2).toBeCloseTo(4489 / 4615, 12);
  });

  it("exactly 2 points: the line through them", () => {
    // (1e10, 0.5), (1e12, 0.2): α = log10(0.2/0.5)/2; log10 A = log10 0.5 − 10α
    const alpha = Math.log10(0.4) / 2;
    const fit = ok(fitPowerLaw([1e10, 1e12], [0.5, 0.2], { method: "ols", bootstrap: false }));
    expect(fit.alpha).toBeCloseTo(alpha, 13);
    expect(fit.log10A).toBeCloseTo(Math.log10(0.5) - 10 * alpha, 12);
    expect(fit.r2).toBe(1);
  });

  it("does not depend on the order of the observations", () => {
    const order = [2, 0, 3, 1];
    for (const method of ["ols", "binned-min"] as const) {
      const a = fitPowerLaw(compute, error, { method });
      const b = fitPowerLaw(order.map((i) => compute[i]!), order.map((i) => error[i]!), { method });
      expect(b).toEqual(a);
    }
  });
});

describe("fitPowerLaw failures", () => {
  const fails: [string, number[], number[], string][] = [
    ["zero error", [1e9, 1e10, 1e11, 1e12], [0.5, 0.4, 0.3, 0], "error must be in (0, 1); found 0 at index 3"],
    ["error = 1", [1e9, 1e10], [1, 0.4], "error must be in (0, 1); found 1 at index 0"],
    ["error > 1", [1e9, 1e10], [0.5, 1.2], "error must be in (0, 1); found 1.2 at index 1"],
    ["negative error", [1e9, 1e10], [-0.1, 0.4], "error must be in (0, 1); found -0.1 at index 0"],
    ["NaN error", [1e9, 1e10], [0.5, NaN], "error must be in (0, 1); found NaN at index 1"],
    ["negative compute", [1e9, -1e10], [0.5, 0.4], "compute must be finite and > 0; found -10000000000 at index 1"],
    ["zero compute", [0, 1e10], [0.5, 0.4], "compute must be finite and > 0; found 0 at index 0"],
    ["NaN compute", [NaN, 1e10], [0.5, 0.4], "compute must be finite and > 0; found NaN at index 0"],
    ["infinite compute", [1e9, Infinity], [0.5, 0.4], "compute must be finite and > 0; found Infinity at index 1"],
    ["length mismatch", [1e9, 1e10], [0.5], "compute and error have different lengths (2 vs 1)"],
    ["no points", [], [], "no observations"],
  ];
  it.each(fails)("%s", (_, compute, error, reason) => {
    for (const method of ["ols", "binned-min"] as const) {
      const r = fitPowerLaw(compute, error, { method });
      expect(r).toEqual({ ok: false, method, n: Math.min(compute.length, error.length), reason });
    }
  });

  it("1 point and ties-only input fail with the estimator's reason", () => {
    const one = (method: "ols" | "binned-min") => fitPowerLaw([1e10], [0.3], { method }) as FitFail;
    expect(one("ols")).toEqual({ ok: false, method: "ols", n: 1, reason: "fewer than 2 distinct compute values" });
    expect(one("binned-min").reason).toBe("fewer than 2 non-empty compute bins (1 of 5)");
    const tied = fitPowerLaw([1e10, 1e10, 1e10], [0.3, 0.2, 0.25], { method: "ols" });
    expect(tied).toMatchObject({ ok: false, reason: "fewer than 2 distinct compute values" });
  });

  it("rejects an unknown method given at runtime", () => {
    const r = fitPowerLaw([1e9, 1e10], [0.5, 0.4], { method: "huber" as never });
    expect(r).toMatchObject({ ok: false, reason: 'unknown fit method "huber"' });
  });

  it("never puts NaN in any output", () => {
    const inputs: [number[], number[]][] = [
      [[1e10], [0.3]],
      [[1e10, 1e12], [0.5, 0.2]],
      [[1e10, 1e10], [0.5, 0.2]],
      [[1e9, NaN], [0.5, 0.2]],
      [[1e9, 1e10, 1e11], [0.5, 0.5, 0.5]],
      [[1, 10 ** 0.001], [0.1, 0.01]],
    ];
    for (const [compute, error] of inputs) {
      for (const method of ["ols", "binned-min"] as const) {
        expect(nanPaths(fitPowerLaw(compute, error, { method, bootstrap: { resamples: 200, seed: 1 } }))).toEqual([]);
      }
    }
  });
});

describe("predictError", () => {
  it("evaluates A·C^α", () => {
    expect(predictError({ alpha: -0.5, A: 2 }, 100)).toBeCloseTo(0.2, 15);
    expect(predictError({ alpha: ALPHA, A }, 1e12)).toBeCloseTo(1.4 * 10 ** (-1.32), 14);
  });
});

describe("keepDraws", () => {
  it("returns the draws behind the stored intervals, in draw order", () => {
    const compute = [1e9, 3e9, 1e10, 3e10, 1e11, 3e11, 1e12];
    const error = compute.map((c, i) => 2 * c ** -0.1 * (1 + 0.01 * ((i % 3) - 1)));
    const withDraws = fitPowerLaw(compute, error, { method: "ols", bootstrap: { resamples: 200, seed: 7 }, keepDraws: true });
    const without = fitPowerLaw(compute, error, { method: "ols", bootstrap: { resamples: 200, seed: 7 } });
    if (!withDraws.ok || !without.ok || !withDraws.draws) throw new Error("fit failed");
    expect(without.draws).toBeUndefined();
    expect(withDraws.alphaCi).toEqual(without.alphaCi);
    expect(withDraws.draws.alpha.length).toBe(withDraws.bootstrap?.used);
    // Independent check: the 2.5% / 97.5% quantiles of the returned draws are the interval.
    const sorted = [...withDraws.draws.alpha].sort((a, b) => a - b);
    const q = (p: number) => { const h = p * (sorted.length - 1); const lo = Math.floor(h); return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (h - lo); };
    expect(withDraws.alphaCi![0]).toBeCloseTo(q(0.025), 12);
    expect(withDraws.alphaCi![1]).toBeCloseTo(q(0.975), 12);
  });
});
