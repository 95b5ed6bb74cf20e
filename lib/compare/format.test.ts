import { describe, expect, it } from "vitest";
import { denseLogTicks } from "../chart/log-ticks";
import { formatAlpha, formatAlphaCi, formatCoef, formatFixedSigned, formatMultiplier, formatMultiplierCi, formatP, formatSigSigned } from "../format";

describe("compare formatting", () => {
  it("writes slopes with a true minus sign", () => {
    expect(formatAlpha(-0.11139)).toBe("−0.111");
    expect(formatAlphaCi([-0.137, 0.0087])).toBe("[−0.137, 0.009]");
    expect(formatAlphaCi(null, 3, "")).toBe(""); // compare writes nothing for a missing interval
  });
  it("never writes −0.000: a value that rounds to zero has no sign", () => {
    expect(formatAlpha(-0.0004)).toBe("0.000");
    expect(formatAlpha(-0)).toBe("0.000");
    expect(formatAlphaCi([-0.0902, -0.00001])).toBe("[−0.090, 0.000]");
    expect(formatFixedSigned(-0.00049, 3)).toBe("0.000");
    expect(formatFixedSigned(-0.0005, 3)).toBe("−0.001");
    expect(formatSigSigned(-0.000049, 2)).toBe("−4.9×10⁻⁵");
    expect(formatSigSigned(-0.11143, 2)).toBe("−0.11");
    expect(formatSigSigned(0.0049, 2)).toBe("0.0049");
    for (let i = 0; i < 2000; i++) {
      const v = (i - 1000) * 1e-6;
      for (const s of [formatAlpha(v), formatFixedSigned(v, 2), formatSigSigned(v, 2)]) expect(s).not.toMatch(/^[−-]0(\.0*)?$/);
    }
  });
  it("writes coefficients without exponent notation in 10³–10⁴", () => {
    expect(formatCoef(1490.2)).toBe("1490");
    expect(formatCoef(2.4321)).toBe("2.43");
    expect(formatCoef(1350790)).toBe("1.35×10⁶");
    expect(formatCoef(0.0023)).toBe("2.3×10⁻³");
  });
  it("writes multipliers with two significant digits", () => {
    expect(formatMultiplier(9.765625)).toBe("×9.8");
    expect(formatMultiplier(1.3e8)).toBe("×1.3×10⁸");
    expect(formatMultiplier(0.2549)).toBe("×0.25");
    expect(formatMultiplier(141.3)).toBe("×140");
    expect(formatMultiplier(0.0361)).toBe("×0.036");
    expect(formatMultiplier(0)).toBe("–");
    expect(formatMultiplierCi([-0.0915, 0.3617])).toBe("[×0.81, ×2.3]");
  });
  it("writes p-values, at the bootstrap floor as a bound", () => {
    expect(formatP(2 / 1001, 1000)).toBe("p ≤ 0.002");
    expect(formatP(0.0312, 1000)).toBe("p = 0.031");
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
