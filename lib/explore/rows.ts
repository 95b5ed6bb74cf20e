import type { Metric } from "../domain/metrics";
import type { ExploreRow } from "./types";

/** The columns of a stored evaluation that /explore draws (db/queries/explore getTaskEvaluations). */
interface EvaluationWithParams {
  modelId: string; arch: string; upstream: string; samplesSeen: number; samplesSeenPretty: string; gmacsPerSample: number; totalGmacs: number;
  mparams: number | null; acc1: number | null; acc5: number | null; meanPerClassRecall: number | null;
  imageRetrievalRecall5: number | null; textRetrievalRecall5: number | null; meanAveragePrecision: number | null;
}

/** A stored evaluation as /explore's row: metric values keyed by their upstream names. */
export function toExploreRow(e: EvaluationWithParams): ExploreRow {
  const values: Record<Metric, number | null> = {
    acc1: e.acc1, acc5: e.acc5, mean_per_class_recall: e.meanPerClassRecall, "image_retrieval_recall@5": e.imageRetrievalRecall5,
    "text_retrieval_recall@5": e.textRetrievalRecall5, mean_average_precision: e.meanAveragePrecision,
  };
  return {
    model: e.modelId, arch: e.arch, upstream: e.upstream, samplesSeen: e.samplesSeen, samplesSeenPretty: e.samplesSeenPretty,
    gmacsPerSample: e.gmacsPerSample, totalGmacs: e.totalGmacs, mparams: e.mparams, values,
  };
}
