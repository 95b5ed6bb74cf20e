import { describe, expect, it } from "vitest";
import { collapsedIndices } from "./collapse";

describe("collapsedIndices", () => {
  it("flags checkpoints that fall below half the best earlier top-1 (hand-made runs)", () => {
    expect(collapsedIndices([0.1, 0.3, 0.5, 0.001, 0.52, 0.6])).toEqual([3]);
    expect(collapsedIndices([0.1, 0.3, 0.29, 0.31])).toEqual([]);
    // Two bad checkpoints in a row are both flagged; a slow start is not a collapse.
    expect(collapsedIndices([0.01, 0.02, 0.6, 0.2, 0.1, 0.61])).toEqual([3, 4]);
    expect(collapsedIndices([0.001, 0.04, 0.001])).toEqual([]);
    expect(collapsedIndices([])).toEqual([]);
  });
});
