import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { fitPowerLaw } from "../fit/fit";
import { buildLaw, effectiveCompute, isLaw, lawAt, type Law } from "./law";
import { median, placeModel, summarize } from "./place";
import type { ModelResults } from "./types";

/** A synthetic law with known α and A plus multiplicative noise (deterministic). */
function synthetic(alpha: number, A: number, n: number) {
  const compute: number[] = [];
  const error: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = 10 ** (9 + (3 * i) / (n - 1));
    compute.push(c);
    error.push(A * c ** alpha * 10 ** (0.02 * Math.sin(i * 1.7)));
  }
  return { compute, error };
}

function law(method: "ols" | "binned-min", n = 20): Law {
  const l = buildLaw({ task: "t", metric: "acc1", group: "LAION", method, ...synthetic(-0.1, 6, n) });
  if (!isLaw(l)) throw new Error(l.reason);
  return l;
}

describe("effectiveCompute (hand computation)", () => {
  it("inverts E = A·C^α: E = 2·C^−0.1 reaches 0.5 at C = 4^10", () => {
    const r = effectiveCompute({ alpha: -0.1, A: 2, eInf: null }, 0.5);
    expect("value" in r && r.value).toBeCloseTo(4 ** 10, 3);
  });
  it("saturating law: ((E − E∞)/A)^(1/α), and none at or below E∞", () => {
    const r = effectiveCompute({ alpha: -0.5, A: 1, eInf: 0.1 }, 0.2);
    expect("value" in r && r.value).toBeCloseTo(100, 9); // (0.1/1)^(−2)
    expect(effectiveCompute({ alpha: -0.5, A: 1, eInf: 0.1 }, 0.1)).toHaveProperty("reason");
    expect(effectiveCompute({ alpha: -0.5, A: 1, eInf: 0.1 }, 0.05)).toHaveProperty("reason");
  });
  it("none when the law does not fall with compute", () => {
    expect(effectiveCompute({ alpha: 0.01, A: 1, eInf: null }, 0.5)).toHaveProperty("reason");
  });
});

describe("buildLaw on a synthetic law", () => {
  it("recovers α and A, and a model exactly on the law has residual 0 and multiplier 1", () => {
    const l = law("ols");
    expect(l.alpha).toBeCloseTo(-0.1, 2);
    expect(Math.log10(l.A)).toBeCloseTo(Math.log10(6), 1);
    const C = 3e10;
    const onLaw = l.A * C ** l.alpha;
    const m: ModelResults = { model: "m", arch: null, pretrained: null, gmacs: null, samplesSeen: null, file: "f", format: "clip-benchmark-json", notes: [],
      rows: [{ dataset: "t", task: "t", metric: "acc1", value: 1 - onLaw, missing: null, line: 3 }] };
    const c = { arch: null, gmacs: 3, gmacsSource: "given", samplesSeen: 1e10, samplesSource: "given", compute: C, missing: [] };
    const [row] = placeModel(m, c, new Map([["t", l]]), "LAION", "ols");
    expect(row!.residual).toBeCloseTo(0, 12);
    expect(row!.compute_multiplier).toBeCloseTo(1, 9);
    expect(row!.within_interval).toBe(true);
    expect(row!.line).toBe(3);
  });
  it("fewer than 5 fitted points: no interval, within_interval null", () => {
    const l = law("ols", 4);
    expect(l.ciReason).toMatch(/4 fitted points/);
    expect(lawAt(l, 1e10).lo).toBeNull();
    const m: ModelResults = { model: "m", arch: null, pretrained: null, gmacs: null, samplesSeen: null, file: "f", format: "clip-benchmark-json", notes: [],
      rows: [{ dataset: "t", task: "t", metric: "acc1", value: 0.5, missing: null, line: 1 }] };
    const [row] = placeModel(m, { arch: null, gmacs: 1, gmacsSource: "", samplesSeen: 1e10, samplesSource: "", compute: 1e10, missing: [] }, new Map([["t", l]]), "LAION", "ols");
    expect(row!.within_interval).toBeNull();
    expect(row!.note).toMatch(/no interval/);
  });
});

describe("placement against an independent numpy computation (scripts/reference/place_reference.py)", () => {
  for (const method of ["ols", "binned-min"] as const) {
    it(`${method}: law error, interval, residuals, effective compute and multiplier agree to 1e-9`, () => {
      const l = law(method, 25);
      const cases = [
        { compute: 2e9, error: 0.4 }, { compute: 5e10, error: 0.3 }, { compute: 1e12, error: 0.5 }, { compute: 3e11, error: l.A * 3e11 ** l.alpha },
      ];
      const fitted = buildFitted(l);
      const input = JSON.stringify({ law: { alpha: l.alpha, log10A: l.log10A, fitted, draws_alpha: [...l.draws!.alpha], draws_log10A: [...l.draws!.log10A] }, cases });
      const py = spawnSync("python3", ["scripts/reference/place_reference.py"], { input, encoding: "utf8" });
      expect(py.status, py.stderr).toBe(0);
      const ref = JSON.parse(py.stdout) as Record<string, number | boolean>[];
      cases.forEach((c, i) => {
        const at = lawAt(l, c.compute);
        const eff = effectiveCompute(l, c.error);
        const r = ref[i]!;
        const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);
        expect(rel(at.error, r.law_error as number)).toBeLessThan(1e-9);
        expect(rel(at.lo!, r.lo as number)).toBeLessThan(1e-9);
        expect(rel(at.hi!, r.hi as number)).toBeLessThan(1e-9);
        expect(rel("value" in eff ? eff.value : NaN, r.effective_compute as number)).toBeLessThan(1e-9);
        expect(c.error >= at.lo! && c.error <= at.hi!).toBe(r.within_interval);
      });
    });
  }
});

/** The law's fitted points (log10 C, log10 E) recovered from its residuals for the reference. */
function buildFitted(l: Law): number[][] {
  // Re-derive from a fresh fit so the reference recomputes residuals itself.
  const { compute, error } = synthetic(-0.1, 6, 25);
  const f = fitPowerLaw(compute, error, { method: l.method, bootstrap: false });
  if (!f.ok) throw new Error(f.reason);
  return f.fitted.map((p) => [p.x, p.y]);
}

describe("summary", () => {
  it("median of an even count is the mean of the middle two", () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
  it("counts tasks above and below the interval", () => {
    const rows = [
      { error: 0.5, law_lo: 0.3, law_hi: 0.4, within_interval: false, law_error: 0.35, effective_compute: 1, compute_multiplier: 0.5 },
      { error: 0.2, law_lo: 0.3, law_hi: 0.4, within_interval: false, law_error: 0.35, effective_compute: 1, compute_multiplier: 4 },
      { error: 0.35, law_lo: 0.3, law_hi: 0.4, within_interval: true, law_error: 0.35, effective_compute: 1, compute_multiplier: 1 },
    ] as never[];
    const s = summarize("m", { arch: null, gmacs: 1, gmacsSource: "", samplesSeen: 1, samplesSource: "", compute: 1, missing: [] }, rows);
    expect(s).toMatchObject({ tasks_above: 1, tasks_below: 1, median_multiplier: 1, tasks_with_law: 3 });
  });
});

describe("saturating laws (E = E∞ + A·C^α) plug in through eInf", () => {
  it("the interval and effective compute use E∞", () => {
    const draws = { alpha: new Float64Array(100).fill(-0.5), log10A: new Float64Array(100).fill(0), eInf: new Float64Array(100).fill(0.1) };
    const l: Law = { task: "t", metric: "acc1", group: "LAION", method: "ols", alpha: -0.5, A: 1, log10A: 0, eInf: 0.1, n: 10, nFit: 10, xMin: 1, xMax: 1e4, ciReason: null, draws, residuals: [0] };
    const at = lawAt(l, 100); // 0.1 + 100^−0.5 = 0.2
    expect(at.error).toBeCloseTo(0.2, 12);
    expect(at.lo).toBeCloseTo(0.2, 12);
    expect(at.hi).toBeCloseTo(0.2, 12);
    const eff = effectiveCompute(l, 0.2);
    expect("value" in eff && eff.value).toBeCloseTo(100, 9);
    expect(effectiveCompute(l, 0.09)).toHaveProperty("reason");
  });
});
