import type { Metric } from "../domain/metrics";

/** What the ingest writes: plain rows shaped like the database tables (db/schema.ts New* types). */
export interface ModelCard {
  id: string; name: string; origin: "laion" | "openai"; arch: string; upstream: string;
  samplesSeen: number; samplesSeenPretty: string; gmacsPerSample: number;
  lr: number | null; warmup: number | null; epochs: number | null; gpus: number | null;
  samplesPerSec: number | null; samplesPerEpoch: number | null; localBatchSize: number | null;
  globalBatchSize: number | null; nominalSamplesSeen: number | null; steps: number | null;
  gpuHours: number | null; detailedTrainingInfo: string | null; url: string | null; sourceLine: number | null;
}

export interface EvaluationRow {
  modelId: string; task: string; taskType: string; arch: string; upstream: string;
  samplesSeen: number; samplesSeenPretty: string; gmacsPerSample: number; totalGmacs: number;
  acc1: number | null; acc5: number | null; meanPerClassRecall: number | null;
  imageRetrievalRecall5: number | null; textRetrievalRecall5: number | null; meanAveragePrecision: number | null;
  metric: Metric; error: number | null; sourceLine: number;
}

export interface CurvePoint {
  modelId: string; epoch: number; top1: number; top5: number | null; samplesSeen: number; steps: number; sourceLine: number;
}

export interface ArchitectureRow {
  name: string; imageSize: number; imageWidth: number; textWidth: number; embedDim: number;
  gmacs: number; macts: number; mparams: number; imageGmacs: number; imageMacts: number; imageMparams: number;
  textGmacs: number; textMacts: number; textMparams: number; sourceLine: number;
}

export interface Dataset {
  architectures: ArchitectureRow[];
  models: ModelCard[];
  evaluations: EvaluationRow[];
  curves: CurvePoint[];
}

/** The metric columns of an evaluation row. */
export type MetricColumns = Pick<EvaluationRow, "acc1" | "acc5" | "meanPerClassRecall" | "imageRetrievalRecall5" | "textRetrievalRecall5" | "meanAveragePrecision">;

/** Value of a metric column on an evaluation row. */
export function metricValue(row: MetricColumns, metric: Metric): number | null {
  switch (metric) {
    case "acc1": return row.acc1;
    case "acc5": return row.acc5;
    case "mean_per_class_recall": return row.meanPerClassRecall;
    case "image_retrieval_recall@5": return row.imageRetrievalRecall5;
    case "text_retrieval_recall@5": return row.textRetrievalRecall5;
    case "mean_average_precision": return row.meanAveragePrecision;
  }
}

/** Append a row's compute and error (1 − metric) to a series, if the row has the metric. */
export function addFitInput(s: { compute: number[]; error: number[] }, r: MetricColumns & { totalGmacs: number }, metric: Metric): void {
  const v = metricValue(r, metric);
  if (v === null) return;
  s.compute.push(r.totalGmacs);
  s.error.push(1 - v);
}

/** Error (1 − metric) and compute of the rows that have the metric. */
export function fitInputs(rows: readonly (MetricColumns & { totalGmacs: number })[], metric: Metric): { compute: number[]; error: number[] } {
  const s = { compute: [] as number[], error: [] as number[] };
  for (const r of rows) addFitInput(s, r, metric);
  return s;
}
