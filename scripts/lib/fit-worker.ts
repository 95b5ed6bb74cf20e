/** Worker thread of scripts/lib/fit-pool.ts: takes fits from the shared counter until none is left. */
import { parentPort } from "node:worker_threads";
import { runFitJob, type FitJob } from "../../lib/dataset/fit-jobs";

parentPort?.on("message", ({ jobs, next }: { jobs: FitJob[]; next: Int32Array }) => {
  for (let k = Atomics.add(next, 0, 1); k < jobs.length; k = Atomics.add(next, 0, 1)) parentPort!.postMessage({ k, row: runFitJob(jobs[k]!) });
  parentPort!.postMessage({ k: -1 });
});
