import type { ModelApiRow } from "../api/row-mappers";

/** Columns of /api/v1/models (a model card). */
export const MODEL_COLUMNS = [
  "id", "name", "origin", "arch", "upstream", "samples_seen", "samples_seen_pretty", "gmacs_per_sample", "total_gmacs", "lr", "warmup", "epochs",
  "gpus", "samples_per_sec", "samples_per_epoch", "local_batch_size", "global_batch_size", "nominal_samples_seen", "steps", "gpu_hours",
  "detailed_training_info", "checkpoint_url", "source_line",
] as const satisfies readonly (keyof ModelApiRow)[];
/** Columns of /models.csv (the /api/v1/models card plus the ImageNet top-1 the table shows). */
export const MODEL_EXPORT_COLUMNS = [...MODEL_COLUMNS, "imagenet1k_top1"] as const;

/** Columns of /learning-curves.csv (the same as /api/v1/learning-curves). */
export const CURVE_EXPORT_COLUMNS = ["model", "arch", "upstream", "samples_seen_pretty", "epoch", "top1", "top5", "samples_seen", "steps"] as const;
