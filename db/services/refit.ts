import "server-only";
import type { FitApiRow } from "../../lib/api/rows";
import type { Metric } from "../../lib/domain/metrics";
import { primaryMetric } from "../../lib/domain/metrics";
import { resolveSliceMethod } from "../../lib/domain/paper";
import type { FitMethodId, FitOptions, FitResult } from "../../lib/fit/types";
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

// Bootstrap refits cost ~3–10 ms each; identical requests (same data version) are answered from here.
const cache = new Lru<string, Refit>(500);
// Identical refits already running on a worker: later callers wait for the same answer.
const inflight = new Map<string, Promise<Refit>>();

type Job = { key: string; task: string; metric: Metric; method: FitMethodId; r: RefitRequest; compute: number[]; error: number[]; opts: FitOptions; nRows: number };

/** Validate, look in the cache, and read the slice's points (cheap, on the calling thread). */
function prepare(db: Db, r: RefitRequest, points?: SlicePoints): { hit: Refit } | { job: Job } {
  assertKnown(facetsOf(db), r.slice);
  const task = r.slice.task[0]!;
  const metric = r.metric ?? primaryMetric(task);
  const seed = r.seed ?? FIT_CONFIG.seed;
  const key = JSON.stringify([getProvenance(db).data_version, r.slice, metric, r.method, r.bootstrap, seed]);
  const hit = cache.get(key);
  if (hit) return { hit };
  const { compute, error, upstreams } = points ?? readPoints(db, r.slice, metric);
  const method = resolveSliceMethod(r.method, upstreams);
  const opts: FitOptions = { method, bootstrap: r.bootstrap > 0 ? { resamples: r.bootstrap, seed } : false };
  return { job: { key, task, metric, method, r, compute, error, opts, nRows: upstreams.length } };
}

function readPoints(db: Db, slice: SliceFilter, metric: Metric): SlicePoints {
  const rows = listEvaluations(db, slice);
  return { ...fitInputs(rows, metric), upstreams: rows.map((x) => x.upstream) };
}

function finish(j: Job, result: FitResult): Refit {
  const row = toFitRow({ task: j.task, metric: j.metric, group: "slice", method: j.method }, result);
  const fit: FitApiRow = toFitApiRow(row);
  const out: Refit = { fit, fitted: result.ok ? result.fitted : [], slice: j.r.slice, n_rows: j.nRows };
  cache.set(j.key, out);
  return out;
}

/**
 * Fit a power law live on one slice of the evaluations (one task), with a seeded bootstrap. The
 * fit runs on the CPU pool (./cpu-pool.ts): the answer equals a direct fitPowerLaw call, but a
 * burst of uncached refits never blocks the event loop; a full pool answers 503 instead.
 * `points`: the slice's rows already read by the caller (they must be the rows `r.slice` selects).
 */
export async function refitSlice(db: Db, r: RefitRequest, points?: SlicePoints): Promise<Refit> {
  const p = prepare(db, r, points);
  if ("hit" in p) return p.hit;
  const running = inflight.get(p.job.key);
  if (running) return running;
  const job = p.job;
  const promise = runCpuTask("fit", { compute: job.compute, error: job.error, opts: job.opts })
    .then((result) => finish(job, result))
    .finally(() => inflight.delete(job.key));
  inflight.set(job.key, promise);
  return promise;
}
