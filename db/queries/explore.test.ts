import { describe, expect, it } from "vitest";
import { createDb, migrateDb } from "../client";
import { insertRows } from "../mutations/insert-rows";
import { architectures, evaluations, fits, type NewArchitecture, type NewEvaluation } from "../schema";
import { toExploreRow } from "../../lib/explore/rows";
import { getExploreFits, getTaskEvaluations, taskMetricsOf } from "./explore";

const arch = (name: string, mparams: number): NewArchitecture => ({
  name, imageSize: 224, imageWidth: 768, textWidth: 512, embedDim: 512, gmacs: 4.4, macts: 5, mparams,
  imageGmacs: 4, imageMacts: 4, imageMparams: 88, textGmacs: 0.4, textMacts: 1, textMparams: 63, sourceLine: 2,
});
const ev = (p: Partial<NewEvaluation>): NewEvaluation => ({
  modelId: "m1", task: "cars", taskType: "zeroshot_classification", arch: "ViT-B-32", upstream: "LAION-2B", samplesSeen: 3e9, samplesSeenPretty: "3B",
  gmacsPerSample: 4.4, totalGmacs: 1.32e10, acc1: 0.5, acc5: 0.8, metric: "acc1", error: 0.5, sourceLine: 2, ...p,
});

function seeded() {
  const db = createDb(":memory:");
  migrateDb(db);
  insertRows(db, architectures, [arch("ViT-B-32", 151.28)]);
  insertRows(db, evaluations, [
    ev({ modelId: "m2", totalGmacs: 5e10 }),
    ev({ modelId: "m1" }),
    ev({ modelId: "m3", arch: "ViT-X-1" }), // architecture missing from arch_info
    ev({ modelId: "m1", task: "flickr30k", taskType: "zeroshot_retrieval", acc1: null, acc5: null, imageRetrievalRecall5: 0.7, textRetrievalRecall5: 0.8, metric: "image_retrieval_recall@5", error: 0.3 }),
  ]);
  insertRows(db, fits, [{ task: "cars", metric: "acc1", group: "LAION", method: "ols", status: "no_fit", reason: "no observations", n: 0 }]);
  return db;
}

describe("explore queries", () => {
  it("reads one task's rows by compute, with parameters joined and metrics keyed by name", () => {
    const rows = getTaskEvaluations(seeded(), "cars").map(toExploreRow);
    expect(rows.map((r) => r.model)).toEqual(["m1", "m3", "m2"]);
    expect(rows[0]).toMatchObject({ arch: "ViT-B-32", mparams: 151.28, totalGmacs: 1.32e10, values: { acc1: 0.5, acc5: 0.8, "image_retrieval_recall@5": null } });
    expect(rows[1]!.mparams).toBeNull();
  });

  it("lists the task's fits in API shape and which metrics each task has", () => {
    const db = seeded();
    expect(getExploreFits(db, "cars")).toMatchObject([{ group: "LAION", method: "ols", status: "no_fit", slope: null, slope_ci: null }]);
    expect(getExploreFits(db, "flickr30k")).toEqual([]);
    expect(taskMetricsOf(db)).toEqual({ cars: ["acc1", "acc5"], flickr30k: ["image_retrieval_recall@5", "text_retrieval_recall@5"] });
  });
});
