import { describe, expect, it } from "vitest";
import { binEdges, binnedMinLine, digitize } from "./binned-min";
import type { LineFit } from "./types";

function ok(fit: ReturnType<typeof binnedMinLine>): LineFit {
  if ("reason" in fit) throw new Error(`expected a line, got: ${fit.reason}`);
  return fit;
}

describe("binEdges / digitize (numpy semantics)", () => {
  it("matches numpy.histogram edges bit for bit", () => {
    // np.histogram([0], range=(0, 2.0), bins=5)[1] → [0.0, 0.4, 0.8, 1.2000000000000002, 1.6, 2.0]
    // (linspace computes 3·0.4 + 0, not 0 + 3·2/5 = 1.2).
    expect(binEdges(0, 2, 5)).toEqual([0, 0.4, 0.8, 1.2000000000000002, 1.6, 2]);
    // np.histogram([0.1], range=(0.1, 0.7), bins=5)[1]
    expect(binEdges(0.1, 0.7, 5)).toEqual([
      0.1, 0.22, 0.33999999999999997, 0.45999999999999996, 0.58, 0.7,
    ]);
  });

  it("assigns bins like numpy.digitize (left-closed, right-open)", () => {
    // np.digitize([1.2, 0.0, 0.4, 1.99, 2.0], edges) → [3, 1, 2, 5, 6]
    const edges = binEdges(0, 2, 5);
    expect([1.2, 0, 0.4, 1.99, 2].map((x) => digitize(x, edges))).toEqual([3, 1, 2, 5, 6]);
  });
});

describe("binnedMinLine", () => {
  it("fits the bin minima at the bin centres, skipping empty bins", () => {
    // x = 0, 0.1, 0.5, 1.9 → range [0, 2.0], edges 0, .4, .8, 1.2, 1.6, 2.0.
    // Bin 1 holds x = 0, 0.1 (min y −1.2), bin 2 holds 0.5 (−1.3), bins 3–4 empty, bin 5 holds 1.9 (−1.9).
    // OLS on (0.2, −1.2), (0.6, −1.3), (1.8, −1.9): x̄ = 13/15, ȳ = −22/15;
    // dx = (−20, −8, 28)/30, dy = (8, 5, −13)/30 → Sxx = 1248/900, Sxy = −564/900, Syy = 258/900.
    // slope = −564/1248 = −47/104; intercept = −22/15 + (47/104)(13/15) = −43/40 = −1.075;
    // R² = slope·Sxy/Syy = 47·564/(104·258) = 2209/2236.
    const fit = ok(binnedMinLine([0, 0.1, 0.5, 1.9], [-1, -1.2, -1.3, -1.9]));
    expect(fit.slope).toBeCloseTo(-47 / 104, 13);
    expect(fit.intercept).toBeCloseTo(-1.075, 13);
    expect(fit.r2).toBeCloseTo(2209 / 2236, 13);
    expect(fit.points.map((p) => p.x)).toEqual([0.2, 0.6, 1.8].map((x) => expect.closeTo(x, 14)));
    expect(fit.points.map((p) => p.y)).toEqual([-1.2, -1.3, -1.9]);
  });

  it("uses numpy's edges when a point sits on a rounded edge", () => {
    // x = 0, 1.2, 1.9: range (0, 2.0). numpy's third inner edge is 1.2000000000000002, so x = 1.2
    // is in bin 3 (centre 1.0), not bin 4 (centre 1.4). Points (0.2, −1), (1.0, −1.5), (1.8, −2) are
    // collinear: slope −1/1.6 = −0.625, intercept −1 + 0.625·0.2 = −0.875.
    // (numpy reference: binned_fit → (−0.6250000000000003, −0.8749999999999999))
    const fit = ok(binnedMinLine([0, 1.2, 1.9], [-1, -1.5, -2]));
    expect(fit.slope).toBeCloseTo(-0.625, 13);
    expect(fit.intercept).toBeCloseTo(-0.875, 13);
  });

  it("handles ties in x: the minimum of the tied points counts", () => {
    // x = 0,0,1,1 → range [0, 1.1], edges step 0.22; x = 0 in bin 1 (centre 0.11, min −1),
    // x = 1 in bin 5 [0.88, 1.1) (centre 0.99, min −1.4).
    // slope = −0.4/0.88 = −5/11; intercept = −1 + (5/11)·0.11 = −0.95.
    const fit = ok(binnedMinLine([0, 0, 1, 1], [-1, -0.6, -1.4, -1.2]));
    expect(fit.slope).toBeCloseTo(-5 / 11, 13);
    expect(fit.intercept).toBeCloseTo(-0.95, 13);
    expect(fit.r2).toBe(1);
  });

  it("with exactly 2 points uses the first and last bin centres", () => {
    // x = 10, 12 → range [10, 12.1], step 0.42: centres 10.21 and 11.89.
    // slope = (−0.4 − (−0.1))/1.68; intercept = −0.1 − slope·10.21.
    const slope = -0.3 / 1.68;
    const fit = ok(binnedMinLine([10, 12], [-0.1, -0.4]));
    expect(fit.slope).toBeCloseTo(slope, 12);
    expect(fit.intercept).toBeCloseTo(-0.1 - slope * 10.21, 12);
  });

  it("fails when all points land in one bin", () => {
    // Range [0, 0.101], step 0.0202: x = 0.001 is still in bin 1 (the absolute eps dominates).
    expect(binnedMinLine([0, 0.001], [-1, -2])).toEqual({
      reason: "fewer than 2 non-empty compute bins (1 of 5)",
    });
    expect(binnedMinLine([5, 5, 5], [-1, -2, -3])).toEqual({
      reason: "fewer than 2 non-empty compute bins (1 of 5)",
    });
    expect(binnedMinLine([5], [-1])).toHaveProperty("reason");
    expect(binnedMinLine([], [])).toEqual({ reason: "no observations" });
  });

  it("fails on non-finite input and rejects bad parameters", () => {
    expect(binnedMinLine([0, NaN], [-1, -2])).toEqual({ reason: "non-finite value at index 1" });
    expect(binnedMinLine([0, 1], [-1, NaN])).toEqual({ reason: "non-finite value at index 1" });
    expect(() => binnedMinLine([0, 1], [-1, -2], 0)).toThrow(RangeError);
    expect(() => binnedMinLine([0, 1], [-1, -2], 5, 0)).toThrow(RangeError);
  });

  it("honours nbins and eps", () => {
    // nbins 2, eps 1: x = 0, 1, 2 → range [0, 3], edges 0, 1.5, 3; bin 1 has x = 0, 1 (min −2),
    // bin 2 has x = 2 (−3); centres 0.75, 2.25 → slope −1/1.5, intercept −2 + 0.75/1.5 = −1.5.
    const fit = ok(binnedMinLine([0, 1, 2], [-1, -2, -3], 2, 1));
    expect(fit.slope).toBeCloseTo(-2 / 3, 14);
    expect(fit.intercept).toBeCloseTo(-1.5, 14);
  });
});
