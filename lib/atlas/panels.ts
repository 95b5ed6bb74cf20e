import { resolveMethod } from "../domain/paper";
import { ciReason } from "../fit/ci-rule";
import type { FitRow } from "../fit/fit-row";
import { primaryMetric } from "../domain/metrics";
import { taskCategory, type TaskCategory } from "../domain/tasks";
import { CATEGORY_SLUGS, sortPanels, type TasksState } from "../url-state/tasks";

/** The fit groups drawn in every atlas panel. */
export const ATLAS_GROUPS = ["LAION", "CLIP-WIT"] as const;
export type AtlasGroup = (typeof ATLAS_GROUPS)[number];

/** A fit line of a panel: the law over its observed compute range (GMACs), with α's CI (null with `ciReason`). */
export type AtlasFit = Exclude<ReturnType<typeof toAtlasFit>, { reason: string }>;

/** One panel: the task's observations (error of its primary metric vs compute) and both groups' fits. */
export interface AtlasPanel {
  task: string;
  category: TaskCategory;
  metric: string;
  points: { compute: number; error: number; arch: string; upstream: string; model: string }[];
  fits: Record<AtlasGroup, AtlasFit | { reason: string }>;
}

/** The evaluation columns a panel draws (error = 1 − the task's primary metric). */
export interface AtlasEval { task: string; compute: number; error: number | null; arch: string; upstream: string; model: string }
/** The stored-fit columns a panel reads. */
export type AtlasStoredFit = { task: string; metric: string; group: string; method: string } &
  Pick<FitRow, "status" | "reason" | "n" | "alpha" | "coefficient" | "r2" | "xMin" | "xMax" | "alphaLo" | "alphaHi" | "bootstrapResamples" | "bootstrapUsed" | "fittedJson" | "eInf" | "nFit">;

function toAtlasFit(f: AtlasStoredFit | undefined) {
  if (!f) return { reason: "no fit stored" };
  if (f.status !== "ok" || f.alpha === null || f.coefficient === null || f.xMin === null || f.xMax === null) return { reason: f.reason ?? "no fit" };
  // n_fit (points the estimator fitted: bin minima for binned-min) is stored by the ingest; a database from before it falls back to the stored fitted points.
  const nFit = f.nFit ?? (f.fittedJson ? (JSON.parse(f.fittedJson) as unknown[]).length : f.n);
  const reason = ciReason(nFit, f.bootstrapResamples === null ? null : { resamples: f.bootstrapResamples, used: f.bootstrapUsed ?? 0 });
  const alphaCi: [number, number] | null = reason || f.alphaLo === null || f.alphaHi === null ? null : [f.alphaLo, f.alphaHi];
  return { alpha: f.alpha, A: f.coefficient, alphaCi, ciReason: reason, n: f.n, nFit, r2: f.r2, xMin: f.xMin, xMax: f.xMax, eInf: f.eInf };
}

/** All tasks as atlas panels for one fit method, from the evaluations and the atlas groups' stored fits. */
export function buildAtlasPanels(evals: readonly AtlasEval[], stored: readonly AtlasStoredFit[], method: string): AtlasPanel[] {
  const fitRows = stored.filter((f) => f.method === resolveMethod(method, f.group));
  const panels = new Map<string, AtlasPanel>();
  for (const e of evals) {
    let p = panels.get(e.task);
    if (!p) {
      p = { task: e.task, category: taskCategory(e.task), metric: primaryMetric(e.task), points: [], fits: { LAION: { reason: "no fit stored" }, "CLIP-WIT": { reason: "no fit stored" } } };
      panels.set(e.task, p);
    }
    // `error` is 1 − the task's primary metric (image retrieval recall@5 for retrieval); null when missing.
    if (e.error !== null && e.error > 0 && e.compute > 0) p.points.push({ compute: e.compute, error: e.error, arch: e.arch, upstream: e.upstream, model: e.model });
  }
  for (const f of fitRows) {
    const p = panels.get(f.task);
    if (p && f.metric === p.metric) p.fits[f.group as AtlasGroup] = toAtlasFit(f);
  }
  return [...panels.values()];
}

/** The panels a /tasks state shows, in its order: its category only, sorted by the LAION fit's α, n or R², or by Δα = α_CLIP-WIT − α_LAION. */
export function shownPanels<P extends AtlasPanel>(panels: readonly P[], s: Pick<TasksState, "category" | "sort" | "dir">) {
  const category = s.category ? CATEGORY_SLUGS[s.category] : undefined;
  const fitOf = (p: P, g: AtlasGroup) => ("alpha" in p.fits[g] ? p.fits[g] : null);
  const keyed = panels.filter((p) => !category || p.category === category).map((p) => {
    const laion = fitOf(p, "LAION");
    const wit = fitOf(p, "CLIP-WIT");
    return { ...p, alpha: laion?.alpha ?? null, n: laion?.n ?? null, r2: laion?.r2 ?? null, delta: laion && wit ? wit.alpha - laion.alpha : null };
  });
  return sortPanels(keyed, s.sort, s.dir);
}
