import "server-only";
import type { FitApiRow } from "../../lib/api/rows";
import { primaryMetric, type Metric } from "../../lib/domain/metrics";
import { resolveSliceMethod } from "../../lib/domain/paper";
import type { FitOptions } from "../../lib/fit/types";
import { FIT_CONFIG, toFitRow } from "../../lib/fit/fit-row";
import { fitInputs } from "../../lib/dataset/rows";
import { Lru } from "../../lib/lru";
import type { Db } from "../client";
import { assertKnown } from "../../lib/api/known";
import { facetsOf, listEvaluations, type SliceFilter } from "../queries/evaluations";
import { getProvenance } from "../queries/provenance";
import { toFitApiRow } from "../../lib/api/row-mappers";
import { runCpuTask } from "./cpu-pool";

/** `method` may be `paper`: OLS when the slice is all OpenAI's models, binned-min otherwise. */
export interface RefitRequest { slice: SliceFilter & { task: string[] }; metric?: Metric; method: string; bootstrap: number; seed?: number }
/** A slice's fit inputs, when the caller has already read its rows (no second read). */
export interface SlicePoints { compute: number[]; error: number[]; upstreams: string[] }
export interface Refit { fit: FitApiRow; fitted: { x: number; y: number }[]; slice: SliceFilter; n_rows: number }

// Bootstrap refits cost ~3–10 ms each: identical requests (same data version) get the answer kept
// here, or wait for the same one while it is still running on a worker.
const cache = new Lru<string, Promise<Refit>>(500);

function readPoints(db: Db, slice: SliceFilter, metric: Metric): SlicePoints {
  const rows = listEvaluations(db, slice);
  return { ...fitInputs(rows, metric), upstreams: rows.map((x) => x.upstream) };
}

/**
 * Fit a power law live on one slice of the evaluations (one task), with a seeded bootstrap. The
 * fit runs on the CPU pool (./cpu-pool.ts): the answer equals a direct fitPowerLaw call, but a
 * burst of uncached refits never blocks the event loop; a full pool answers 503 instead.
 * `points`: the slice's rows already read by the caller (they must be the rows `r.slice` selects).
 */
export async function refitSlice(db: Db, r: RefitRequest, points?: SlicePoints): Promise<Refit> {
  assertKnown(facetsOf(db), r.slice);
  const task = r.slice.task[0]!;
  const metric = r.metric ?? primaryMetric(task);
  const seed = r.seed ?? FIT_CONFIG.seed;
  const key = JSON.stringify([getProvenance(db).data_version, r.slice, metric, r.method, r.bootstrap, seed]);
  const hit = cache.get(key);
  if (hit) return hit;
  const { compute, error, upstreams } = points ?? readPoints(db, r.slice, metric);
  const method = resolveSliceMethod(r.method, upstreams);
  const opts: FitOptions = { method, bootstrap: r.bootstrap > 0 ? { resamples: r.bootstrap, seed } : false };
  const refit = runCpuTask("fit", { compute, error, opts }).then((result): Refit => {
    const fit = toFitApiRow(toFitRow({ task, metric, group: "slice", method }, result));
    return { fit, fitted: result.ok ? result.fitted : [], slice: r.slice, n_rows: upstreams.length };
  });
  cache.set(key, refit);
  refit.catch(() => cache.delete(key)); // a full pool's 503 is not an answer to keep
  return refit;
}
