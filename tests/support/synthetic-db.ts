import { mulberry32 } from "../../lib/fit";
import { createDb, migrateDb, type Db } from "../../db/client";
import { insertRows } from "../../db/mutations/insert-rows";
import { evaluations, ingests, type NewEvaluation } from "../../db/schema";

/**
 * A database with a known law per group (E = A·C^α with seeded noise) for the CPU-pool tests: a few
 * tasks, three upstreams (two LAION sizes and OpenAI's), 14 models each, one ingest record.
 */
export function syntheticDb(tasks = ["cars", "imagenet1k", "vtab/pets", "mscoco_captions"], version = "synthetic01"): Db {
  const db = createDb(":memory:");
  migrateDb(db);
  const rng = mulberry32(20_231);
  const laws: Record<string, [number, number]> = { "LAION-400M": [-0.11, 12], "LAION-2B": [-0.14, 25], "CLIP-WIT": [-0.09, 7] };
  const rows: NewEvaluation[] = [];
  let line = 2;
  for (const task of tasks) {
    const retrieval = task === "mscoco_captions";
    for (const [upstream, [alpha, A]] of Object.entries(laws)) {
      for (let i = 0; i < 14; i++) {
        const totalGmacs = 10 ** (9 + (4 * i) / 13);
        const error = Math.min(0.95, A * totalGmacs ** alpha * (1 + 0.06 * (rng() - 0.5)));
        const score = 1 - error;
        rows.push({
          modelId: `${upstream}-m${i}`, task, taskType: retrieval ? "zeroshot_retrieval" : "zeroshot_classification", arch: `ViT-${i}`, upstream,
          samplesSeen: 3e9, samplesSeenPretty: "3B", gmacsPerSample: totalGmacs / 3e9, totalGmacs,
          acc1: retrieval ? null : score, acc5: null, imageRetrievalRecall5: retrieval ? score : null,
          metric: retrieval ? "image_retrieval_recall@5" : "acc1", error, sourceLine: line++,
        });
      }
    }
  }
  insertRows(db, evaluations, rows);
  insertRows(db, ingests, [{
    source: "synthetic", sourceRepo: "-", sourceCommit: "-", filesJson: "[]", rowCountsJson: JSON.stringify({ evaluations: rows.length }), warningsJson: "[]",
    fitConfigJson: "{}", startedAt: "2026-01-01T00:00:00Z", finishedAt: "2026-01-01T00:00:01Z", elapsedMs: 1000, version,
  }]);
  return db;
}
