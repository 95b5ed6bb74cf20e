import { describe, expect, it } from "vitest";
import { fitPowerLaw, predictError } from "./fit";
import { HUBER_DELTA, huber, satLoss, satLossHessian } from "./saturating-objective";
import { fitFromGrid, frontierData, startGrid } from "./saturating";
import type { FitOk, FitResult } from "./types";

const ok = (r: FitResult): FitOk => {
  if (!r.ok) throw new Error(r.reason);
  return r;
};
const C = [1e9, 2.5e9, 7e9, 1.6e10, 4e10, 1.1e11, 3e11, 9e11, 2.4e12, 8e12];
const sat = (eInf: number, A: number, alpha: number) => C.map((c) => eInf + A * c ** alpha);

describe("saturating law on exact synthetic laws (no noise)", () => {
  it.each([
    [0.1, 50, -0.2], [0.25, 3, -0.1], [0.02, 400, -0.35], [0.4, 9, -0.15],
  ])("recovers E∞ = %f, A = %f, α = %f to 1e-6", (eInf, A, alpha) => {
    const fit = ok(fitPowerLaw(C, sat(eInf, A, alpha), { method: "saturating", bootstrap: false }));
    expect(Math.abs(fit.alpha - alpha)).toBeLessThan(1e-6);
    expect(Math.abs(fit.A / A - 1)).toBeLessThan(1e-6);
    expect(Math.abs(fit.eInf! - eInf)).toBeLessThan(1e-6);
    expect(fit).toMatchObject({ method: "saturating", n: 10, nFit: 10, converged: true });
    expect(fit.loss!).toBeLessThan(1e-12);
    expect(predictError(fit, 5e10)).toBeCloseTo(eInf + A * 5e10 ** alpha, 9);
  });

  it("points above the frontier do not move the fit (only the frontier is fitted)", () => {
    const above = C.map((c) => 1.1 * (0.1 + 50 * c ** -0.2));
    const fit = ok(fitPowerLaw([...C, ...C.map((c) => c * 1.01)], [...sat(0.1, 50, -0.2), ...above], { method: "saturating", bootstrap: false }));
    expect(fit.nFit).toBe(10);
    expect(fit.n).toBe(20);
    expect(Math.abs(fit.alpha + 0.2)).toBeLessThan(1e-6);
  });
});

describe("saturating law edge cases", () => {
  it("E∞ → 0 (a pure power law, collinear in log–log): α and A recovered, E∞ negligible", () => {
    const fit = ok(fitPowerLaw(C, sat(0, 1.4, -0.11), { method: "saturating", bootstrap: false }));
    expect(Math.abs(fit.alpha + 0.11)).toBeLessThan(1e-6);
    expect(Math.abs(fit.A / 1.4 - 1)).toBeLessThan(1e-5);
    expect(fit.eInf!).toBeLessThan(1e-6 * Math.min(...sat(0, 1.4, -0.11)));
  });
  it("a flat frontier is refused with its reason", () => {
    const r = fitPowerLaw(C, C.map(() => 0.3), { method: "saturating" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/flat/);
  });
  it("fewer than 4 frontier points: no fit, with that reason", () => {
    // 6 points but only 3 on the frontier (the others are beaten by a cheaper, better point).
    const r = fitPowerLaw([1e9, 1e10, 1e11, 2e9, 2e10, 2e11], [0.5, 0.4, 0.3, 0.6, 0.45, 0.35], { method: "saturating" });
    expect(!r.ok && r.reason).toMatch(/fewer than 4 Pareto-frontier points.*\(3\)/);
  });
  it("4 frontier points: a fit, but no interval (the interval rule needs 5)", () => {
    const fit = ok(fitPowerLaw(C.slice(0, 4), sat(0.1, 50, -0.2).slice(0, 4), { method: "saturating" }));
    expect(fit).toMatchObject({ nFit: 4, alphaCi: null, aCi: null, eInfCi: null, bootstrap: null });
    expect(fit.ciReason).toMatch(/4 fitted points/);
  });
});

describe("saturating objective", () => {
  it("is the sum of Huber(1e-3) on ln residuals, with the analytic gradient matching finite differences", () => {
    const { data } = frontierData(C, C.map((c, i) => (0.1 + 50 * c ** -0.2) * (1 + 0.01 * Math.sin(i))));
    const theta = Float64Array.of(-1.2, -0.17, Math.log(0.08));
    const g = new Float64Array(3);
    const f = satLoss(data, theta, g);
    let hand = 0;
    for (let i = 0; i < data.x.length; i++) {
      const pred = Math.log(Math.exp(theta[0]! + theta[1]! * data.x[i]!) + Math.exp(theta[2]!));
      hand += huber(pred - data.lnE[i]!);
    }
    expect(f).toBeCloseTo(hand, 14);
    for (let k = 0; k < 3; k++) {
      const h = 1e-7;
      const tp = theta.slice(); tp[k]! += h;
      const tm = theta.slice(); tm[k]! -= h;
      const fd = (satLoss(data, tp, new Float64Array(3)) - satLoss(data, tm, new Float64Array(3))) / (2 * h);
      expect(Math.abs(fd - g[k]!)).toBeLessThan(1e-8);
    }
    expect(huber(0.002)).toBeCloseTo(1e-3 * (0.002 - 0.0005), 15);
    expect(huber(0.0005)).toBeCloseTo(0.5 * 0.0005 ** 2, 15);
  });
  it("writes the exact Hessian and the smoothed (IRLS) curvature, both matching finite differences", () => {
    const { data } = frontierData(C, C.map((c, i) => (0.1 + 50 * c ** -0.2) * (1 + 0.01 * Math.sin(i))));
    const theta = fitFromGrid(data).theta; // at an optimum: some residuals within δ, some beyond
    const H = new Float64Array(18);
    satLossHessian(data, theta, new Float64Array(3), H);
    const h = 1e-6;
    const shifted = (k: number, by: number) => { const t = theta.slice(); t[k]! += by; return t; };
    const resid = (t: Float64Array, i: number) => Math.log(Math.exp(t[0]! + t[1]! * data.x[i]!) + Math.exp(t[2]!)) - data.lnE[i]!;
    let beyond = 0;
    for (let j = 0; j < 3; j++) {
      const gp = new Float64Array(3), gm = new Float64Array(3);
      satLoss(data, shifted(j, h), gp);
      satLoss(data, shifted(j, -h), gm);
      for (let k = 0; k < 3; k++) {
        expect(Math.abs((gp[k]! - gm[k]!) / (2 * h) - H[j * 3 + k]!)).toBeLessThan(1e-6);
        // Smoothed: + Σ over residuals beyond δ of (δ/|r|)·∂r/∂θj·∂r/∂θk, Jacobian by differences.
        let extra = 0;
        for (let i = 0; i < data.x.length; i++) {
          const r = resid(theta, i);
          if (Math.abs(r) <= HUBER_DELTA) continue;
          if (j === 0 && k === 0) beyond++;
          const dj = (resid(shifted(j, h), i) - resid(shifted(j, -h), i)) / (2 * h);
          const dk = (resid(shifted(k, h), i) - resid(shifted(k, -h), i)) / (2 * h);
          extra += (HUBER_DELTA / Math.abs(r)) * dj * dk;
        }
        expect(Math.abs(H[9 + j * 3 + k]! - (H[j * 3 + k]! + extra))).toBeLessThan(1e-7);
      }
    }
    expect(beyond).toBeGreaterThan(0);
    expect(beyond).toBeLessThan(data.x.length);
  });
  it("starts from a grid of at least 300 points", () => {
    expect(startGrid(frontierData(C, sat(0.1, 50, -0.2)).data).length).toBeGreaterThanOrEqual(300);
  });
});

describe("saturating bootstrap", () => {
  it("gives intervals for α, A and E∞ that contain the truth on mildly noisy data, with usable counts", () => {
    const noise = [1.01, 0.99, 1.015, 0.985, 1.0, 1.012, 0.992, 1.006, 0.995, 1.003];
    const fit = ok(fitPowerLaw(C, sat(0.1, 50, -0.2).map((e, i) => e * noise[i]!), { method: "saturating", bootstrap: { resamples: 200, seed: 3 }, keepDraws: true }));
    expect(fit.ciReason).toBeNull();
    expect(fit.bootstrap!.used).toBeGreaterThanOrEqual(180);
    expect(fit.alphaCi![0]).toBeLessThanOrEqual(fit.alpha);
    expect(fit.alphaCi![1]).toBeGreaterThanOrEqual(fit.alpha);
    expect(fit.eInfCi![0]).toBeLessThanOrEqual(fit.eInfCi![1]);
    expect(fit.draws!.eInf!.length).toBe(fit.bootstrap!.used);
  });
});
