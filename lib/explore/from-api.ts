import type { EvalApiRow, FitApiRow } from "../api/rows";
import type { ExploreData, ExploreRow } from "./types";

/** Parameter count (millions) per architecture, read off rows that have it. */
export function mparamsByArch(rows: readonly ExploreRow[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const r of rows) if (r.mparams !== null) out[r.arch] = r.mparams;
  return out;
}

/** A public API evaluation row as an explore row (the same shape the server page reads from SQL). */
export function exploreRowFromApi(e: EvalApiRow, mparams: Record<string, number | null>): ExploreRow {
  return {
    model: e.model, arch: e.arch, upstream: e.upstream, samplesSeen: e.samples_seen, samplesSeenPretty: e.samples_seen_pretty,
    gmacsPerSample: e.gmacs_per_sample, totalGmacs: e.total_gmacs, mparams: mparams[e.arch] ?? null,
    values: {
      acc1: e.acc1, acc5: e.acc5, mean_per_class_recall: e.mean_per_class_recall, "image_retrieval_recall@5": e["image_retrieval_recall@5"],
      "text_retrieval_recall@5": e["text_retrieval_recall@5"], mean_average_precision: e.mean_average_precision,
    },
  };
}

/**
 * All tasks' explore data from /api/v1/evals and /api/v1/fits (every task), in the server page's
 * order: rows by compute then model id, fits as the API lists them.
 */
export function exploreDataByTask(evals: readonly EvalApiRow[], fits: readonly FitApiRow[], mparams: Record<string, number | null>): Map<string, ExploreData> {
  const out = new Map<string, ExploreData>();
  const entry = (task: string) => {
    let d = out.get(task);
    if (!d) out.set(task, (d = { task, rows: [], fits: [] }));
    return d;
  };
  for (const e of evals) entry(e.task).rows.push(exploreRowFromApi(e, mparams));
  for (const f of fits) entry(f.task).fits.push(f);
  for (const d of out.values()) d.rows.sort((a, b) => a.totalGmacs - b.totalGmacs || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
  return out;
}
