import { describe, expect, it } from "vitest";
import { buildCurveSeries, groupCurves, type CurveInputRow } from "./curves";

const pt = (model: string, arch: string, epoch: number, top1: number, top5: number | null, o: Partial<CurveInputRow> = {}): CurveInputRow => ({
  model, arch, upstream: "LAION-400M", samples_seen_pretty: "3B", epoch, top1, top5, samples_seen: epoch * 100, steps: epoch * 10, ...o,
});

const rows = [
  pt("big", "ViT-L-14", 2, 0.5, 0.8),
  pt("big", "ViT-L-14", 1, 0.3, 0.6),
  pt("nofive", "ViT-B-32", 1, 0.2, null, { upstream: "LAION-2B" }),
  pt("nofive", "ViT-B-32", 2, 0.25, null, { upstream: "LAION-2B" }),
  pt("small", "ViT-B-32", 1, 0.1, 0.3, { upstream: "LAION-80M" }),
  pt("small", "ViT-B-32", 2, 0.15, null, { upstream: "LAION-80M" }),
];

describe("groupCurves", () => {
  it("makes one columnar curve per model with checkpoints in epoch order", () => {
    const big = groupCurves(rows).find((c) => c.model === "big")!;
    expect(big).toEqual({ model: "big", arch: "ViT-L-14", upstream: "LAION-400M", samplesSeenPretty: "3B", epoch: [1, 2], top1: [0.3, 0.5], top5: [0.6, 0.8], samples: [100, 200], steps: [10, 20], gmacsPerSample: null });
    expect(groupCurves(rows)).toHaveLength(3);
  });
});

describe("buildCurveSeries", () => {
  it("makes one series per model, ordered by architecture then dataset, points sorted by x", () => {
    const s = buildCurveSeries(groupCurves(rows), "epoch", "top1");
    expect(s.map((x) => x.model)).toEqual(["small", "nofive", "big"]);
    expect(s[2]!.points.map((p) => [p.x, p.y])).toEqual([[1, 0.3], [2, 0.5]]);
  });
  it("uses samples seen or steps as x", () => {
    expect(buildCurveSeries(groupCurves(rows), "samples", "top1")[2]!.points.map((p) => p.x)).toEqual([100, 200]);
    expect(buildCurveSeries(groupCurves(rows), "steps", "top1")[2]!.points.map((p) => p.x)).toEqual([10, 20]);
  });
  it("falls back to top-1 for a model without any top-5 and says so", () => {
    const s = buildCurveSeries(groupCurves(rows), "epoch", "top5");
    const nofive = s.find((x) => x.model === "nofive")!;
    expect(nofive.shown).toBe("top1");
    expect(nofive.missingTop5).toBe(2);
    expect(nofive.points.map((p) => p.y)).toEqual([0.2, 0.25]);
    expect(s.find((x) => x.model === "big")!.points.map((p) => p.y)).toEqual([0.6, 0.8]);
  });
  it("drops only the checkpoints without top-5 of a model that has some", () => {
    const small = buildCurveSeries(groupCurves(rows), "epoch", "top5").find((x) => x.model === "small")!;
    expect(small.shown).toBe("top5");
    expect(small.missingTop5).toBe(1);
    expect(small.points.map((p) => [p.epoch, p.y])).toEqual([[1, 0.3]]);
  });
  it("uses compute so far (samples seen × GMACs per sample) as x, skipping models without GMACs", () => {
    const withGmacs = rows.map((r) => ({ ...r, gmacs_per_sample: r.model === "big" ? 2.5 : null }));
    const s = buildCurveSeries(groupCurves(withGmacs), "compute", "top1");
    expect(s.find((x) => x.model === "big")!.points.map((p) => p.x)).toEqual([250, 500]);
    expect(s.find((x) => x.model === "small")!.points).toEqual([]);
  });
  it("marks collapsed checkpoints on the points", () => {
    const crash = [pt("c", "ViT-B-32", 1, 0.3, null), pt("c", "ViT-B-32", 2, 0.004, null), pt("c", "ViT-B-32", 3, 0.35, null)];
    expect(buildCurveSeries(groupCurves(crash), "epoch", "top1")[0]!.points.map((p) => p.collapsed)).toEqual([false, true, false]);
  });
  it("returns no series for no rows", () => {
    expect(buildCurveSeries([], "epoch", "top1")).toEqual([]);
  });
});
