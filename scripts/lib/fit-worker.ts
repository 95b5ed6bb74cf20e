/** Worker thread of scripts/lib/fit-pool.ts: makes each precomputed fit it is sent, one at a time. */
import { parentPort } from "node:worker_threads";
import { runFitJob, type FitJob } from "../../lib/dataset/fit-jobs";

parentPort?.on("message", (job: FitJob) => {
  parentPort!.postMessage(runFitJob(job));
});
