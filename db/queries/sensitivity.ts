import "server-only";
import { FIT_GROUPS, inGroup, type FitGroup } from "../../lib/domain/groups";
import { fitMetrics, primaryMetric, type Metric } from "../../lib/domain/metrics";
import { resolveMethod } from "../../lib/domain/paper";
import { AppError } from "../../lib/errors";
import { sensitivity, type SensitivityRow, type SensitivitySummary } from "../../lib/fit";
import type { FitMethodId } from "../../lib/fit/types";
import { metricValue } from "../../lib/dataset/rows";
import { Lru } from "../../lib/lru";
import type { Db } from "../client";
import { assertKnown } from "./api";
import { listEvaluations } from "./evaluations";
import { getProvenance } from "./provenance";

export interface Sensitivity { task: string; metric: Metric; group: FitGroup; method: FitMethodId; rows: SensitivityRow[]; summary: SensitivitySummary }

// Leave-one-out saturating fits cost ~0.1–1 s; identical requests (same data version) come from here.
const cache = new Lru<string, Sensitivity>(200);

/** Sensitivity of one task × metric × group fit (method may be `paper`). */
export function getSensitivity(db: Db, q: { task: string; metric?: Metric; group: FitGroup; method: string }): Sensitivity {
  assertKnown(db, { task: [q.task] });
  const metric = q.metric ?? primaryMetric(q.task);
  if (!fitMetrics(q.task).includes(metric)) {
    throw new AppError("bad_request", `Invalid parameter "metric": ${q.task} is fitted on ${fitMetrics(q.task).join(", ")}, not ${metric}.`, "metric");
  }
  if (!FIT_GROUPS.includes(q.group)) throw new AppError("bad_request", `Invalid parameter "group".`, "group");
  const method = resolveMethod(q.method, q.group);
  const key = JSON.stringify([getProvenance(db).data_version, q.task, metric, q.group, method]);
  const hit = cache.get(key);
  if (hit) return hit;
  const obs = listEvaluations(db, { task: [q.task] })
    .filter((e) => inGroup(q.group, e.upstream))
    .flatMap((e) => {
      const v = metricValue(e, metric);
      return v === null ? [] : [{ model: e.modelId, compute: e.totalGmacs, error: 1 - v }];
    });
  const out: Sensitivity = { task: q.task, metric, group: q.group, method, ...sensitivity(obs, method) };
  cache.set(key, out);
  return out;
}
