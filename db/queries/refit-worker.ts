/**
 * Worker thread entry: runs power-law fits (the bootstrap is the CPU-heavy part) off the server's
 * event loop, so a burst of live refits does not stall page and API requests.
 */
import { parentPort } from "node:worker_threads";
import { fitPowerLaw } from "../../lib/fit";
import type { FitOptions } from "../../lib/fit/types";

export interface FitJob { id: number; compute: number[]; error: number[]; opts: FitOptions }

parentPort?.on("message", (job: FitJob) => {
  try {
    parentPort!.postMessage({ id: job.id, result: fitPowerLaw(job.compute, job.error, job.opts) });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message });
  }
});
