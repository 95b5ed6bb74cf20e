import { describe, expect, it } from "vitest";
import { row } from "../../tests/support/explore-rows";
import { toPlotPoints, xValue, yFraction } from "./points";

describe("toPlotPoints", () => {
  it("plots the error 1 − metric in percent against total compute", () => {
    const { points, nonPositive, missing } = toPlotPoints([row({ model: "a", totalGmacs: 2e10, values: { acc1: 0.75 } })], "compute", "error", "acc1");
    expect(nonPositive).toBe(0);
    expect(missing).toBe(0);
    expect(points).toHaveLength(1);
    expect(points[0]!.x).toBe(2e10);
    expect(points[0]!.y).toBeCloseTo(25, 12);
    expect(points[0]!.compute).toBe(2e10);
  });

  it("excludes an error of 0 (top-5 accuracy of 1) and counts it instead of blanking the chart", () => {
    const rows = [row({ model: "a", values: { acc5: 1 } }), row({ model: "b", values: { acc5: 0.9 } })];
    const r = toPlotPoints(rows, "compute", "error", "acc5");
    expect(r.points.map((p) => p.model)).toEqual(["b"]);
    expect(r.points[0]!.y).toBeCloseTo(10, 12);
    expect(r.nonPositive).toBe(1);
  });

  it("keeps a raw metric of 1 (100%) but drops a metric of 0 and counts missing values apart", () => {
    const rows = [row({ model: "a", values: { acc5: 1 } }), row({ model: "b", values: { acc5: 0 } }), row({ model: "c", values: { acc5: null } })];
    const r = toPlotPoints(rows, "compute", "acc5", "acc1");
    expect(r.points.map((p) => [p.model, p.y])).toEqual([["a", 100]]);
    expect(r.nonPositive).toBe(1);
    expect(r.missing).toBe(1);
  });

  it("reads each x axis from its own column; a missing parameter count is missing, not zero", () => {
    const r = row({ samplesSeen: 3e9, gmacsPerSample: 7.4, totalGmacs: 2.22e10, mparams: null });
    expect(xValue(r, "samples")).toBe(3e9);
    expect(xValue(r, "gmacs")).toBe(7.4);
    expect(xValue(r, "params")).toBeNull();
    expect(toPlotPoints([r], "params", "error", "acc1").missing).toBe(1);
    expect(yFraction(r, "error", "acc5")).toBeNull();
  });
});
