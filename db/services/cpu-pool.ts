import os from "node:os";
import { Worker } from "node:worker_threads";
import { Piscina } from "piscina";
import { AppError } from "../../lib/errors";
import type * as CpuTasks from "./cpu-tasks";

/**
 * One pool of worker threads (piscina) for every CPU-heavy request: live refits (bootstrap), PNG
 * rasterising, /compare's fits and bootstraps, the sensitivity refits and, through `runCpuTask`,
 * any other task exported by ./cpu-tasks.ts. The event loop that serves pages only reads SQLite
 * and builds strings; it never waits on a fit. The ingest's saturating fits run on a pool of the
 * same factory and task module (scripts/lib/fit-pool.ts), hence no `server-only` guard here.
 *
 * - Bounded: at most SCALING_POOL_QUEUE tasks wait (default 256: one cold /predict request alone queues a law fit per task and group); beyond that a task is refused at
 *   once with a 503 and Retry-After, never queued without limit.
 * - A worker that dies is replaced by piscina; the tasks it held fail with a 503 (retry), and
 *   nothing is ever computed on the main thread instead.
 * - Workers run at a lower CPU priority (nice +10 on Linux), so on a busy machine pages win.
 */
type Tasks = typeof CpuTasks;
export type CpuTaskName = { [K in keyof Tasks]: Tasks[K] extends (arg: never) => unknown ? K : never }[keyof Tasks];
type Arg<K extends CpuTaskName> = Parameters<Tasks[K]>[0];
type Out<K extends CpuTaskName> = ReturnType<Tasks[K]>;

export interface CpuPoolOptions { filename: string; threads: number; maxQueue: number; execArgv?: string[]; niceIncrement?: number }
export interface CpuPool { run<K extends CpuTaskName>(name: K, arg: Arg<K>): Promise<Out<K>>; piscina: Piscina; close(): Promise<void> }

/** Seconds a refused client is asked to wait before retrying. */
export const RETRY_AFTER_S = 2;

const intEnv = (name: string, lo: number, hi: number, dflt: number) => {
  const v = Number(process.env[name] || "NaN");
  return Number.isInteger(v) && v >= lo && v <= hi ? v : dflt;
};

/** A pool over a task module file; errors come back as AppErrors a route turns into responses. */
export function createCpuPool(o: CpuPoolOptions): CpuPool {
  const piscina = new Piscina({
    filename: o.filename, minThreads: o.threads, maxThreads: o.threads, maxQueue: o.maxQueue,
    idleTimeout: 60_000, niceIncrement: o.niceIncrement ?? 10, execArgv: o.execArgv,
  });
  // An 'error' event without a listener would crash the server; the failed tasks are answered below.
  piscina.on("error", (e) => console.error("[cpu-pool] worker error", e));
  return {
    piscina,
    run: async (name, arg) => {
      try {
        return (await piscina.run(arg, { name })) as Out<typeof name>;
      } catch (e) {
        throw toAppError(e);
      }
    },
    close: () => piscina.close({ force: true }),
  };
}

function toAppError(e: unknown): unknown {
  const msg = e instanceof Error ? e.message : "";
  const code = (e as { code?: unknown } | null)?.code;
  if (msg === "Task queue is at limit") {
    return new AppError("unavailable", `The server is busy computing charts and fits; retry in ${RETRY_AFTER_S} s.`, undefined, { retryAfter: RETRY_AFTER_S });
  }
  if (msg.startsWith("worker exited with code") || msg === "Terminating worker thread" || (typeof code === "string" && code.startsWith("ERR_WORKER_"))) {
    console.error("[cpu-pool] a worker stopped during a task (it is replaced)", e);
    return new AppError("unavailable", `A worker stopped while computing this answer; retry in ${RETRY_AFTER_S} s.`, undefined, { retryAfter: RETRY_AFTER_S });
  }
  return e; // the task's own exception: a bug, answered as a generic 500 by the route
}

/**
 * The bundled file of ./cpu-tasks.ts. Turbopack compiles a module into its own chunk only for the
 * literal `new Worker(new URL("./x.ts", import.meta.url))`, and piscina needs a file path: so the
 * module is started once as a plain worker that posts back its own file name (its argv[1]).
 */
function probeTaskFile(): Promise<string> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL("./cpu-tasks.ts", import.meta.url), { workerData: { probe: true } });
    w.once("message", (m: { file?: unknown }) => {
      void w.terminate();
      if (typeof m.file === "string") resolve(m.file);
      else reject(new Error("cpu-pool probe sent no file name"));
    });
    w.once("error", reject);
    w.once("exit", (code) => reject(new Error(`cpu-pool probe exited with code ${code}`)));
  });
}

const g = globalThis as unknown as { __cpuPool?: Promise<CpuPool>; __cpuPoolReady?: CpuPool };

/** The server's pool (one per process, shared by every route bundle). */
export function cpuPool(): Promise<CpuPool> {
  g.__cpuPool ??= probeTaskFile().then((filename) => {
    const cores = os.availableParallelism?.() ?? os.cpus().length;
    const threads = intEnv("SCALING_POOL_THREADS", 1, 16, Math.max(1, Math.min(4, cores - 1)));
    return (g.__cpuPoolReady = createCpuPool({ filename, threads, maxQueue: intEnv("SCALING_POOL_QUEUE", 1, 10_000, 256) }));
  });
  // A failed start is not cached: the next request tries again (and fails as loudly).
  g.__cpuPool.catch(() => (g.__cpuPool = undefined));
  return g.__cpuPool;
}

/**
 * Use `pool` as the server's pool (tests: a pool over the real task module under tsx); undefined
 * forgets it, and the next task starts the usual one.
 */
export function setCpuPool(pool: CpuPool | undefined): void {
  g.__cpuPool = pool && Promise.resolve(pool);
  g.__cpuPoolReady = pool;
}

/** Figures of the server's pool for /api/health (null until its first task started it). */
export function cpuPoolStats(): { threads: number; completed: number; queued: number; utilization: number } | null {
  const p = g.__cpuPoolReady?.piscina;
  return p ? { threads: p.threads.length, completed: p.completed, queued: p.queueSize, utilization: p.utilization } : null;
}

/** Run one task of ./cpu-tasks.ts on the server's pool. */
export async function runCpuTask<K extends CpuTaskName>(name: K, arg: Arg<K>): Promise<Out<K>> {
  return (await cpuPool()).run(name, arg);
}
