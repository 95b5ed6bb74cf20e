/** Typed rows of the four upstream files, keyed by their CSV column names, plus the source line. */
export type Line = { line: number };

export interface ArchRow extends Line {
  model: string;
  image_size: number; image_width: number; text_width: number; embed_dim: number;
  gmacs: number; macts: number; mparams: number;
  image_gmacs: number; image_macts: number; image_mparams: number;
  text_gmacs: number; text_macts: number; text_mparams: number;
}

export interface ModelInfoRow extends Line {
  name: string; arch: string; data: string; samples_seen_pretty: string;
  lr: number; warmup: number; epochs: number; gpus: number; samples_per_sec: number;
  samples_per_epoch: number; local_bs: number; detailed_training_info: string | null; url: string;
}

export interface ResultRow extends Line {
  arch: string; samples_seen: number; gmacs_total: number; gmacs: number;
  upstream_dataset: string; downstream_dataset: string;
  acc1: number | null; acc5: number | null; mean_per_class_recall: number | null;
  "image_retrieval_recall@5": number | null; "text_retrieval_recall@5": number | null;
  mean_average_precision: number | null;
  task: string; samples_seen_pretty: string; name: string;
}

export interface CurveRow extends Line {
  "imagenet-zeroshot-val-top1": number; "imagenet-zeroshot-val-top5": number | null; name: string; epoch: number;
}

export interface ParsedFiles { arch: ArchRow[]; models: ModelInfoRow[]; results: ResultRow[]; curves: CurveRow[] }
