/**
 * The CPU pool's worker entry (piscina loads this module in each worker thread): one named export
 * per task. Everything here is CPU-bound work that must not run on the server's event loop.
 * Not `server-only`: it runs in a plain worker thread, where that package's guard does not apply.
 */
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import { svgToPng } from "../../lib/chart-svg/png";
import { fitPowerLaw } from "../../lib/fit";
import type { FitOptions, FitResult } from "../../lib/fit/types";
import { chartFonts } from "./chart-fonts";

/** A power-law fit (the bootstrap is the costly part). */
export function fit(job: { compute: number[]; error: number[]; opts: FitOptions }): FitResult {
  return fitPowerLaw(job.compute, job.error, job.opts);
}

/** An SVG chart rasterised to PNG with the worker's fonts (looked up once per worker). */
export function png(svg: string): Uint8Array<ArrayBuffer> {
  return svgToPng(svg, chartFonts());
}

// The pool starts this module once as a plain worker to learn the file the bundler emitted for
// it (db/services/cpu-pool.ts explains why); in that probe a worker's argv[1] is its own file.
if (!isMainThread && (workerData as { probe?: boolean } | null)?.probe === true) parentPort?.postMessage({ file: process.argv[1] });
