import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** arch_info.csv: one row per architecture (GMACs and parameters, overall / image / text). */
export const architectures = sqliteTable("architectures", {
  name: text("name").primaryKey(),
  imageSize: integer("image_size").notNull(),
  imageWidth: integer("image_width").notNull(),
  textWidth: integer("text_width").notNull(),
  embedDim: integer("embed_dim").notNull(),
  gmacs: real("gmacs").notNull(),
  macts: real("macts").notNull(),
  mparams: real("mparams").notNull(),
  imageGmacs: real("image_gmacs").notNull(),
  imageMacts: real("image_macts").notNull(),
  imageMparams: real("image_mparams").notNull(),
  textGmacs: real("text_gmacs").notNull(),
  textMacts: real("text_macts").notNull(),
  textMparams: real("text_mparams").notNull(),
  sourceLine: integer("source_line").notNull(),
});

/**
 * Model cards. LAION models come from trained_models_info.csv; the three OpenAI models exist only
 * in zeroshot_results.csv (all named "openai") and get ids `openai-<arch>`.
 */
export const models = sqliteTable(
  "models",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(), // upstream name, e.g. "Model-B-32_..._bs-86k.pt" or "openai"
    origin: text("origin", { enum: ["laion", "openai"] }).notNull(),
    arch: text("arch").notNull(),
    upstream: text("upstream").notNull(), // LAION-80M | LAION-400M | LAION-2B | CLIP-WIT
    samplesSeen: real("samples_seen").notNull(), // from the results (exact per model)
    samplesSeenPretty: text("samples_seen_pretty").notNull(),
    gmacsPerSample: real("gmacs_per_sample").notNull(),
    lr: real("lr"),
    warmup: integer("warmup"),
    epochs: integer("epochs"),
    gpus: integer("gpus"),
    samplesPerSec: real("samples_per_sec"),
    samplesPerEpoch: integer("samples_per_epoch"),
    localBatchSize: integer("local_bs"),
    globalBatchSize: integer("global_bs"), // local_bs × gpus
    nominalSamplesSeen: real("nominal_samples_seen"), // epochs × samples_per_epoch
    steps: integer("steps"), // ceil(nominal samples seen / global batch)
    gpuHours: real("gpu_hours"), // nominal samples seen / samples_per_sec / 3600 × gpus
    detailedTrainingInfo: text("detailed_training_info"),
    url: text("url"),
    sourceLine: integer("source_line"), // line in trained_models_info.csv (null for OpenAI)
  },
  (t) => [index("models_arch").on(t.arch), index("models_upstream").on(t.upstream)],
);

/** zeroshot_results.csv: one row per (model, task), with every metric and the derived error. */
export const evaluations = sqliteTable(
  "evaluations",
  {
    id: integer("id").primaryKey(),
    modelId: text("model_id").notNull(),
    task: text("task").notNull(), // downstream_dataset
    taskType: text("task_type").notNull(), // zeroshot_classification | zeroshot_retrieval
    arch: text("arch").notNull(),
    upstream: text("upstream").notNull(),
    samplesSeen: real("samples_seen").notNull(),
    samplesSeenPretty: text("samples_seen_pretty").notNull(),
    gmacsPerSample: real("gmacs_per_sample").notNull(),
    totalGmacs: real("total_gmacs").notNull(),
    acc1: real("acc1"),
    acc5: real("acc5"),
    meanPerClassRecall: real("mean_per_class_recall"),
    imageRetrievalRecall5: real("image_retrieval_recall_at_5"),
    textRetrievalRecall5: real("text_retrieval_recall_at_5"),
    meanAveragePrecision: real("mean_average_precision"),
    metric: text("metric").notNull(), // the task's primary metric
    error: real("error"), // 1 − primary metric
    sourceLine: integer("source_line").notNull(),
  },
  (t) => [uniqueIndex("evaluations_model_task").on(t.modelId, t.task), index("evaluations_task").on(t.task, t.upstream)],
);

/** imagenet_zeroshot_learning_curves.csv with derived samples seen and steps. */
export const learningCurvePoints = sqliteTable(
  "learning_curve_points",
  {
    id: integer("id").primaryKey(),
    modelId: text("model_id").notNull(),
    epoch: integer("epoch").notNull(),
    top1: real("top1").notNull(),
    top5: real("top5"), // empty upstream for 758 checkpoints of five models
    samplesSeen: real("samples_seen").notNull(), // epoch × samples_per_epoch
    steps: integer("steps").notNull(), // samples seen / global batch
    sourceLine: integer("source_line").notNull(),
  },
  (t) => [index("lc_model_epoch").on(t.modelId, t.epoch)],
);

/** Precomputed power-law fits E = A·C^α, per task × metric × group × method. */
export const fits = sqliteTable(
  "fits",
  {
    id: integer("id").primaryKey(),
    task: text("task").notNull(),
    metric: text("metric").notNull(),
    group: text("group").notNull(),
    method: text("method").notNull(),
    status: text("status", { enum: ["ok", "no_fit"] }).notNull(),
    reason: text("reason"),
    n: integer("n").notNull(),
    alpha: real("alpha"),
    coefficient: real("coefficient"), // A
    log10Coefficient: real("log10_coefficient"),
    r2: real("r2"),
    xMin: real("x_min"), // GMACs
    xMax: real("x_max"),
    alphaLo: real("alpha_lo"),
    alphaHi: real("alpha_hi"),
    coefficientLo: real("coefficient_lo"),
    coefficientHi: real("coefficient_hi"),
    bootstrapResamples: integer("bootstrap_resamples"),
    bootstrapUsed: integer("bootstrap_used"),
    bootstrapSeed: integer("bootstrap_seed"),
    fittedJson: text("fitted_json"), // points the regression ran on, log10 space
    // Issue 8: E∞ of the saturating law (fraction; null for power laws), the points the estimator
    // fitted, the objective and convergence of the saturating optimiser, and why there is no interval.
    eInf: real("e_inf"),
    eInfLo: real("e_inf_lo"),
    eInfHi: real("e_inf_hi"),
    nFit: integer("n_fit"),
    loss: real("loss"),
    converged: integer("converged"), // 1 | 0 (saturating only); raw inserts cannot bind booleans
    ciReason: text("ci_reason"),
  },
  (t) => [uniqueIndex("fits_key").on(t.task, t.metric, t.group, t.method)],
);

/** One row: where this database came from (source, commit, sha256 of each file, counts, time). */
export const ingests = sqliteTable("ingests", {
  id: integer("id").primaryKey(),
  source: text("source").notNull(), // "download" | directory path
  sourceRepo: text("source_repo").notNull(),
  sourceCommit: text("source_commit").notNull(),
  filesJson: text("files_json").notNull(), // [{ file, sha256, rows, bytes }]
  rowCountsJson: text("row_counts_json").notNull(),
  warningsJson: text("warnings_json").notNull(),
  fitConfigJson: text("fit_config_json").notNull(),
  startedAt: text("started_at").notNull(),
  finishedAt: text("finished_at").notNull(),
  elapsedMs: real("elapsed_ms").notNull(),
  version: text("version").notNull(), // data version: sha256 prefix over file hashes + fit config
});

export type Architecture = typeof architectures.$inferSelect;
export type NewArchitecture = typeof architectures.$inferInsert;
export type Model = typeof models.$inferSelect;
export type NewModel = typeof models.$inferInsert;
export type Evaluation = typeof evaluations.$inferSelect;
export type NewEvaluation = typeof evaluations.$inferInsert;
export type LearningCurvePoint = typeof learningCurvePoints.$inferSelect;
export type NewLearningCurvePoint = typeof learningCurvePoints.$inferInsert;
export type Fit = typeof fits.$inferSelect;
export type NewFit = typeof fits.$inferInsert;
export type Ingest = typeof ingests.$inferSelect;
export type NewIngest = typeof ingests.$inferInsert;
