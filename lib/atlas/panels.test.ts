import { describe, expect, it } from "vitest";
import { buildAtlasPanels, type AtlasStoredFit } from "./panels";

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
