import "server-only";
import pLimit from "p-limit";
import type { BacktestPoint } from "../../lib/backtest/split";
import { inGroup, type FitGroup } from "../../lib/domain/groups";
import { primaryMetric } from "../../lib/domain/metrics";
import { resolveMethod } from "../../lib/domain/paper";
import type { FitMethodId, FitResult } from "../../lib/fit/types";
import { FIT_CONFIG } from "../../lib/fit/fit-row";
import { Lru } from "../../lib/lru";
import { memoByVersion } from "../cache/store";
import type { Law } from "../../lib/predict/law";
import { paperTable, type PaperPoint, type PaperTable } from "../../lib/predict/paper-table";
import { failedPlanRow, planRow, type Budget, type PlanRow, type Target } from "../../lib/predict/planner";
import { AppError } from "../../lib/errors";
import type { Db } from "../client";
import { assertKnown } from "../../lib/api/known";
import { facetsOf, listEvaluations } from "../queries/evaluations";
import { getProvenance } from "../queries/provenance";
import { listArchitectures } from "../queries/models";
import { runCpuTask } from "./cpu-pool";

/** One evaluation as prediction and backtest use it (error = 1 − the task's primary metric). */
export interface TaskPoint extends BacktestPoint, PaperPoint { upstream: string }

/** Every task's evaluations with an error, read once per data version (1,312 rows). */
export const taskPoints = memoByVersion("taskPoints", (db: Db): Record<string, TaskPoint[]> => {
  const byTask: Record<string, TaskPoint[]> = {};
  for (const e of listEvaluations(db, {})) {
    if (e.error === null) continue;
    const p: TaskPoint = { model: e.modelId, arch: e.arch, upstream: e.upstream, samplesSeenPretty: e.samplesSeenPretty, compute: e.totalGmacs, error: e.error };
    (byTask[e.task] ??= []).push(p);
  }
  return byTask;
});

/** The points of one task and fit group. */
export function groupPoints(db: Db, task: string, group: FitGroup): TaskPoint[] {
  return (taskPoints(db)[task] ?? []).filter((p) => inGroup(group, p.upstream));
}

/** Architecture → GMACs per sample (arch_info.csv), once per data version. */
export const archGmacs = memoByVersion("archGmacs", (db: Db) => new Map(listArchitectures(db).map((a) => [a.name, a.gmacs])));

// The planner and the backtest need up to 41 tasks × groups × methods fits at once; the shared CPU
// pool refuses work beyond its bounded queue (a 503), so at most this many of ours wait there at a time.
const limited = pLimit(4);

// Fits with their bootstrap draws (24 kB each), shared by the planner, the backtest and /explore.
const lawCache = new Lru<string, Promise<FitResult>>(1500);

/** A law with its bootstrap draws (the stored fits' settings: 1,000 resamples, seed 20230101), fitted off-thread and cached. */
export function fitWithDraws(db: Db, cacheKey: string, compute: number[], error: number[], method: FitMethodId): Promise<FitResult> {
  const key = `${getProvenance(db).data_version}\u0000${method}\u0000${cacheKey}`;
  let p = lawCache.get(key);
  if (!p) {
    p = limited(() => runCpuTask("fit", { compute, error, opts: { method, bootstrap: { resamples: FIT_CONFIG.resamples, seed: FIT_CONFIG.seed }, keepDraws: true } }));
    lawCache.set(key, p);
    // A refusal (the CPU pool's queue is full: 503) is not an answer to keep.
    p.catch(() => lawCache.delete(key));
  }
  return p;
}

/** The fitted law of a task × group × method (`paper` resolves per group). */
export function getLaw(db: Db, task: string, group: FitGroup, method: string): Promise<{ method: FitMethodId; n: number; fit: FitResult }> {
  const m = resolveMethod(method, group);
  const pts = groupPoints(db, task, group);
  return fitWithDraws(db, `law\u0000${task}\u0000${group}`, pts.map((p) => p.compute), pts.map((p) => p.error), m).then((fit) => ({ method: m, n: pts.length, fit }));
}

/** The paper notebook's prediction table for one of its two tasks (once per data version). */
export const getPaperTable = memoByVersion("getPaperTable", (db: Db, task: string): PaperTable | { reason: string } =>
  paperTable(taskPoints(db)[task] ?? [], archGmacs(db)));

/** Planner rows: one per task, the law's prediction at the budget and/or the compute for the target. */
export async function getPlan(db: Db, q: { tasks: string[]; group: FitGroup; method: string; budget: Budget | null; target: Target | null }): Promise<PlanRow[]> {
  return Promise.all(q.tasks.map(async (task) => {
    const { method, n, fit } = await getLaw(db, task, q.group, q.method);
    const key = { task, metric: primaryMetric(task), group: q.group, method };
    return fit.ok ? planRow(key, fit as Law, q.budget, q.target) : failedPlanRow(key, n, fit.reason, q.budget, q.target);
  }));
}

/** `task` values → task names: absent or `all` means every task; unknown names are a 400 naming `task`. */
export function resolveTasks(db: Db, tasks: readonly string[] | undefined): string[] {
  const all = facetsOf(db).task;
  if (!tasks?.length || tasks.includes("all")) {
    if (tasks && tasks.length > 1 && tasks.includes("all")) throw new AppError("bad_request", `Invalid parameter "task": "all" cannot be combined with other tasks.`, "task");
    return all;
  }
  assertKnown(facetsOf(db), { task: [...tasks] });
  return [...new Set(tasks)];
}
