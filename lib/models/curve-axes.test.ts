import { describe, expect, it } from "vitest";
import type { CurveSeries } from "./curves";
import { curveXAxis, curveYAxis } from "./curve-axes";

const series = (xs: number[], ys: number[]): CurveSeries[] => [{
  model: "m", arch: "ViT-B-32", upstream: "LAION-400M", samplesSeenPretty: "3B", shown: "top1", missingTop5: 0,
  points: xs.map((x, i) => ({ x, y: ys[i]!, epoch: i + 1, samples: x, steps: x, top1: ys[i]!, top5: null })),
}];

describe("curve axes", () => {
  it("epochs: linear from 0 to the last epoch, ticks every 1, 2 or 5 × 10^k", () => {
    expect(curveXAxis(series([1, 428], [0.1, 0.2]), "epoch")).toEqual({ scale: "linear", domain: [0, 428], ticks: [0, 100, 200, 300, 400] });
    expect(curveXAxis(series([1, 6], [0.1, 0.2]), "epoch").ticks).toEqual([0, 2, 4, 6]);
  });
  it("samples seen: a padded log domain with 1 and 3 × 10^k ticks", () => {
    // 8e7/1.05 snaps down to 5e7; 3.47e10·1.05 snaps up to 5e10
    expect(curveXAxis(series([8e7, 3.47e10], [0.1, 0.2]), "samples")).toEqual({
      scale: "log", domain: [5e7, 5e10], ticks: [1e8, 3e8, 1e9, 3e9, 1e10, 3e10],
    });
  });
  it("y: 0 to the next 10% above the best value", () => {
    expect(curveYAxis(series([1, 2], [0.1, 0.78]))).toEqual({ scale: "linear", domain: [0, 0.8], ticks: [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8] });
    expect(curveYAxis(series([1, 2], [0.1, 0.7])).domain).toEqual([0, 0.7]);
  });
});
