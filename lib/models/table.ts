import { ARCH_ORDER } from "../chart/palette";
import { UPSTREAMS } from "../domain/groups";
import { sortRows, type SortDir, type SortValue } from "./sort";

/** One row of the /models table: the model card joined with its ImageNet top-1. */
export interface ModelTableRow {
  id: string; origin: "laion" | "openai"; arch: string; upstream: string;
  samplesSeen: number; samplesSeenPretty: string; gmacsPerSample: number; totalGmacs: number;
  lr: number | null; warmup: number | null; epochs: number | null; globalBatchSize: number | null;
  gpus: number | null; samplesPerSec: number | null; gpuHours: number | null; imagenetTop1: number | null;
  /** Score (the task's primary metric) on each task, for the task picker; filled in by the page. */
  scores?: Record<string, number | null>;
  /** The picked task's score, set by the view before sorting. */
  taskScore?: number | null;
}

/** The model card fields the table shows. */
type TableCard = Omit<ModelTableRow, "totalGmacs" | "imagenetTop1" | "scores" | "taskScore">;

/** The /models table rows: each card with its compute and its ImageNet (imagenet1k) zero-shot top-1. */
export function toModelTableRows(cards: readonly TableCard[], scores: readonly { modelId: string; task: string; acc1: number | null }[]): ModelTableRow[] {
  const top1 = new Map(scores.filter((e) => e.task === "imagenet1k").map((e) => [e.modelId, e.acc1]));
  return cards.map((m) => ({
    id: m.id, origin: m.origin, arch: m.arch, upstream: m.upstream, samplesSeen: m.samplesSeen, samplesSeenPretty: m.samplesSeenPretty,
    gmacsPerSample: m.gmacsPerSample, totalGmacs: m.samplesSeen * m.gmacsPerSample, lr: m.lr, warmup: m.warmup, epochs: m.epochs,
    globalBatchSize: m.globalBatchSize, gpus: m.gpus, samplesPerSec: m.samplesPerSec, gpuHours: m.gpuHours, imagenetTop1: top1.get(m.id) ?? null,
  }));
}

export const MODEL_SORT_KEYS = [
  "id", "arch", "upstream", "samples_seen", "gmacs", "compute", "lr", "warmup", "epochs", "global_bs", "gpus", "samples_per_sec", "gpu_hours", "top1",
  "task_score",
] as const;

/** Columns whose first click sorts descending (higher accuracy first, as a reader looks for the best). */
export const DESC_FIRST: ReadonlySet<ModelSortKey> = new Set(["top1", "task_score"]);
export type ModelSortKey = (typeof MODEL_SORT_KEYS)[number];

// Architectures and datasets sort in size order (B/32 < … < g/14, 80M < 400M < 2B < WIT), not alphabetically.
const orderOf = (list: readonly string[], v: string): number => {
  const i = list.indexOf(v);
  return i < 0 ? list.length : i;
};

/** The value a column sorts by. */
export const SORT_VALUE: Record<ModelSortKey, (r: ModelTableRow) => SortValue> = {
  id: (r) => r.id,
  arch: (r) => orderOf(ARCH_ORDER, r.arch),
  upstream: (r) => orderOf(UPSTREAMS, r.upstream),
  samples_seen: (r) => r.samplesSeen,
  gmacs: (r) => r.gmacsPerSample,
  compute: (r) => r.totalGmacs,
  lr: (r) => r.lr,
  warmup: (r) => r.warmup,
  epochs: (r) => r.epochs,
  global_bs: (r) => r.globalBatchSize,
  gpus: (r) => r.gpus,
  samples_per_sec: (r) => r.samplesPerSec,
  gpu_hours: (r) => r.gpuHours,
  top1: (r) => r.imagenetTop1,
  task_score: (r) => r.taskScore ?? null,
};

/** Rows sorted by a column (missing values last), ties by total compute then id. */
export function sortModels(rows: readonly ModelTableRow[], key: ModelSortKey, dir: SortDir): ModelTableRow[] {
  return sortRows(rows, SORT_VALUE[key], dir, [(r) => r.totalGmacs, (r) => r.id]);
}

export interface ModelFilter { arch: readonly string[]; upstream: readonly string[]; samples_seen: readonly string[] }

/** Rows matching every non-empty filter list (values within one list are alternatives). */
export function filterModels<T extends Pick<ModelTableRow, "arch" | "upstream" | "samplesSeenPretty">>(rows: readonly T[], f: ModelFilter): T[] {
  return rows.filter((r) =>
    (!f.arch.length || f.arch.includes(r.arch)) &&
    (!f.upstream.length || f.upstream.includes(r.upstream)) &&
    (!f.samples_seen.length || f.samples_seen.includes(r.samplesSeenPretty)));
}
