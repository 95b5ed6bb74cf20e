import { describe, expect, it } from "vitest";
import { facetsOf, unknownFilterValues } from "./facets";

const r = (arch: string, upstream: string, samplesSeenPretty: string, samplesSeen: number) => ({ arch, upstream, samplesSeenPretty, samplesSeen });

describe("facets", () => {
  const facets = facetsOf([
    r("ViT-g-14", "LAION-2B", "13B", 12.2e9), r("ViT-B-32", "CLIP-WIT", "13B", 12.8e9), r("ViT-B-16", "LAION-80M", "34B", 34.2e9),
    r("ViT-B-32", "LAION-400M", "3B", 2.4e9),
  ]);
  it("lists distinct values in size order", () => {
    expect(facets).toEqual({ arch: ["ViT-B-32", "ViT-B-16", "ViT-g-14"], upstream: ["LAION-80M", "LAION-400M", "LAION-2B", "CLIP-WIT"], samples_seen: ["3B", "13B", "34B"] });
  });
  it("names the parameter of each unknown value", () => {
    expect(unknownFilterValues({ arch: ["ViT-X"], upstream: ["LAION-2B"], samples_seen: ["9B"] }, facets).map((e) => e.param)).toEqual(["arch", "samples_seen"]);
    expect(unknownFilterValues({ arch: ["ViT-B-16"], upstream: [], samples_seen: [] }, facets)).toEqual([]);
  });
});
