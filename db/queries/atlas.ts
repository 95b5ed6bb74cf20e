import "server-only";
import { inArray } from "drizzle-orm";
import { resolveMethod } from "../../lib/domain/paper";
import { primaryMetric } from "../../lib/domain/metrics";
import { taskCategory, type TaskCategory } from "../../lib/domain/tasks";
import type { Db } from "../client";
import { evaluations, fits, type Fit } from "../schema";

/** The fit groups drawn in every atlas panel. */
export const ATLAS_GROUPS = ["LAION", "CLIP-WIT"] as const;
export type AtlasGroup = (typeof ATLAS_GROUPS)[number];

/** A fit line of a panel: the law over its observed compute range (GMACs), with α's CI. */
export interface AtlasFit {
  alpha: number;
  A: number;
  alphaCi: [number, number] | null;
  n: number;
  /** Points the estimator fitted (R² is computed on these), E∞ of a saturating law, why no interval. */
  nFit: number | null;
  r2: number | null;
  xMin: number;
  xMax: number;
  eInf: number | null;
  ciReason: string | null;
}

/** One panel: the task's observations (error of its primary metric vs compute) and both groups' fits. */
export interface AtlasPanel {
  task: string;
  category: TaskCategory;
  metric: string;
  points: { compute: number; error: number; arch: string; upstream: string }[];
  fits: Record<AtlasGroup, AtlasFit | { reason: string }>;
}

function toAtlasFit(f: Fit | undefined): AtlasFit | { reason: string } {
  if (!f) return { reason: "no fit stored" };
  if (f.status !== "ok" || f.alpha === null || f.coefficient === null || f.xMin === null || f.xMax === null) return { reason: f.reason ?? "no fit" };
  const alphaCi: [number, number] | null = f.alphaLo === null || f.alphaHi === null ? null : [f.alphaLo, f.alphaHi];
  return { alpha: f.alpha, A: f.coefficient, alphaCi, n: f.n, nFit: f.nFit, r2: f.r2, xMin: f.xMin, xMax: f.xMax, eInf: f.eInf, ciReason: f.ciReason };
}

/** All tasks as atlas panels for one fit method (two reads: evaluations and the method's fits). */
export function listAtlasPanels(db: Db, method: string): AtlasPanel[] {
  const evals = db
    .select({ task: evaluations.task, compute: evaluations.totalGmacs, error: evaluations.error, arch: evaluations.arch, upstream: evaluations.upstream })
    .from(evaluations).all();
  const fitRows = db.select().from(fits).where(inArray(fits.group, [...ATLAS_GROUPS])).all()
    .filter((f) => f.method === resolveMethod(method, f.group));

  const panels = new Map<string, AtlasPanel>();
  for (const e of evals) {
    let p = panels.get(e.task);
    if (!p) {
      p = { task: e.task, category: taskCategory(e.task), metric: primaryMetric(e.task), points: [], fits: { LAION: { reason: "no fit stored" }, "CLIP-WIT": { reason: "no fit stored" } } };
      panels.set(e.task, p);
    }
    // `error` is 1 − the task's primary metric (image retrieval recall@5 for retrieval); null when missing.
    if (e.error !== null && e.error > 0 && e.compute > 0) p.points.push({ compute: e.compute, error: e.error, arch: e.arch, upstream: e.upstream });
  }
  for (const f of fitRows) {
    const p = panels.get(f.task);
    if (p && f.metric === p.metric) p.fits[f.group as AtlasGroup] = toAtlasFit(f);
  }
  return [...panels.values()];
}
