import { describe, expect, it } from "vitest";
import { row } from "../../tests/support/explore-rows";
import { filterSlice, isNarrowed, slicePoints, toggleValue } from "./slice";

const ALL = ["ViT-B-32", "ViT-B-16", "ViT-L-14"];

describe("toggleValue", () => {
  it("unchecking from 'all' (empty list) keeps the others, in display order", () => {
    expect(toggleValue([], ALL, "ViT-B-16", false)).toEqual(["ViT-B-32", "ViT-L-14"]);
  });
  it("checking the last missing value collapses back to 'all' (empty list)", () => {
    expect(toggleValue(["ViT-L-14", "ViT-B-32"], ALL, "ViT-B-16", true)).toEqual([]);
  });
  it("adds in display order, not click order", () => {
    expect(toggleValue(["ViT-L-14"], ALL, "ViT-B-32", true)).toEqual(["ViT-B-32", "ViT-L-14"]);
  });
});

describe("filterSlice", () => {
  const rows = [
    row({ model: "a", arch: "ViT-B-32", upstream: "LAION-2B", samplesSeenPretty: "34B" }),
    row({ model: "b", arch: "ViT-L-14", upstream: "CLIP-WIT", samplesSeenPretty: "13B" }),
    row({ model: "c", arch: "ViT-L-14", upstream: "LAION-2B", samplesSeenPretty: "13B" }),
  ];
  it("keeps everything with no filter, and ANDs the filters", () => {
    expect(filterSlice(rows, { arch: [], upstream: [], samples_seen: [] })).toHaveLength(3);
    expect(filterSlice(rows, { arch: ["ViT-L-14"], upstream: ["LAION-2B"], samples_seen: [] }).map((r) => r.model)).toEqual(["c"]);
    expect(filterSlice(rows, { arch: [], upstream: ["CLIP-WIT"], samples_seen: ["34B"] })).toEqual([]);
  });
  it("is narrowed as soon as one filter is set", () => {
    expect(isNarrowed({ arch: [], upstream: [], samples_seen: [] })).toBe(false);
    expect(isNarrowed({ arch: [], upstream: [], samples_seen: ["3B"] })).toBe(true);
  });
});

describe("slicePoints", () => {
  it("fits the rows that have the metric (error = 1 − value) and counts every row's upstream", () => {
    const rows = [
      row({ totalGmacs: 1e10, upstream: "LAION-400M", values: { acc1: 0.25 } }),
      row({ totalGmacs: 2e10, upstream: "LAION-2B", values: { acc1: null } }),
      row({ totalGmacs: 4e10, upstream: "OpenAI", values: { acc1: 0.75 } }),
    ];
    expect(slicePoints(rows, "acc1")).toEqual({ compute: [1e10, 4e10], error: [0.75, 0.25], upstreams: ["LAION-400M", "LAION-2B", "OpenAI"] });
  });
});
