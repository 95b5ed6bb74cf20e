import { describe, expect, it } from "vitest";
import { computeMultiplier, crossingLog10, rangePosition } from "./laws";

// Synthetic laws: A_a = 2, α_a = −0.1 and A_b = 4, α_b = −0.2.
const a = { log10A: Math.log10(2), alpha: -0.1 };
const b = { log10A: Math.log10(4), alpha: -0.2 };

describe("crossingLog10", () => {
  it("matches the hand-computed crossing", () => {
    // log10 C* = (log10 2 − log10 4) / (−0.2 − (−0.1)) = (−0.30103) / (−0.1) = 3.0103 (C* ≈ 1024).
    expect(crossingLog10(a, b)).toBeCloseTo(3.0103, 4);
    // Exactly: −log10 2 / −0.1 = 10·log10 2 = log10 1024.
    expect(10 ** crossingLog10(a, b)!).toBeCloseTo(1024, 9);
  });
  it("is symmetric in the two groups", () => {
    expect(crossingLog10(b, a)).toBeCloseTo(crossingLog10(a, b)!, 12);
  });
  it("gives both laws the same error at the crossing", () => {
    const x = crossingLog10(a, b)!;
    expect(a.log10A + a.alpha * x).toBeCloseTo(b.log10A + b.alpha * x, 12);
  });
  it("is null for parallel lines", () => {
    expect(crossingLog10(a, { log10A: 1, alpha: -0.1 })).toBeNull();
  });
});

describe("rangePosition", () => {
  it("tells inside both, one or neither range", () => {
    expect(rangePosition(3, [100, 1e4], [500, 1e5])).toBe("both");
    expect(rangePosition(4.5, [100, 1e4], [500, 1e5])).toBe("one");
    expect(rangePosition(6, [100, 1e4], [500, 1e5])).toBe("outside");
  });
});

describe("computeMultiplier", () => {
  it("matches the hand-computed multiplier at C_max = 10^4", () => {
    // E_b = 4·(10^4)^−0.2 = 4·10^−0.8; C_a = (E_b / 2)^(1/−0.1) = (2·10^−0.8)^−10 = 10^8 / 2^10 = 97656.25,
    // so the multiplier is 97656.25 / 10^4 = 9.765625.
    const m = computeMultiplier(a, b, 1e4);
    if (!m.ok) throw new Error(m.reason);
    expect(10 ** m.log10Ca).toBeCloseTo(97656.25, 6);
    expect(m.multiplier).toBeCloseTo(9.765625, 9);
  });
  it("is 1 at the crossing point and below 1 before it", () => {
    const x = crossingLog10(a, b)!;
    const at = computeMultiplier(a, b, 10 ** x);
    const before = computeMultiplier(a, b, 10);
    if (!at.ok || !before.ok) throw new Error("expected multipliers");
    expect(at.multiplier).toBeCloseTo(1, 9);
    // At C = 10, E_b = 4·10^−0.2 ≈ 2.52 > E_a = 2·10^−0.1 ≈ 1.59: a is already better, so it needs less compute.
    expect(before.multiplier).toBeLessThan(1);
  });
  it("has no multiplier when a's error does not fall with compute", () => {
    expect(computeMultiplier({ log10A: 0, alpha: 0 }, b, 1e4).ok).toBe(false);
    expect(computeMultiplier({ log10A: 0, alpha: 0.05 }, b, 1e4).ok).toBe(false);
    expect(computeMultiplier(a, b, 0).ok).toBe(false);
  });
});
