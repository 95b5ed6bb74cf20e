import { describe, expect, it } from "vitest";
import { formatCount, formatLaw, formatLogTick, formatPct, formatSci } from "./format";

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
    expect(formatLogTick(1e12)).toBe("10¹²");
    expect(formatLogTick(20)).toBe("20");
  });
});
