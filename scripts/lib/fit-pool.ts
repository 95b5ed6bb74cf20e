import os from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { bundledFile } from "./bundle-cache";
import { fitJobs, runFitJob, type FitJob, type FitSource } from "../../lib/dataset/fit-jobs";
import type { FitRow } from "../../lib/fit/fit-row";

// Fallback worker boot: register tsx's loader inside the worker first (works under tsx and vitest alike).
const TSX_BOOT = `import("tsx/esm/api").then((m) => { m.register(); return import(require("node:worker_threads").workerData.url); })`;
const WORKER_TS = new URL("./fit-worker.ts", import.meta.url);

/** Worker threads that make the saturating fits (multi-start + 1,000 bootstrap refits each). */
export interface FitPool {
  /** The precomputed fits of computeAllFits, in the same order and identical to them. */
  run(evaluations: FitSource): Promise<FitRow[]>;
  /** Stop the workers (idempotent; run() also stops them when it is done). */
  close(): void;
}

/**
 * Start the workers now, so they boot while the main thread reads and checks the CSVs. Each worker
 * runs fit-worker.ts bundled by esbuild into one CommonJS file with no loader (execArgv []), kept
 * in the bundle cache (bundle-cache.ts) so an ingest whose sources did not change runs no esbuild
 * (~0.2 s before the workers could start): booting a worker under tsx re-registered the loader and
 * transformed every module again, about 0.4 s of CPU per worker. Without a writable cache the
 * bundle is built in memory; without esbuild the workers fall back to tsx; with workers = 0, or if
 * a worker fails, the fits run on this thread. Results do not depend on the path: each fit is
 * independent and seeded.
 */
export function startFitPool(workers = defaultWorkers()): FitPool {
  const booting = workers < 1 ? Promise.resolve([]) : bootWorkers(workers).catch(() => [] as Worker[]);
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    void booting.then((ws) => ws.forEach((w) => void w.terminate()));
  };
  return { close, run: async (evaluations) => { try { return await runJobs(evaluations, await booting); } finally { close(); } } };
}

/** computeAllFits with the saturating fits on `workers` threads (a pool started and stopped here). */
export function computeAllFitsParallel(evaluations: FitSource, workers = defaultWorkers()): Promise<FitRow[]> {
  return startFitPool(workers).run(evaluations);
}

async function bootWorkers(count: number): Promise<Worker[]> {
  const file = await bundledFile(fileURLToPath(WORKER_TS)).catch(() => null);
  const code = file ? null : await bundleWorker();
  return Array.from({ length: count }, () => {
    const w = file
      ? new Worker(file, { execArgv: [] })
      : code ? new Worker(code, { eval: true, execArgv: [] }) : new Worker(TSX_BOOT, { eval: true, workerData: { url: WORKER_TS.href } });
    // A boot failure surfaces in ask(); idle workers must not keep a failed ingest's process alive.
    w.on("error", () => {});
    w.unref();
    return w;
  });
}

/** fit-worker.ts and what it imports as one CommonJS script, or null without esbuild. */
async function bundleWorker(): Promise<string | null> {
  try {
    const esbuild = createRequire(import.meta.url)("esbuild") as typeof import("esbuild"); // see bundle-cache.ts: no import() here
    const out = await esbuild.build({
      entryPoints: [fileURLToPath(WORKER_TS)], bundle: true, platform: "node", format: "cjs", target: "node20", write: false, logLevel: "silent",
    });
    return out.outputFiles[0]?.text ?? null;
  } catch {
    return null;
  }
}

/**
 * Line fits on this thread, then saturating fits like the workers: every thread takes the next
 * saturating fit, largest series first, from one shared counter (fits differ in cost by 10×, so
 * fixed shares left a thread idle). A fit a failed worker did not deliver is made here.
 */
async function runJobs(evaluations: FitSource, workers: Worker[]): Promise<FitRow[]> {
  const jobs = fitJobs(evaluations);
  const out: (FitRow | undefined)[] = new Array(jobs.length);
  const heavy = jobs.map((j, i) => ({ j, i })).filter(({ j }) => j.method === "saturating" && j.compute.length >= 4);
  if (workers.length === 0 || heavy.length === 0) return jobs.map(runFitJob);
  heavy.sort((p, q) => q.j.compute.length - p.j.compute.length || p.i - q.i);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const done = Promise.all(workers.map((w) => drain(w, heavy.map((h) => h.j), next, (k, row) => { out[heavy[k]!.i] = row; })));
  const isHeavy = new Set(heavy.map((h) => h.i));
  for (let i = 0; i < jobs.length; i++) if (!isHeavy.has(i)) out[i] = runFitJob(jobs[i]!);
  for (let k = Atomics.add(next, 0, 1); k < heavy.length; k = Atomics.add(next, 0, 1)) out[heavy[k]!.i] = runFitJob(heavy[k]!.j);
  await done;
  for (const h of heavy) out[h.i] ??= runFitJob(h.j);
  return out as FitRow[];
}

/** Start one worker on the shared list of fits; resolves when it has taken the last one, or failed. */
function drain(worker: Worker, jobs: FitJob[], next: Int32Array, onRow: (k: number, row: FitRow) => void): Promise<void> {
  worker.ref();
  return new Promise((resolve) => {
    const finish = () => { worker.off("message", message); worker.off("error", finish); worker.off("exit", finish); resolve(); };
    const message = (m: { k: number; row?: FitRow }) => (m.row ? onRow(m.k, m.row) : finish());
    worker.on("message", message);
    worker.on("error", finish);
    worker.on("exit", finish);
    worker.postMessage({ jobs, next });
  });
}

/** One worker per core but one (the main thread makes fits too): 1 on this machine. */
function defaultWorkers(): number {
  const fromEnv = Number(process.env.SCALING_INGEST_WORKERS ?? "NaN");
  if (Number.isInteger(fromEnv) && fromEnv >= 0 && fromEnv <= 16) return fromEnv;
  return Math.max(1, Math.min(4, (os.availableParallelism?.() ?? os.cpus().length) - 1));
}
