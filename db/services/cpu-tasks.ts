/**
 * The CPU pool's worker entry (piscina loads this module in each worker thread): one named export
 * per task. Everything here is CPU-bound work that must not run on the server's event loop.
 * Not `server-only`: it runs in a plain worker thread, where that package's guard does not apply.
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { svgToPng } from "../../lib/chart-svg/png";
import { computeCompareFits, type CompareFits, type CompareJob } from "../../lib/compare/compute";
import { runFitJob, type FitJob } from "../../lib/dataset/fit-jobs";
import { fitPowerLaw, sensitivity as sensitivityOf, type SensitivityRow, type SensitivitySummary } from "../../lib/fit";
import type { FitRow } from "../../lib/fit/fit-row";
import type { FitMethodId, FitOptions, FitResult } from "../../lib/fit/types";
import { Lru } from "../../lib/lru";
import { chartFonts } from "./chart-fonts";

/** A power-law fit (the bootstrap is the costly part). */
export function fit(job: { compute: number[]; error: number[]; opts: FitOptions }): FitResult {
  return fitPowerLaw(job.compute, job.error, job.opts);
}

// This worker's fits with their bootstrap draws, per (data version, method, group, task): a compare
// of other groups or the other way round reuses them. 41 tasks × 5 groups × 2 methods × 2,000
// doubles is ~6.6 MB at most per worker; a new ingest changes the version, so stale entries age out.
const compareFitCache = new Lru<string, FitResult>(512);

/** Every task's fits, paired bootstrap statistics and corrected verdicts for one /compare (a, b, method). */
export function compare(job: CompareJob): CompareFits {
  return computeCompareFits(job, compareFitCache);
}

/** One fit's sensitivity: binned-min variants and every leave-one-out refit (saturating ones are slow). */
export function sensitivity(job: { obs: { model: string; compute: number; error: number }[]; method: FitMethodId }): { rows: SensitivityRow[]; summary: SensitivitySummary } {
  return sensitivityOf(job.obs, job.method);
}

/** An SVG chart rasterised to PNG with the worker's fonts (looked up once per worker). */
export function png(svg: string): Uint8Array<ArrayBuffer> {
  return svgToPng(svg, chartFonts());
}

/**
 * The ingest's saturating fits (scripts/lib/fit-pool.ts): takes the next fit from the counter shared
 * with the other threads (the ingest's main thread too) until none is left; answers [index, row] pairs.
 */
export function ingestFits({ jobs, next }: { jobs: FitJob[]; next: Int32Array }): [number, FitRow][] {
  const out: [number, FitRow][] = [];
  for (let k = Atomics.add(next, 0, 1); k < jobs.length; k = Atomics.add(next, 0, 1)) out.push([k, runFitJob(jobs[k]!)]);
  return out;
}

// The pool starts this module once as a plain worker to learn the file the bundler emitted for
// it (db/services/cpu-pool.ts explains why); in that probe a worker's argv[1] is its own file.
if (!isMainThread && (workerData as { probe?: boolean } | null)?.probe === true) parentPort?.postMessage({ file: process.argv[1] });
