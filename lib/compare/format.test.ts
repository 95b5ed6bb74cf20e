import { describe, expect, it } from "vitest";
import { denseLogTicks } from "../chart/log-ticks";
import { formatAlpha, formatAlphaCi, formatCoef, formatMultiplier } from "./format";

describe("compare formatting", () => {
  it("writes slopes with a true minus sign", () => {
    expect(formatAlpha(-0.11139)).toBe("−0.111");
    expect(formatAlphaCi([-0.137, 0.0087])).toBe("[−0.137, 0.009]");
    expect(formatAlphaCi(null)).toBe("");
  });
  it("writes coefficients without exponent notation in 10³–10⁴", () => {
    expect(formatCoef(1490.2)).toBe("1490");
    expect(formatCoef(2.4321)).toBe("2.43");
    expect(formatCoef(1350790)).toBe("1.35×10⁶");
    expect(formatCoef(0.0023)).toBe("2.3×10⁻³");
  });
  it("writes multipliers", () => {
    expect(formatMultiplier(9.765625)).toBe("×9.77");
    expect(formatMultiplier(3.1e5)).toBe("×3.1×10⁵");
    expect(formatMultiplier(0)).toBe("–");
  });
});

// denseLogTicks lives in lib/chart but was added for this view's axes; tested here with its users.
describe("denseLogTicks", () => {
  it("uses the coarsest tick set that gives at least three ticks", () => {
    expect(denseLogTicks(1e9, 1e13)).toEqual([1e9, 1e10, 1e11, 1e12, 1e13]);
    expect(denseLogTicks(5, 500)).toEqual([5, 10, 20, 50, 100, 200, 500]);
    expect(denseLogTicks(20, 50)).toEqual([20, 30, 50]);
    expect(denseLogTicks(20, 50, 2)).toEqual([20, 50]);
    expect(denseLogTicks(50, 100, 4)).toEqual([50, 70, 100]);
  });
});
