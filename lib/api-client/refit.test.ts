import { describe, expect, it } from "vitest";
import { refitQuery } from "./refit";
import { refitResponseSchema } from "./explore-schemas";

const row = {
  task: "imagenet1k", metric: "acc1", group: "slice", method: "binned-min", status: "ok", reason: null, n: 20, slope: -0.1, slope_ci: [-0.12, -0.08],
  coefficient: 5, coefficient_ci: [4, 6], log10_coefficient: 0.69897, r2: 0.9, x_min: 1e10, x_max: 1e12, bootstrap_resamples: 1000, bootstrap_used: 1000, bootstrap_seed: 20230101,
  e_inf: null, e_inf_ci: null, n_fit: 5, loss: null, converged: null, ci_reason: null,
};

describe("refit client", () => {
  it("writes the slice as /api/v1/fit parameters, omitting empty filters", () => {
    expect(refitQuery({ task: "mscoco_captions", metric: "text_retrieval_recall@5", method: "ols", arch: ["ViT-B-32", "ViT-B-16"], upstream: [], samples_seen: ["3B"] }))
      .toBe("task=mscoco_captions&metric=text_retrieval_recall%405&method=ols&arch=ViT-B-32%2CViT-B-16&samples_seen=3B");
  });
  it("accepts the API's shape and rejects a response without exactly one fit", () => {
    expect(refitResponseSchema.safeParse({ rows: [row], meta: { refit: { n_rows: 20 }, extra: 1 } }).success).toBe(true);
    expect(refitResponseSchema.safeParse({ rows: [], meta: { refit: { n_rows: 0 } } }).success).toBe(false);
    expect(refitResponseSchema.safeParse({ rows: [{ ...row, slope: "−0.1" }], meta: { refit: { n_rows: 20 } } }).success).toBe(false);
  });
});
