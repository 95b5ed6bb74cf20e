import { describe, expect, it } from "vitest";
import { FEWER_THAN_TWO_X, olsLine } from "./ols";
import type { LineFit } from "./types";

function ok(fit: ReturnType<typeof olsLine>): LineFit {
  if ("reason" in fit) throw new Error(`expected a line, got: ${fit.reason}`);
  return fit;
}

describe("olsLine", () => {
  it("matches a hand computation on 4 points", () => {
    // x = 1..4, y = 2,3,5,4: x̄ = 2.5, ȳ = 3.5; dx = −1.5,−.5,.5,1.5; dy = −1.5,−.5,1.5,.5
    // Sxx = 5, Sxy = 2.25+.25+.75+.75 = 4 → slope 0.8, intercept 3.5 − 0.8·2.5 = 1.5
    // fitted 2.3,3.1,3.9,4.7; residuals −.3,−.1,1.1,−.7 → SSres 1.8; SStot 5 → R² = 1 − 1.8/5 = 0.64
    const fit = ok(olsLine([1, 2, 3, 4], [2, 3, 5, 4]));
    expect(fit.slope).toBeCloseTo(0.8, 14);
    expect(fit.intercept).toBeCloseTo(1.5, 14);
    expect(fit.r2).toBeCloseTo(0.64, 14);
    expect(fit.points).toEqual([
      { x: 1, y: 2 },
      { x: 2, y: 3 },
      { x: 3, y: 5 },
      { x: 4, y: 4 },
    ]);
  });

  it("stays accurate with a large x offset (centring)", () => {
    // Same data shifted by 1e8: slope 0.8, intercept 1.5 − 0.8·1e8. The uncentred formula
    // n·Σxy − Σx·Σy would lose every digit here (Σx² ≈ 4e16).
    const fit = ok(olsLine([1e8 + 1, 1e8 + 2, 1e8 + 3, 1e8 + 4], [2, 3, 5, 4]));
    expect(fit.slope).toBeCloseTo(0.8, 9);
    expect(fit.intercept).toBeCloseTo(1.5 - 0.8e8, 6);
    expect(fit.r2).toBeCloseTo(0.64, 9);
  });

  it("goes through both points when there are exactly 2", () => {
    // slope = (−0.4 − (−0.1)) / (12 − 10) = −0.15; intercept = −0.1 + 0.15·10 = 1.4
    const fit = ok(olsLine([10, 12], [-0.1, -0.4]));
    expect(fit.slope).toBeCloseTo(-0.15, 14);
    expect(fit.intercept).toBeCloseTo(1.4, 13);
    expect(fit.r2).toBe(1);
  });

  it("handles ties in x (line through the group means)", () => {
    // x = 0,0,1,1; y = −1,−.6,−1.4,−1.2. Group means −0.8 at 0 and −1.3 at 1 → slope −0.5,
    // intercept −0.8. ȳ = −1.05: SStot = .0025+.2025+.1225+.0225 = .35;
    // residuals −.2,.2,−.1,.1 → SSres = .1; R² = 1 − .1/.35 = 5/7
    const fit = ok(olsLine([0, 0, 1, 1], [-1, -0.6, -1.4, -1.2]));
    expect(fit.slope).toBeCloseTo(-0.5, 14);
    expect(fit.intercept).toBeCloseTo(-0.8, 14);
    expect(fit.r2).toBeCloseTo(5 / 7, 14);
  });

  it("gives slope 0 and R² = 1 when all y are equal", () => {
    // 0.1 is not exact in binary; a plain mean (0.1+0.1+0.1)/3 would not be 0.1 and SStot ≠ 0.
    const fit = ok(olsLine([0, 1, 2], [0.1, 0.1, 0.1]));
    expect(fit.slope).toBe(0);
    expect(fit.intercept).toBe(0.1);
    expect(fit.r2).toBe(1);
  });

  it("accepts Float64Array input", () => {
    const fit = ok(olsLine(new Float64Array([1, 2, 3, 4]), new Float64Array([2, 3, 5, 4])));
    expect(fit.slope).toBeCloseTo(0.8, 14);
  });

  it("fails with a reason on degenerate input", () => {
    expect(olsLine([3, 3, 3], [1, 2, 3])).toEqual({ reason: FEWER_THAN_TWO_X });
    expect(olsLine([3], [1])).toEqual({ reason: FEWER_THAN_TWO_X });
    expect(olsLine([], [])).toEqual({ reason: "no observations" });
    expect(olsLine([1, 2], [1])).toHaveProperty("reason");
    expect(olsLine([1, NaN], [1, 2])).toEqual({ reason: "non-finite value at index 1" });
    expect(olsLine([1, 2], [1, Infinity])).toEqual({ reason: "non-finite value at index 1" });
  });
});
