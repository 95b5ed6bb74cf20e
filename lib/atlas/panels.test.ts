import { describe, expect, it } from "vitest";
import { buildAtlasPanels, shownPanels, type AtlasStoredFit } from "./panels";

const ev = (task: string, compute: number, error: number | null, upstream = "LAION-2B") => ({ task, compute, error, arch: "ViT-B-32", upstream, model: `${upstream}-${compute}` });
const fit = (p: Partial<AtlasStoredFit>): AtlasStoredFit => ({
  task: "cars", metric: "acc1", group: "LAION", method: "binned-min", status: "ok", reason: null, n: 8, alpha: -0.2, coefficient: 3, r2: 0.9,
  xMin: 1e9, xMax: 1e11, alphaLo: -0.25, alphaHi: -0.15, bootstrapResamples: 1000, bootstrapUsed: 1000, fittedJson: null, eInf: null, nFit: 5, ...p,
});

describe("buildAtlasPanels", () => {
  it("groups points by task, drops points a log axis cannot draw, and keeps the paper's estimator per group", () => {
    const evals = [ev("cars", 1e9, 0.5), ev("cars", 2e9, null), ev("cars", 4e9, 0), ev("flickr30k", 1e9, 0.3, "OpenAI")];
    const stored = [
      fit({}), fit({ method: "ols", alpha: -0.9 }),
      fit({ group: "CLIP-WIT", method: "ols", alpha: -0.3, nFit: 3 }), fit({ group: "CLIP-WIT", method: "binned-min", alpha: -0.7 }),
      fit({ metric: "acc5", alpha: -0.8 }),
    ];
    const [cars, flickr] = buildAtlasPanels(evals, stored, "paper");
    expect(cars!.points.map((p) => p.compute)).toEqual([1e9]);
    expect(cars!.fits.LAION).toMatchObject({ alpha: -0.2, alphaCi: [-0.25, -0.15], ciReason: null });
    // Three fitted points: below the 5 an interval needs, so no CI and a reason instead.
    expect(cars!.fits["CLIP-WIT"]).toMatchObject({ alpha: -0.3, alphaCi: null });
    expect((cars!.fits["CLIP-WIT"] as { ciReason: string }).ciReason).toBeTruthy();
    // flickr30k's primary metric is image retrieval recall@5: the acc1 fit of another task is not its fit.
    expect(flickr!.metric).toBe("image_retrieval_recall@5");
    expect(flickr!.fits.LAION).toEqual({ reason: "no fit stored" });
  });

  it("uses the named estimator for both groups when the method is not `paper`", () => {
    const stored = [fit({}), fit({ method: "ols", alpha: -0.9 }), fit({ group: "CLIP-WIT", method: "ols", alpha: -0.3 })];
    const [cars] = buildAtlasPanels([ev("cars", 1e9, 0.5)], stored, "ols");
    expect(cars!.fits.LAION).toMatchObject({ alpha: -0.9 });
    expect(cars!.fits["CLIP-WIT"]).toMatchObject({ alpha: -0.3 });
  });
});

describe("shownPanels", () => {
  // cars and flickr30k are "VTAB+"/"Other" and "Retrieval"; imagenet1k is "ImageNet & shifts".
  const evals = [ev("cars", 1e9, 0.5), ev("flickr30k", 1e9, 0.3), ev("imagenet1k", 1e9, 0.4)];
  const stored = [
    fit({ task: "cars", alpha: -0.2 }), fit({ task: "cars", group: "CLIP-WIT", method: "ols", alpha: -0.5 }),
    fit({ task: "flickr30k", metric: "image_retrieval_recall@5", alpha: -0.4 }), fit({ task: "flickr30k", metric: "image_retrieval_recall@5", group: "CLIP-WIT", method: "ols", alpha: -0.3 }),
    fit({ task: "imagenet1k", alpha: -0.3 }),
  ];
  const panels = buildAtlasPanels(evals, stored, "paper");
  it("sorts by Δα = α_CLIP-WIT − α_LAION (−0.3 for cars, +0.1 for flickr30k), panels without it last", () => {
    const shown = shownPanels(panels, { category: "", sort: "delta", dir: "asc" });
    expect(shown.map((p) => p.task)).toEqual(["cars", "flickr30k", "imagenet1k"]);
    expect(shown[0]!.delta).toBeCloseTo(-0.3, 12);
    expect(shownPanels(panels, { category: "", sort: "alpha", dir: "desc" }).map((p) => p.task)).toEqual(["cars", "imagenet1k", "flickr30k"]);
  });
  it("keeps only the state's category", () => {
    expect(shownPanels(panels, { category: "retrieval", sort: "task", dir: "asc" }).map((p) => p.task)).toEqual(["flickr30k"]);
  });
});
