/** Worker thread of scripts/lib/fit-pool.ts: makes the precomputed fits it is sent. */
import { parentPort } from "node:worker_threads";
import { runFitJob, type FitJob } from "../../lib/dataset/fit-jobs";

parentPort?.on("message", (jobs: FitJob[]) => {
  parentPort!.postMessage(jobs.map(runFitJob));
});
