import { describe, expect, it } from "vitest";
import { filterModels, sortModels, type ModelTableRow } from "./table";

const row = (id: string, o: Partial<ModelTableRow>): ModelTableRow => ({
  id, origin: "laion", arch: "ViT-B-32", upstream: "LAION-400M", samplesSeen: 1e9, samplesSeenPretty: "3B", gmacsPerSample: 1, totalGmacs: 1e9,
  lr: 1e-3, warmup: 2000, epochs: 1, globalBatchSize: 1, gpus: 1, samplesPerSec: 1, gpuHours: 1, imagenetTop1: 0.5, ...o,
});

const rows = [
  row("l14", { arch: "ViT-L-14", totalGmacs: 3e12, imagenetTop1: 0.7 }),
  row("b32", { arch: "ViT-B-32", totalGmacs: 1e12, imagenetTop1: 0.6 }),
  row("openai", { arch: "ViT-B-16", upstream: "CLIP-WIT", samplesSeenPretty: "13B", totalGmacs: 2e12, lr: null, gpus: null, imagenetTop1: 0.65 }),
  row("g14", { arch: "ViT-g-14", upstream: "LAION-2B", totalGmacs: 9e12, lr: 5e-4, imagenetTop1: 0.77 }),
];

describe("sortModels", () => {
  it("orders architectures by size, not alphabetically (g/14 last)", () => {
    expect(sortModels(rows, "arch", "asc").map((r) => r.id)).toEqual(["b32", "openai", "l14", "g14"]);
  });
  it("puts the OpenAI model's missing recipe last in both directions, ties by compute", () => {
    expect(sortModels(rows, "lr", "asc").map((r) => r.id)).toEqual(["g14", "b32", "l14", "openai"]);
    expect(sortModels(rows, "lr", "desc").map((r) => r.id)).toEqual(["b32", "l14", "g14", "openai"]);
  });
  it("sorts ImageNet top-1 descending", () => {
    expect(sortModels(rows, "top1", "desc").map((r) => r.id)).toEqual(["g14", "l14", "openai", "b32"]);
  });
});

describe("filterModels", () => {
  it("keeps rows matching every non-empty list, any value within a list", () => {
    expect(filterModels(rows, { arch: ["ViT-B-32", "ViT-B-16"], upstream: [], samples_seen: [] }).map((r) => r.id)).toEqual(["b32", "openai"]);
    expect(filterModels(rows, { arch: ["ViT-B-32", "ViT-B-16"], upstream: [], samples_seen: ["13B"] }).map((r) => r.id)).toEqual(["openai"]);
    expect(filterModels(rows, { arch: [], upstream: [], samples_seen: [] })).toHaveLength(4);
    expect(filterModels(rows, { arch: ["ViT-H-14"], upstream: [], samples_seen: [] })).toHaveLength(0);
  });
});
