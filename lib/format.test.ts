import { describe, expect, it } from "vitest";
import { formatAlpha, formatAlphaCi, formatCoef, formatCoefCi, formatCount, formatFixed, formatLaw, formatNum, formatPct, formatPercent, formatSci, formatSigned, formatTick } from "./format";

describe("formatSci", () => {
  it("writes mid-range values in plain notation (toPrecision would give 1.0e+2)", () => {
    expect(formatSci(100, 2)).toBe("100");
    expect(formatSci(1490, 3)).toBe("1490");
    expect(formatSci(0.05, 2)).toBe("0.05");
  });
  it("writes large values as mantissa × 10^k", () => {
    expect(formatSci(1.23e12)).toBe("1.23×10¹²");
    expect(formatSci(1e10)).toBe("10¹⁰");
    expect(formatSci(-2.5e-5, 2)).toBe("-2.5×10⁻⁵");
  });
});

describe("other formatters", () => {
  it("formats counts, percentages, laws and log ticks", () => {
    expect(formatCount(12_800_000_000)).toBe("12.8B");
    expect(formatPct(0.23456)).toBe("23.46%");
    expect(formatPct(null)).toBe("–");
    expect(formatLaw(5.858, -0.11139)).toBe("E = 5.86·C^−0.111");
    expect(formatLaw(1_351_000, -0.5)).toBe("E = 1.35×10⁶·C^−0.500");
    expect(formatTick(1e12)).toBe("10¹²");
    expect(formatTick(20)).toBe("20");
  });
});

// The site-wide rule (issue 13): a value that rounds to zero is printed without a sign. Checked on
// a sweep of tiny negatives (and the formatters' edges) against the rounding done by hand here.
describe("never −0.000", () => {
  const NEG_ZERO = /(^|[^\d.])[-−]0(\.0+)?(?![\d.])/;
  const tiny = [-1e-12, -4e-4, -0.00049, -4.9e-5, -0.004, -0.0049, -1e-7, -0];
  it("formatFixed / formatAlpha / formatSigned drop the sign of values that round to zero", () => {
    for (const v of tiny) {
      for (const d of [1, 2, 3]) {
        const expected = Math.abs(v) < 0.5 * 10 ** -d ? (0).toFixed(d) : null;
        if (expected) expect(formatFixed(v, d)).toBe(expected);
        expect(formatFixed(v, d)).not.toMatch(NEG_ZERO);
        expect(formatSigned(v, d)).not.toMatch(NEG_ZERO);
        expect(formatAlpha(v, d)).not.toMatch(NEG_ZERO);
      }
    }
    expect(formatFixed(-0.0004)).toBe("0.000");
    expect(formatFixed(-0.0005001)).toBe("−0.001");
    expect(formatAlpha(-0.11139)).toBe("−0.111");
    expect(formatSigned(0.0123)).toBe("+0.012");
    expect(formatSigned(-0.0001)).toBe("0.000");
  });
  it("intervals and percentages follow the rule (gtsrb's [−0.090, −0.000] reads [−0.090, 0.000])", () => {
    expect(formatAlphaCi([-0.0903, -0.0002])).toBe("[−0.090, 0.000]");
    expect(formatAlphaCi(null)).toBe("–");
    expect(formatAlphaCi(null, 3, "")).toBe("");
    expect(formatPct(-0.000001)).toBe("0.00%");
    expect(formatPercent(-0.001, 1)).toBe("0.0%");
    expect(formatNum(-0.00001, 1)).not.toMatch(NEG_ZERO);
    expect(formatLaw(0.977, -0.0001)).toBe("E = 0.977·C^0.000");
  });
  it("a random sweep never yields a signed zero from any formatter", () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2000; i++) {
      const v = -(rnd() ** 6) * 0.01;
      for (const s of [formatFixed(v), formatSigned(v), formatPct(v), formatPct(v, 1), formatNum(v, 2), formatLaw(1, v), formatAlphaCi([v, -v])]) {
        expect(s).not.toMatch(NEG_ZERO);
      }
    }
  });
});

describe("one number, one spelling", () => {
  it("writes coefficients, intervals and ticks the same way everywhere", () => {
    expect(formatCoef(1490.2)).toBe("1490");
    expect(formatCoef(0.0023)).toBe("2.3×10⁻³");
    expect(formatCoef(1350790)).toBe("1.35×10⁶");
    expect(formatCoefCi([1.35, 80700])).toBe("[1.35, 8.07×10⁴]");
    expect(formatTick(2e9)).toBe("2×10⁹");
    expect(formatTick(1e-3)).toBe("10⁻³");
    expect(formatTick(0.05)).toBe("0.05");
    expect(formatTick(5000)).toBe("5000");
    expect(formatTick(1e4)).toBe("10⁴");
    expect(formatTick(0)).toBe("0");
  });
});
