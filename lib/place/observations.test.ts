import { describe, expect, it } from "vitest";
import { lawObservations } from "./observations";

const rows = [
  { task: "imagenet1k", upstream: "LAION-2B", totalGmacs: 1e10, values: { acc1: 0.6 } },
  { task: "imagenet1k", upstream: "LAION-400M", totalGmacs: 2e10, values: { acc1: 0.7 } },
  { task: "imagenet1k", upstream: "CLIP-WIT", totalGmacs: 3e10, values: { acc1: 0.75 } },
  { task: "flickr30k", upstream: "LAION-2B", totalGmacs: 1e10, values: { acc1: null, "image_retrieval_recall@5": 0.9 } },
];

describe("lawObservations", () => {
  it("takes the group's rows, the primary metric as error, and resolves the paper's method per group", () => {
    const laion = lawObservations(rows, "LAION", "paper");
    expect(laion.map((t) => [t.task, t.method, t.compute, t.error.map((e) => +e.toFixed(12))])).toEqual([
      ["flickr30k", "binned-min", [1e10], [0.1]],
      ["imagenet1k", "binned-min", [1e10, 2e10], [0.4, 0.3]],
    ]);
    expect(lawObservations(rows, "CLIP-WIT", "paper")[0]).toMatchObject({ method: "ols", compute: [3e10] });
    expect(lawObservations(rows, "LAION-2B", "ols").map((t) => t.task)).toEqual(["flickr30k", "imagenet1k"]);
  });
});
