import { describe, expect, it } from "vitest";
import { modelResults, type TaskScore } from "./results";

const s = (model: string, task: string, value: number | null): TaskScore => ({ model, task, metric: "acc1", value, error: value === null ? null : 1 - value });

const scores = [
  s("a", "imagenet1k", 0.6), s("b", "imagenet1k", 0.7), s("c", "imagenet1k", 0.6),
  s("a", "cars", 0.9), s("b", "cars", 0.9), s("c", "cars", 0.9),
  s("a", "vtab/dtd", null), s("b", "vtab/dtd", 0.4), s("c", "vtab/dtd", 0.3),
  s("b", "flickr30k", 0.8),
];

describe("modelResults", () => {
  const groups = modelResults("a", scores);
  it("groups the model's tasks by category in the fixed category order", () => {
    expect(groups.map((g) => g.category)).toEqual(["ImageNet & shifts", "VTAB+", "Other"]);
    expect(groups.flatMap((g) => g.rows).map((r) => r.task)).toEqual(["imagenet1k", "vtab/dtd", "cars"]);
  });
  it("ranks among all models with ties sharing a rank", () => {
    const imagenet = groups[0]!.rows[0]!;
    expect([imagenet.rank, imagenet.of]).toEqual([2, 3]); // b 0.7 is better; a and c tie at 0.6
    const cars = groups[2]!.rows[0]!;
    expect([cars.rank, cars.of]).toEqual([1, 3]);
  });
  it("has no rank for a missing value, and counts only models with a value", () => {
    const dtd = groups[1]!.rows[0]!;
    expect([dtd.rank, dtd.of]).toEqual([null, 2]);
  });
  it("carries the metric label and error", () => {
    expect(groups[0]!.rows[0]!.metricLabel).toBe("Top-1 accuracy");
    expect(groups[0]!.rows[0]!.error).toBeCloseTo(0.4, 12);
  });
});
