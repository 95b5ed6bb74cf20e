import os from "node:os";
import { Worker } from "node:worker_threads";
import type { EvaluationRow } from "../../lib/dataset/rows";
import { fitJobs, runFitJob, type FitJob } from "../../lib/dataset/fit-jobs";
import type { FitRow } from "../../lib/fit/fit-row";

// The worker is TypeScript: register tsx's loader inside it first (works under tsx and vitest alike).
const BOOT = `import("tsx/esm/api").then((m) => { m.register(); return import(require("node:worker_threads").workerData.url); })`;

/**
 * Every precomputed fit (fitJobs → runFitJob), with the saturating fits (multi-start + 1000 bootstrap
 * refits each, ~90% of the CPU time) spread over worker threads while this thread makes the line
 * fits. Rows come back in the same order and are identical to running the jobs on one thread (same seeds; each fit
 * is independent). Falls back to this thread if workers cannot start.
 */
export async function computeAllFitsParallel(evaluations: readonly EvaluationRow[], workers = defaultWorkers()): Promise<FitRow[]> {
  const jobs = fitJobs(evaluations);
  const heavy = jobs.map((j, i) => ({ j, i })).filter(({ j }) => j.method === "saturating" && j.compute.length >= 4);
  if (workers < 1 || heavy.length === 0) return jobs.map(runFitJob);
  // Round-robin by index: neighbouring jobs (same task) cost about the same, so the shares balance.
  const shares = Array.from({ length: workers }, (_, w) => heavy.filter((_, k) => k % workers === w));
  const url = new URL("./fit-worker.ts", import.meta.url).href;
  let pending: Promise<FitRow[]>[];
  try {
    pending = shares.map((share) => runOnWorker(url, share.map((s) => s.j)));
  } catch {
    return jobs.map(runFitJob);
  }
  const out: (FitRow | undefined)[] = new Array(jobs.length);
  const isHeavy = new Set(heavy.map((h) => h.i));
  jobs.forEach((j, i) => { if (!isHeavy.has(i)) out[i] = runFitJob(j); });
  const results = await Promise.all(pending.map((p, w) => p.catch(() => shares[w]!.map((s) => runFitJob(s.j)))));
  results.forEach((rows, w) => rows.forEach((row, k) => { out[shares[w]![k]!.i] = row; }));
  return out as FitRow[];
}

function runOnWorker(url: string, jobs: FitJob[]): Promise<FitRow[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(BOOT, { eval: true, workerData: { url } });
    worker.once("message", (rows: FitRow[]) => { resolve(rows); void worker.terminate(); });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`fit worker exited with code ${code}`)));
    worker.once("online", () => worker.postMessage(jobs));
  });
}

/** One worker per core (the main thread's line fits are light): 2 on this machine. */
function defaultWorkers(): number {
  const fromEnv = Number(process.env.SCALING_INGEST_WORKERS ?? "NaN");
  if (Number.isInteger(fromEnv) && fromEnv >= 0 && fromEnv <= 16) return fromEnv;
  return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
}
