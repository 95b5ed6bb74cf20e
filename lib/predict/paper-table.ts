import { archLabel } from "../domain/arch";
import { fitPowerLaw } from "../fit";
import { SAMPLES_SEEN_LABELS, SAMPLES_SEEN_LABEL_LIST } from "./budget";
import { errorInterval, lawError } from "./law";

/** The paper notebook's prediction table (figures.ipynb, cells 6–7): its architectures, in its order. */
export const PAPER_ARCHS = ["ViT-B-32", "ViT-B-16", "ViT-L-14", "ViT-H-14", "ViT-g-14", "ViT-G-14"] as const;
/** The two tasks the notebook predicts (ImageNet top-1; MS-COCO image retrieval recall@5). */
export const PAPER_TASKS = ["imagenet1k", "mscoco_captions"] as const;

/** One evaluation of the task: its model's architecture, upstream, samples-seen label, compute and error. */
export interface PaperPoint { arch: string; upstream: string; samplesSeenPretty: string; compute: number; error: number }

/** The table: one row per architecture × samples-seen label, the MAE and the law behind it. */
export type PaperTable = Exclude<ReturnType<typeof paperTable>, { reason: string }>;
export type PaperRow = PaperTable["rows"][number];

/** "ViT-B-32" → "B/32", as the notebook labels its rows. */
export function shortArch(arch: string): string {
  return archLabel(arch).replace(/^ViT-/, "");
}

/**
 * The notebook's procedure: binned-min law on the task's LAION models of PAPER_ARCHS; compute =
 * samples × GMACs per sample; predicted error % = 100·A·C^α; actual = lowest error among LAION
 * models of that architecture and samples-seen label; MAE over the rows that have an actual.
 */
export function paperTable(points: readonly PaperPoint[], gmacs: ReadonlyMap<string, number>, bootstrap = { resamples: 1000, seed: 20230101 }) {
  const laion = points.filter((p) => p.upstream !== "CLIP-WIT" && (PAPER_ARCHS as readonly string[]).includes(p.arch));
  const law = fitPowerLaw(laion.map((p) => p.compute), laion.map((p) => p.error), { method: "binned-min", bootstrap, keepDraws: true });
  if (!law.ok) return { reason: law.reason };
  const missing = PAPER_ARCHS.find((arch) => !gmacs.has(arch));
  if (missing) return { reason: `architecture ${missing} is missing from arch_info` };
  const rows = PAPER_ARCHS.flatMap((arch) => SAMPLES_SEEN_LABEL_LIST.map((label) => {
    const samples = SAMPLES_SEEN_LABELS[label];
    const compute = samples * gmacs.get(arch)!;
    const pred = lawError(law, compute);
    const here = laion.filter((p) => p.arch === arch && p.samplesSeenPretty === label).map((p) => p.error);
    const actual = here.length ? Math.min(...here) : null;
    const iv = errorInterval(law, compute);
    return {
      label: `${shortArch(arch)} (${label})`, arch: arch as string, samples_seen: samples, samples_seen_label: label as string, compute,
      pred_error: pred, pred_acc_pct: 100 - 100 * pred,
      actual_error: actual, actual_acc_pct: actual === null ? null : 100 - 100 * actual,
      // 95% prediction interval of the accuracy in %, [lo, hi] (null with `interval_reason` when the fit allows none);
      // pred_interval is the same interval on the error, as fractions.
      pred_ci: iv.interval && ([100 - 100 * iv.interval[1], 100 - 100 * iv.interval[0]] as [number, number]),
      pred_interval: iv.interval, interval_reason: iv.reason,
    };
  }));
  const diffs = rows.flatMap((r) => (r.actual_error === null ? [] : [Math.abs(100 * r.pred_error - 100 * r.actual_error)]));
  const mae = diffs.reduce((a, b) => a + b, 0) / diffs.length;
  return { rows, mae, law, n_models: laion.length };
}
