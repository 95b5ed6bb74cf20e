import "server-only";
import type { FitApiRow } from "../../lib/api/rows";
import type { Metric } from "../../lib/domain/metrics";
import { primaryMetric } from "../../lib/domain/metrics";
import { fitPowerLaw } from "../../lib/fit";
import type { FitMethodId } from "../../lib/fit/types";
import { FIT_CONFIG, fitInputs, toFitRow } from "../../lib/ingest/fits";
import { Lru } from "../../lib/lru";
import type { Db } from "../client";
import { assertKnown } from "./api";
import { listEvaluations, type SliceFilter } from "./evaluations";
import { getProvenance } from "./ingest";
import { toFitApiRow } from "./shape";

export interface RefitRequest { slice: SliceFilter & { task: string[] }; metric?: Metric; method: FitMethodId; bootstrap: number; seed?: number }
export interface Refit { fit: FitApiRow; fitted: { x: number; y: number }[]; slice: SliceFilter; n_rows: number }

// Bootstrap refits cost ~ms each; identical requests (same data version) are answered from here.
const cache = new Lru<string, Refit>(500);

/** Fit a power law live on one slice of the evaluations (one task), with a seeded bootstrap. */
export function refitSlice(db: Db, r: RefitRequest): Refit {
  assertKnown(db, r.slice);
  const task = r.slice.task[0]!;
  const metric = r.metric ?? primaryMetric(task);
  const seed = r.seed ?? FIT_CONFIG.seed;
  const key = JSON.stringify([getProvenance(db).data_version, r.slice, metric, r.method, r.bootstrap, seed]);
  const hit = cache.get(key);
  if (hit) return hit;
  const rows = listEvaluations(db, r.slice);
  const { compute, error } = fitInputs(rows, metric);
  const result = fitPowerLaw(compute, error, { method: r.method, bootstrap: r.bootstrap > 0 ? { resamples: r.bootstrap, seed } : false });
  const row = toFitRow({ task, metric, group: "slice", method: r.method }, result);
  const fit: FitApiRow = toFitApiRow({ ...row, id: 0 });
  const out: Refit = { fit, fitted: result.ok ? result.fitted : [], slice: r.slice, n_rows: rows.length };
  cache.set(key, out);
  return out;
}
