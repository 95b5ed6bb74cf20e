import { describe, expect, it } from "vitest";
import type { EvalApiRow } from "../api/rows";
import { fit, row } from "../../tests/support/explore-rows";
import { exploreDataByTask, mparamsByArch } from "./from-api";

const api = (p: Partial<EvalApiRow>): EvalApiRow => ({
  model: "m", model_name: "m.pt", arch: "ViT-B-32", upstream: "LAION-2B", samples_seen: 3e9, samples_seen_pretty: "3B", gmacs_per_sample: 4.4,
  total_gmacs: 1.32e10, task: "cars", task_type: "zeroshot_classification", acc1: 0.5, acc5: 0.8, mean_per_class_recall: 0.49,
  "image_retrieval_recall@5": null, "text_retrieval_recall@5": null, mean_average_precision: null, metric: "acc1", error: 0.5, source_line: 2, ...p,
});

describe("exploreDataByTask", () => {
  it("groups API rows by task, sorted by compute then model, with parameters per architecture", () => {
    const mparams = mparamsByArch([row({ arch: "ViT-B-32", mparams: 151.28 }), row({ arch: "ViT-L-14", mparams: null })]);
    expect(mparams).toEqual({ "ViT-B-32": 151.28 });
    const by = exploreDataByTask(
      [api({ model: "b", total_gmacs: 2e10 }), api({ model: "a", total_gmacs: 2e10 }), api({ model: "c", total_gmacs: 1e10, arch: "ViT-L-14" }), api({ task: "mnist" })],
      [fit({ task: "cars" }), fit({ task: "mnist", group: "CLIP-WIT" })],
      mparams,
    );
    expect([...by.keys()]).toEqual(["cars", "mnist"]);
    const cars = by.get("cars")!;
    expect(cars.rows.map((r) => r.model)).toEqual(["c", "a", "b"]);
    expect(cars.rows[0]!.mparams).toBeNull(); // ViT-L-14 unknown here
    expect(cars.rows[1]).toMatchObject({ arch: "ViT-B-32", mparams: 151.28, samplesSeenPretty: "3B", totalGmacs: 2e10, values: { acc1: 0.5, acc5: 0.8, mean_per_class_recall: 0.49 } });
    expect(by.get("mnist")!.fits.map((f) => f.group)).toEqual(["CLIP-WIT"]);
  });
});
