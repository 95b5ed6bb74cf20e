import { z } from "zod";
import {
  countLabel,
  httpUrl,
  nonNegative,
  nonNegativeInt,
  oneOf,
  optionalText,
  optionalUnit,
  positive,
  positiveInt,
  text,
  unit,
  type Cell,
} from "./cells";

// One schema per upstream file (LAION-AI/scaling-laws-openclip). Each maps a record of raw cell
// strings, keyed by the CSV column names, to a typed row. The key order of each `…Cells` object is
// the exact header of the file.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any Cell<T>; `unknown` would make zod types invariant-incompatible
type Cells = Record<string, Cell<any>>;

/** A file's column list, column rules (same order) and zod schema of a row. */
export interface FileSpec<Row> {
  readonly name: string; // upstream file name
  readonly header: readonly string[];
  readonly cells: readonly Cell<unknown>[];
  readonly schema: z.ZodType<Row>;
}

function fileSpec<C extends Cells>(name: string, cells: C) {
  const shape = Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c.schema])) as { [K in keyof C]: C[K]["schema"] };
  const schema = z.strictObject(shape);
  return { name, header: Object.keys(cells), cells: Object.values(cells), schema } satisfies FileSpec<z.infer<typeof schema>>;
}

const archInfoCells = {
  model: text,
  image_size: positiveInt,
  image_width: positiveInt,
  text_width: positiveInt,
  embed_dim: positiveInt,
  gmacs: nonNegative,
  macts: nonNegative,
  mparams: nonNegative,
  image_gmacs: nonNegative,
  image_macts: nonNegative,
  image_mparams: nonNegative,
  text_gmacs: nonNegative,
  text_macts: nonNegative,
  text_mparams: nonNegative,
};
/** arch_info.csv: one row per architecture (size, GMACs, activations, parameters). */
export const archInfoFile = fileSpec("arch_info.csv", archInfoCells);
export type ArchInfo = z.infer<typeof archInfoFile.schema>;

const trainedModelCells = {
  name: text,
  arch: text,
  data: oneOf(["80M", "400M", "2B"]),
  samples_seen_pretty: countLabel,
  lr: positive,
  warmup: nonNegativeInt,
  epochs: positiveInt,
  gpus: positiveInt,
  samples_per_sec: positive,
  samples_per_epoch: positiveInt,
  local_bs: positiveInt,
  detailed_training_info: optionalText,
  url: httpUrl,
};
/** trained_models_info.csv: one row per LAION-trained model and its training setup. */
export const trainedModelsFile = fileSpec("trained_models_info.csv", trainedModelCells);
export type TrainedModel = z.infer<typeof trainedModelsFile.schema>;

const zeroshotResultCells = {
  arch: text,
  samples_seen: positiveInt, // written "12800000000.0": float notation, integral value
  gmacs_total: positive,
  gmacs: positive,
  upstream_dataset: text, // LAION-80M / LAION-400M / LAION-2B / CLIP-WIT
  downstream_dataset: text,
  // Metrics are empty where they do not apply (retrieval tasks have recall only, etc.).
  acc1: optionalUnit,
  acc5: optionalUnit,
  mean_per_class_recall: optionalUnit,
  "image_retrieval_recall@5": optionalUnit,
  "text_retrieval_recall@5": optionalUnit,
  mean_average_precision: optionalUnit,
  task: text,
  samples_seen_pretty: countLabel,
  name: text, // "openai" for the three CLIP-WIT models
};
/** zeroshot_results.csv: one row per model × downstream task. */
export const zeroshotResultsFile = fileSpec("zeroshot_results.csv", zeroshotResultCells);
export type ZeroshotResult = z.infer<typeof zeroshotResultsFile.schema>;

const learningCurvePointCells = {
  "imagenet-zeroshot-val-top1": unit,
  // Upstream leaves top-5 empty on 758 rows (all epochs of five models): empty → null.
  "imagenet-zeroshot-val-top5": optionalUnit,
  name: text,
  epoch: nonNegativeInt,
};
/** imagenet_zeroshot_learning_curves.csv: ImageNet zero-shot accuracy per model and epoch. */
export const learningCurvesFile = fileSpec("imagenet_zeroshot_learning_curves.csv", learningCurvePointCells);
export type LearningCurvePoint = z.infer<typeof learningCurvesFile.schema>;

/** The four upstream files by name. */
export const fileSpecs = {
  "arch_info.csv": archInfoFile,
  "trained_models_info.csv": trainedModelsFile,
  "zeroshot_results.csv": zeroshotResultsFile,
  "imagenet_zeroshot_learning_curves.csv": learningCurvesFile,
} as const;
