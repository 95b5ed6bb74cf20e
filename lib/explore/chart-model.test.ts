import { describe, expect, it } from "vitest";
import { buildChartModel } from "./chart-model";
import { fit, row } from "../../tests/support/explore-rows";

// Two points: errors 40% at 10^2 GMACs and 10% at 10^4; a law E = 10·C^−0.5 fitted on [100, 10^4].
const rows = [row({ model: "a", totalGmacs: 100, values: { acc1: 0.6 } }), row({ model: "b", totalGmacs: 1e4, values: { acc1: 0.9 } })];

describe("buildChartModel", () => {
  it("draws fits for error vs compute, with the first fit used for residuals", () => {
    const m = buildChartModel(rows, "compute", "error", "acc1", [fit({ group: "LAION" }), fit({ group: "slice" })]);
    expect(m.points.map((p) => p.y.toFixed(6))).toEqual(["40.000000", "10.000000"]);
    expect(m.xAxis.domain).toEqual([100, 10000]);
    expect(m.lines.map((l) => l.key)).toEqual(["LAION-binned-min-acc1", "slice-binned-min-acc1"]);
    expect(m.lines[0]!.segments).toHaveLength(1); // data span the whole domain: no extrapolation
    expect(m.lines[1]!.label.startsWith("Refit of this slice (binned-min): E = 10·C^−0.500")).toBe(true);
    expect(m.residualFit).toMatchObject({ A: 10, alpha: -0.5, label: "OpenCLIP (LAION, pooled) (binned-min)" });
    // y domain covers points (10…40) and the solid line (10…100): 9.52 → 9, 105 → 100 (percent cap)
    expect(m.yAxis.domain).toEqual([9, 100]);
    expect(m.fitsHidden).toBeNull();
  });

  it("hides fits on other axes and says why", () => {
    const m = buildChartModel(rows, "samples", "error", "acc1", [fit()]);
    expect(m.lines).toEqual([]);
    expect(m.residualFit).toBeNull();
    expect(m.fitsHidden).toMatch(/only for error vs total compute/);
  });

  it("skips fits that failed and counts points it cannot draw", () => {
    const m = buildChartModel([...rows, row({ model: "c", values: { acc1: 1 } })], "compute", "error", "acc1", [fit({ status: "no_fit", slope: null, coefficient: null })]);
    expect(m.lines).toEqual([]);
    expect(m.points).toHaveLength(2);
    expect(m.nonPositive).toBe(1);
  });
});
