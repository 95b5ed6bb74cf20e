import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { fitPowerLaw, mulberry32 } from "../fit";
import type { FitDraws } from "../fit/types";
import { bootstrapPValue, pairedStats, PAIRING_SALT } from "./paired";
import { permutation } from "./permutation";
import { benjaminiHochberg } from "./significance";

/** Run scripts/reference/compare_stats.py (numpy + scipy, independent of this code). */
function reference(input: unknown): { pairs: { delta: number[]; p: number; crossing: number[]; multiplier: number[]; crossing_used: number; multiplier_used: number }[]; reject: boolean[][] } {
  const r = spawnSync("python3", ["scripts/reference/compare_stats.py"], { input: JSON.stringify(input), encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

/** n observations of E = A·C^α with log-normal noise (sd in log10), compute spread over 10^9–10^13. */
function law(A: number, alpha: number, n: number, sd: number, seed: number) {
  const rng = mulberry32(seed);
  const compute: number[] = [];
  const error: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = 9 + (4 * i) / (n - 1);
    const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    compute.push(10 ** x);
    error.push(A * 10 ** (alpha * x + sd * z));
  }
  return { compute, error };
}

const BOOT = { resamples: 1000, seed: 20230101 };
function drawsOf(o: { compute: number[]; error: number[] }, method: "ols" | "binned-min" = "ols"): FitDraws {
  const f = fitPowerLaw(o.compute, o.error, { method, bootstrap: BOOT, keepDraws: true });
  if (!f.ok || !f.draws) throw new Error("expected draws");
  return f.draws;
}

describe("bootstrapPValue", () => {
  it("counts draws on each side of 0 with the +1 correction (hand computed)", () => {
    // 1 of 9 draws ≤ 0, 8 ≥ 0: p = 2·(1 + 1)/10 = 0.4.
    expect(bootstrapPValue([-1, 1, 2, 3, 4, 5, 6, 7, 8])).toBeCloseTo(0.4, 12);
    // All positive: p = 2·1/10 = 0.2, the floor for 9 draws.
    expect(bootstrapPValue([1, 2, 3, 4, 5, 6, 7, 8, 9])).toBeCloseTo(0.2, 12);
    expect(bootstrapPValue([-1, 1])).toBe(1);
  });
});

describe("pairedStats", () => {
  it("derives Δα, crossing and multiplier from the same pairs, as numpy does", () => {
    const a = drawsOf(law(1.4, -0.1, 11, 0.03, 7));
    const b = drawsOf(law(3.0, -0.14, 9, 0.03, 8));
    const cMax = 1e13;
    const s = pairedStats(a, b, cMax, BOOT.seed)!;
    const perm = permutation(b.alpha.length, (BOOT.seed ^ PAIRING_SALT) >>> 0);
    const m = Math.min(a.alpha.length, b.alpha.length);
    const pick = (v: Float64Array, p?: Uint32Array) => Array.from({ length: m }, (_, i) => v[p ? p[i]! : i]!);
    const ref = reference({ pairs: [{ a_alpha: pick(a.alpha), a_log10A: pick(a.log10A), b_alpha: pick(b.alpha, perm), b_log10A: pick(b.log10A, perm), c_max: cMax }] }).pairs[0]!;
    expect(s.pairs).toBe(m);
    expect(s.p).toBeCloseTo(ref.p, 12);
    for (const [mine, theirs] of [[s.delta, ref.delta], [s.crossing, ref.crossing], [s.multiplier, ref.multiplier]] as const) {
      expect(mine.ci).not.toBeNull();
      expect(mine.ci![0]).toBeCloseTo(theirs[0]!, 9);
      expect(mine.ci![1]).toBeCloseTo(theirs[1]!, 9);
    }
    expect(s.crossing.used).toBe(ref.crossing_used);
    expect(s.multiplier.used).toBe(ref.multiplier_used);
    // A true Δα of −0.04 with 10 points per group is found: the interval excludes 0.
    expect(s.delta.ci![1]).toBeLessThan(0);
  });

  it("gives no multiplier interval when group a's slope draws are mostly ≥ 0", () => {
    const flat = drawsOf(law(0.5, 0.0, 11, 0.05, 3));
    const b = drawsOf(law(3.0, -0.14, 9, 0.03, 8));
    const s = pairedStats(flat, b, 1e13, BOOT.seed)!;
    expect(s.multiplier.ci).toBeNull();
    expect(s.delta.ci).not.toBeNull();
  });
});

describe("benjaminiHochberg", () => {
  it("matches scipy.stats.false_discovery_control at q = 0.05", () => {
    const rng = mulberry32(11);
    // A mix of tiny (bootstrap-floor) and uniform p-values, with ties, as on /compare.
    const sets = Array.from({ length: 20 }, () => Array.from({ length: 41 }, () => (rng() < 0.4 ? 2 / 1001 : rng() < 0.3 ? 0.01 * rng() : rng())));
    const ref = reference({ pairs: [], p_sets: sets, q: 0.05 }).reject;
    expect(ref.flat().some(Boolean)).toBe(true);
    sets.forEach((p, i) => expect(benjaminiHochberg(p, 0.05)).toEqual(ref[i]));
  });
  it("rejects by the step-up rule (hand computed)", () => {
    // m = 4, thresholds 0.0125, 0.025, 0.0375, 0.05: p_(3) = 0.03 ≤ 0.0375, so the 3 smallest are
    // rejected although p_(1) = 0.02 > 0.0125 (step-up).
    expect(benjaminiHochberg([0.03, 0.02, 0.9, 0.021], 0.05)).toEqual([true, true, false, true]);
    expect(benjaminiHochberg([0.2, 0.3], 0.05)).toEqual([false, false]);
    expect(benjaminiHochberg([], 0.05)).toEqual([]);
  });
});
