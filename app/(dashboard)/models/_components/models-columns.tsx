import Link from "next/link";
import type { ReactNode } from "react";
import { archLabel } from "@/lib/domain/arch";
import { formatCount, formatNum, formatPct, formatSci } from "@/lib/format";
import { formatInt, formatLr, shortModelName } from "@/lib/models/format";
import type { ModelSortKey, ModelTableRow } from "@/lib/models/table";

export interface ModelColumn { key: ModelSortKey; label: string; numeric: boolean; cell: (r: ModelTableRow) => ReactNode }

// OpenAI published no training recipe: say so instead of showing a bare dash.
const recipe = (r: ModelTableRow, v: string) =>
  r.origin === "openai" ? <span className="muted" title="Not published for OpenAI's models">n/a</span> : v;

/** The /models table's columns: a short name (full id on hover), ImageNet top-1 beside it, then the card. */
export const MODEL_COLUMNS: ModelColumn[] = [
  { key: "id", label: "Model", numeric: false, cell: (r) => <Link href={`/models/${encodeURIComponent(r.id)}`} title={r.id} data-full-id={r.id}>{shortModelName(r)}</Link> },
  { key: "top1", label: "ImageNet top-1", numeric: true, cell: (r) => formatPct(r.imagenetTop1, 2) },
  { key: "arch", label: "Architecture", numeric: false, cell: (r) => archLabel(r.arch) },
  { key: "upstream", label: "Upstream data", numeric: false, cell: (r) => r.upstream },
  { key: "samples_seen", label: "Samples seen", numeric: true, cell: (r) => <span title={formatInt(r.samplesSeen)}>{formatCount(r.samplesSeen)}</span> },
  { key: "gmacs", label: "GMACs / sample", numeric: true, cell: (r) => formatNum(r.gmacsPerSample, 4) },
  { key: "compute", label: "Total compute (GMACs)", numeric: true, cell: (r) => formatSci(r.totalGmacs, 3) },
  { key: "lr", label: "Learning rate", numeric: true, cell: (r) => recipe(r, formatLr(r.lr)) },
  { key: "warmup", label: "Warmup (steps)", numeric: true, cell: (r) => recipe(r, formatInt(r.warmup)) },
  { key: "epochs", label: "Epochs", numeric: true, cell: (r) => recipe(r, formatInt(r.epochs)) },
  { key: "global_bs", label: "Global batch", numeric: true, cell: (r) => recipe(r, formatInt(r.globalBatchSize)) },
  { key: "gpus", label: "GPUs", numeric: true, cell: (r) => recipe(r, formatInt(r.gpus)) },
  { key: "samples_per_sec", label: "Samples / s", numeric: true, cell: (r) => recipe(r, formatInt(r.samplesPerSec)) },
  { key: "gpu_hours", label: "GPU-hours", numeric: true, cell: (r) => recipe(r, formatInt(r.gpuHours)) },
];

/** The column of the picked task's score, inserted after ImageNet top-1. */
export function taskScoreColumn(task: string, label: string): ModelColumn {
  return { key: "task_score", label: `${label} score`, numeric: true, cell: (r) => <span title={task}>{formatPct(r.taskScore ?? null, 2)}</span> };
}
