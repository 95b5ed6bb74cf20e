import { describe, expect, it } from "vitest";
import { fitPowerLaw } from "./fit";
import { edgeLoss, edgeSlope, solveEdge } from "./power-edge";
import { frontierData } from "./saturating";
import { huber, satLoss, type SatData } from "./saturating-objective";
import { refitFrom } from "./saturating-refit";
import type { FitOk, FitResult } from "./types";

const ok = (r: FitResult): FitOk => {
  if (!r.ok) throw new Error(r.reason);
  return r;
};
const C = [1e9, 2.5e9, 7e9, 1.6e10, 4e10, 1.1e11, 3e11, 9e11, 2.4e12, 8e12];
const wobble = [1.01, 0.985, 1.02, 0.99, 1.005, 0.98, 1.015, 0.995, 1.0, 1.008];

/** The 2-parameter Huber loss of a line (a', α), written out by hand. */
const lineLoss = (d: SatData, a: number, alpha: number) => d.x.reduce((s, x, i) => s + d.w[i]! * huber(a + alpha * x - d.lnE[i]!), 0);

/**
 * The edge minimum by brute force, independent of solveEdge: the loss is convex and piecewise
 * quadratic, so a fine grid around the least-squares line followed by successive zooms finds it.
 */
function bruteEdge(d: SatData): number {
  let best = { a: 0, alpha: 0, f: Infinity };
  const meanY = d.lnE.reduce((s, v) => s + v, 0) / d.lnE.length;
  let [ca, cal, span] = [meanY, -0.2, 2];
  for (let zoom = 0; zoom < 40; zoom++) {
    for (let i = -20; i <= 20; i++) {
      for (let j = -20; j <= 20; j++) {
        const a = ca + (i / 20) * span, alpha = cal + (j / 20) * span;
        const f = lineLoss(d, a, alpha);
        if (f < best.f) best = { a, alpha, f };
      }
    }
    [ca, cal, span] = [best.a, best.alpha, span / 4];
  }
  return best.f;
}

describe("the edge E∞ = 0 (pure power law)", () => {
  it("data whose optimum is a pure power law is reported with E∞ = 0 exactly, its loss the 2-parameter fit's", () => {
    // ln E bends down with ln C (the opposite of saturating), so no E∞ > 0 helps: the optimum is the edge.
    const mid = C.reduce((s, c) => s + Math.log(c), 0) / C.length;
    const error = C.map((c, i) => 1.4 * c ** -0.11 * Math.exp(-0.004 * (Math.log(c) - mid) ** 2) * wobble[i]!);
    const fit = ok(fitPowerLaw(C, error, { method: "saturating", bootstrap: false }));
    const { data } = frontierData(C, error);
    expect(fit.eInf).toBe(0);
    expect(fit.converged).toBe(true);
    const brute = bruteEdge(data);
    expect(Math.abs(fit.loss! - brute)).toBeLessThanOrEqual(1e-9 * brute);
    // No E∞ > 0 does better (the edge is a minimum of the constrained problem).
    const a = Math.log(fit.A) + fit.alpha * data.xBar;
    for (const share of [1e-6, 1e-3, 0.05, 0.3, 0.9]) {
      const eInf = share * Math.min(...error);
      const t = Float64Array.of(Math.log(Math.exp(a) - eInf), fit.alpha, Math.log(eInf));
      expect(satLoss(data, t, new Float64Array(3))).toBeGreaterThanOrEqual(fit.loss!);
    }
  });

  it("noise-free: α and A of a pure power law recovered to 1e-6 with E∞ = 0", () => {
    const fit = ok(fitPowerLaw(C, C.map((c) => 2.3 * c ** -0.17), { method: "saturating", bootstrap: false }));
    expect(fit.eInf).toBe(0);
    expect(Math.abs(fit.alpha + 0.17)).toBeLessThan(1e-6);
    expect(Math.abs(fit.A / 2.3 - 1)).toBeLessThan(1e-6);
  });

  it("solveEdge reaches the brute-force minimum on weighted (resampled) data, from near and far starts", () => {
    const error = C.map((c, i) => (0.02 + 3 * c ** -0.15) * wobble[i]!);
    const { data } = frontierData(C, error);
    const w = [2, 0, 1, 3, 1, 0, 1, 2, 0, 1];
    const d: SatData = { ...data, w: Float64Array.from(w) };
    const brute = bruteEdge(d);
    for (const [a0, al0] of [[0, -0.1], [-3, -1], [d.lnE[0]!, 0]] as const) {
      const p = solveEdge(d, a0, al0, 1e-11)!;
      expect(p.gradInf).toBeLessThanOrEqual(1e-9);
      expect(Math.abs(p.f - brute)).toBeLessThanOrEqual(1e-9 * brute);
      const g = new Float64Array(2);
      expect(edgeLoss(d, p.a, p.alpha, g)).toBe(p.f);
    }
  });

  it("a resample whose edge is not a minimum (∂f/∂E∞ < 0 there) is refitted inside, below the edge's loss", () => {
    // Truth with a large E∞: from a pure-power-law start the refit must leave the edge.
    const error = C.map((c, i) => (0.3 + 40 * c ** -0.25) * wobble[i]!);
    const { data } = frontierData(C, error);
    const line = solveEdge(data, 0, -0.1, 1e-11)!;
    expect(edgeSlope(data, line.a, line.alpha)).toBeLessThan(0);
    const r = refitFrom(data, Float64Array.of(line.a, line.alpha, -Infinity));
    expect(r.converged).toBe(true);
    expect(Number.isFinite(r.e)).toBe(true);
    expect(r.loss).toBeLessThan(line.f);
    const full = ok(fitPowerLaw(C, error, { method: "saturating", bootstrap: false }));
    expect(r.loss).toBeLessThanOrEqual(full.loss! * (1 + 1e-9));
  });
});
