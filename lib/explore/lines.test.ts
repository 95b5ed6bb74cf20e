import { describe, expect, it } from "vitest";
import { fitSegments } from "./lines";

// E = 10·C^−0.5: E(10) = 3.1623, E(100) = 1, E(10^4) = 0.1, E(10^5) = 0.031623 (×100 for percent).
const law = { A: 10, alpha: -0.5, xMin: 100, xMax: 1e4 };

describe("fitSegments", () => {
  it("is solid over the fitted compute range and dashed out to the chart's domain", () => {
    const s = fitSegments(law, [10, 1e5]);
    expect(s.map((x) => [x.x1, x.x2, x.dashed])).toEqual([[10, 100, true], [100, 1e4, false], [1e4, 1e5, true]]);
    expect(s[0]!.y1).toBeCloseTo(316.228, 3);
    expect(s[0]!.y2).toBeCloseTo(100, 9);
    expect(s[1]!.y2).toBeCloseTo(10, 9);
    expect(s[2]!.y2).toBeCloseTo(3.16228, 5);
  });

  it("has no dashed piece when the data spans the whole domain (clipped to it)", () => {
    const s = fitSegments({ ...law, xMin: 1, xMax: 1e6 }, [10, 1e5]);
    expect(s).toEqual([{ x1: 10, y1: expect.closeTo(316.228, 3), x2: 1e5, y2: expect.closeTo(3.16228, 5), dashed: false }]);
  });

  it("is all dashed when the fitted range lies outside the domain, and empty for a bad domain", () => {
    expect(fitSegments({ ...law, xMin: 1e6, xMax: 1e7 }, [10, 1e5]).map((x) => x.dashed)).toEqual([true]);
    expect(fitSegments(law, [0, 1e5])).toEqual([]);
    expect(fitSegments(law, [1e5, 10])).toEqual([]);
  });

  it("uses the y scale given (fractions when 1)", () => {
    expect(fitSegments(law, [100, 1e4], 1)[0]!.y1).toBeCloseTo(1, 12);
  });
});

describe("fitSegments for a saturating law", () => {
  it("draws the curve E∞ + A·C^α through 48 log-spaced chords per piece, every end on the curve", () => {
    const law = { A: 50, alpha: -0.2, eInf: 0.1, xMin: 1e9, xMax: 1e12 };
    const s = fitSegments(law, [1e8, 1e13]);
    expect(s.filter((p) => !p.dashed)).toHaveLength(48);
    expect(s).toHaveLength(3 * 48);
    for (const p of s) {
      expect(p.y1).toBeCloseTo(100 * (0.1 + 50 * p.x1 ** -0.2), 10);
      expect(p.y2).toBeCloseTo(100 * (0.1 + 50 * p.x2 ** -0.2), 10);
    }
    expect(s[0]!.x1).toBe(1e8);
    expect(s.at(-1)!.x2).toBe(1e13);
  });
});
