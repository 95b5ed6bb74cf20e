import "server-only";
import { inGroup, type FitGroup } from "../../lib/domain/groups";
import { fitMetrics, primaryMetric, type Metric } from "../../lib/domain/metrics";
import { resolveMethod } from "../../lib/domain/paper";
import { AppError } from "../../lib/errors";
import type { SensitivityRow, SensitivitySummary } from "../../lib/fit";
import type { FitMethodId } from "../../lib/fit/types";
import { metricValue } from "../../lib/dataset/rows";
import { memoByVersionAsync } from "../cache/store";
import type { Db } from "../client";
import { assertKnown } from "../../lib/api/known";
import { facetsOf, listEvaluations } from "../queries/evaluations";
import { runCpuTask } from "./cpu-pool";

export interface Sensitivity { task: string; metric: Metric; group: FitGroup; method: FitMethodId; rows: SensitivityRow[]; summary: SensitivitySummary }

/**
 * The refits of one resolved fit: the observations are read here (cheap), the leave-one-out refits
 * (~0.1–1 s when saturating) run as one task on the CPU pool. Cached per data version; identical
 * concurrent requests share one task; a full pool's 503 is not cached.
 */
const getSensitivityOf = memoByVersionAsync("getSensitivity", async (db: Db, task: string, metric: Metric, group: FitGroup, method: FitMethodId): Promise<Sensitivity> => {
  const obs = listEvaluations(db, { task: [task] })
    .filter((e) => inGroup(group, e.upstream))
    .flatMap((e) => {
      const v = metricValue(e, metric);
      return v === null ? [] : [{ model: e.modelId, compute: e.totalGmacs, error: 1 - v }];
    });
  return { task, metric, group, method, ...(await runCpuTask("sensitivity", { obs, method })) };
});

/** Sensitivity of one task × metric × group fit (method may be `paper`). */
export function getSensitivity(db: Db, q: { task: string; metric?: Metric; group: FitGroup; method: string }): Promise<Sensitivity> {
  assertKnown(facetsOf(db), { task: [q.task] });
  const metric = q.metric ?? primaryMetric(q.task);
  if (!fitMetrics(q.task).includes(metric)) {
    throw new AppError("bad_request", `Invalid parameter "metric": ${q.task} is fitted on ${fitMetrics(q.task).join(", ")}, not ${metric}.`, "metric");
  }
  return getSensitivityOf(db, q.task, metric, q.group, resolveMethod(q.method, q.group));
}
