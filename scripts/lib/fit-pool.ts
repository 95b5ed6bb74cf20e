import os from "node:os";
import { fileURLToPath } from "node:url";
import { createCpuPool, type CpuPool } from "../../db/services/cpu-pool";
import { bundledFile, freshBundle } from "./bundle-cache";
import { fitJobs, runFitJob, type FitSource } from "../../lib/dataset/fit-jobs";
import type { FitRow } from "../../lib/fit/fit-row";

const TASKS_TS = fileURLToPath(new URL("../../db/services/cpu-tasks.ts", import.meta.url));

/** Worker threads that make the saturating fits (multi-start + 1,000 bootstrap refits each). */
export interface FitPool {
  /** The precomputed fits of computeAllFits, in the same order and identical to them. */
  run(evaluations: FitSource): Promise<FitRow[]>;
  /** Stop the workers (idempotent; run() also stops them when it is done). */
  close(): void;
}

/**
 * Start the workers now, so they boot while the main thread reads and checks the CSVs: the
 * server's piscina pool (db/services/cpu-pool.ts) over its task module db/services/cpu-tasks.ts,
 * bundled by esbuild into one CommonJS file with no loader (execArgv []) and kept in the bundle
 * cache (bundle-cache.ts), so an ingest whose sources did not change starts them at once: booting
 * a worker under tsx re-registered the loader and transformed every module again, about 0.4 s of
 * CPU per worker. Without esbuild or a writable cache, with workers = 0, or if a worker fails, the
 * fits run on this thread. Results do not depend on the path: each fit is independent and seeded.
 */
export function startFitPool(workers = defaultWorkers()): FitPool {
  const start = (filename: string) => createCpuPool({ filename, threads: workers, maxQueue: workers, execArgv: [], niceIncrement: 0 });
  const fresh = workers < 1 ? null : freshBundle(TASKS_TS);
  const booting: Promise<CpuPool | null> = workers < 1 ? Promise.resolve(null)
    : fresh ? Promise.resolve(start(fresh)) : bundledFile(TASKS_TS).then(start, () => null);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    void booting.then((p) => p?.close());
  };
  return { close, run: async (evaluations) => { try { return await runJobs(evaluations, await booting, workers); } finally { close(); } } };
}

/** computeAllFits with the saturating fits on `workers` threads (a pool started and stopped here). */
export function computeAllFitsParallel(evaluations: FitSource, workers = defaultWorkers()): Promise<FitRow[]> {
  return startFitPool(workers).run(evaluations);
}

/**
 * Line fits on this thread, then saturating fits like the workers (one `ingestFits` task each):
 * every thread takes the next saturating fit, largest series first, from one shared counter (fits
 * differ in cost by 10×, so fixed shares left a thread idle). A fit a failed worker did not deliver
 * is made here.
 */
async function runJobs(evaluations: FitSource, pool: CpuPool | null, workers: number): Promise<FitRow[]> {
  const jobs = fitJobs(evaluations);
  const out: (FitRow | undefined)[] = new Array(jobs.length);
  const heavy = jobs.map((j, i) => ({ j, i })).filter(({ j }) => j.method === "saturating" && j.compute.length >= 4);
  if (!pool || heavy.length === 0) return jobs.map(runFitJob);
  heavy.sort((p, q) => q.j.compute.length - p.j.compute.length || p.i - q.i);
  const task = { jobs: heavy.map((h) => h.j), next: new Int32Array(new SharedArrayBuffer(4)) };
  const done = Promise.all(Array.from({ length: workers }, () => pool.run("ingestFits", task).then(
    (rows) => rows.forEach(([k, row]) => (out[heavy[k]!.i] = row)),
    () => {},
  )));
  const isHeavy = new Set(heavy.map((h) => h.i));
  for (let i = 0; i < jobs.length; i++) if (!isHeavy.has(i)) out[i] = runFitJob(jobs[i]!);
  const { next } = task;
  for (let k = Atomics.add(next, 0, 1); k < heavy.length; k = Atomics.add(next, 0, 1)) out[heavy[k]!.i] = runFitJob(heavy[k]!.j);
  await done;
  for (const h of heavy) out[h.i] ??= runFitJob(h.j);
  return out as FitRow[];
}

/** One worker per core but one (the main thread makes fits too): 1 on this machine. */
function defaultWorkers(): number {
  const fromEnv = Number(process.env.SCALING_INGEST_WORKERS ?? "NaN");
  if (Number.isInteger(fromEnv) && fromEnv >= 0 && fromEnv <= 16) return fromEnv;
  return Math.max(1, Math.min(4, (os.availableParallelism?.() ?? os.cpus().length) - 1));
}
