import type { EvaluationRow, ModelCard } from "../dataset/rows";
import type { FitRow } from "../fit/fit-row";
import type { EvalApiRow, FitApiRow } from "./rows";

// The stored rows as db/schema reads them (text columns are plain strings there).
type StoredEvaluation = Omit<EvaluationRow, "metric"> & { metric: string };
type StoredFit = Omit<FitRow, "metric" | "method"> & { metric: string; method: string };
type StoredModel = Omit<ModelCard, "origin"> & { origin: string };

/** Evaluation (+ its model's upstream name) as a public API row. */
export function toEvalApiRow(e: StoredEvaluation, modelName: string): EvalApiRow {
  return {
    model: e.modelId, model_name: modelName, arch: e.arch, upstream: e.upstream, samples_seen: e.samplesSeen, samples_seen_pretty: e.samplesSeenPretty,
    gmacs_per_sample: e.gmacsPerSample, total_gmacs: e.totalGmacs, task: e.task, task_type: e.taskType,
    acc1: e.acc1, acc5: e.acc5, mean_per_class_recall: e.meanPerClassRecall, "image_retrieval_recall@5": e.imageRetrievalRecall5,
    "text_retrieval_recall@5": e.textRetrievalRecall5, mean_average_precision: e.meanAveragePrecision,
    metric: e.metric, error: e.error, source_line: e.sourceLine,
  };
}

const pair = (lo: number | null, hi: number | null): [number, number] | null => (lo === null || hi === null ? null : [lo, hi]);

/** Stored fit as a public API row. */
export function toFitApiRow(f: StoredFit): FitApiRow {
  return {
    task: f.task, metric: f.metric, group: f.group, method: f.method, status: f.status, reason: f.reason, n: f.n,
    slope: f.alpha, slope_ci: pair(f.alphaLo, f.alphaHi), coefficient: f.coefficient, coefficient_ci: pair(f.coefficientLo, f.coefficientHi),
    log10_coefficient: f.log10Coefficient, r2: f.r2, x_min: f.xMin, x_max: f.xMax,
    bootstrap_resamples: f.bootstrapResamples, bootstrap_used: f.bootstrapUsed, bootstrap_seed: f.bootstrapSeed,
    e_inf: f.eInf, e_inf_ci: pair(f.eInfLo, f.eInfHi), n_fit: f.nFit, loss: f.loss,
    converged: f.converged === null ? null : f.converged === 1, ci_reason: f.ciReason,
  };
}

/** Model card as a public API row (snake_case). */
export function toModelApiRow(m: StoredModel) {
  return {
    id: m.id, name: m.name, origin: m.origin, arch: m.arch, upstream: m.upstream, samples_seen: m.samplesSeen,
    samples_seen_pretty: m.samplesSeenPretty, gmacs_per_sample: m.gmacsPerSample, total_gmacs: m.samplesSeen * m.gmacsPerSample,
    lr: m.lr, warmup: m.warmup, epochs: m.epochs, gpus: m.gpus, samples_per_sec: m.samplesPerSec, samples_per_epoch: m.samplesPerEpoch,
    local_batch_size: m.localBatchSize, global_batch_size: m.globalBatchSize, nominal_samples_seen: m.nominalSamplesSeen,
    steps: m.steps, gpu_hours: m.gpuHours, detailed_training_info: m.detailedTrainingInfo, checkpoint_url: m.url, source_line: m.sourceLine,
  };
}
export type ModelApiRow = ReturnType<typeof toModelApiRow>;
