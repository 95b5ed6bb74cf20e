import "server-only";
import os from "node:os";
import { Worker } from "node:worker_threads";
import { fitPowerLaw } from "../../lib/fit";
import type { FitOptions, FitResult } from "../../lib/fit/types";

type Job = { compute: number[]; error: number[]; opts: FitOptions };
type Pending = { job: Job; resolve: (r: FitResult) => void };
type Slot = { worker: Worker; pending: Map<number, Pending>; answered: number };

// One worker per spare core (at least one): the main thread keeps serving while fits run.
// SCALING_FIT_WORKERS=0 fits on the main thread (the behaviour before workers; for comparisons).
const fromEnv = Number(process.env.SCALING_FIT_WORKERS || "NaN");
const SIZE = Number.isInteger(fromEnv) && fromEnv >= 0 && fromEnv <= 8 ? fromEnv : Math.max(1, Math.min(4, (os.availableParallelism?.() ?? os.cpus().length) - 1));
const g = globalThis as unknown as { __fitPool?: { slots: Slot[]; next: number; seq: number; broken: boolean } };
const inline = (j: Job): FitResult => fitPowerLaw(j.compute, j.error, j.opts);

function spawn(pool: NonNullable<typeof g.__fitPool>): Slot {
  const worker = new Worker(new URL("./refit-worker.ts", import.meta.url));
  const slot: Slot = { worker, pending: new Map(), answered: 0 };
  worker.unref(); // never keeps the server process alive
  worker.on("message", (m: { id: number; result?: FitResult; error?: string }) => {
    const p = slot.pending.get(m.id);
    slot.pending.delete(m.id);
    slot.answered++;
    if (p) p.resolve(m.result ?? inline(p.job));
  });
  // A worker that dies answers nothing more: its jobs are fitted here, and it is replaced on the
  // next call (unless it never answered at all: then workers do not work here, so stop trying).
  const fail = (e: unknown) => {
    if (slot.answered === 0) {
      if (!pool.broken) console.error("[refit] fit worker failed; fitting on the main thread from now on", e);
      pool.broken = true;
    }
    pool.slots = pool.slots.filter((s) => s !== slot);
    for (const p of slot.pending.values()) p.resolve(inline(p.job));
    slot.pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`fit worker exited with code ${code}`)));
  return slot;
}

/**
 * fitPowerLaw on a worker thread (round-robin over a small pool). The answer is the same as a
 * direct call: workers only move the CPU time off the event loop, and any worker failure falls
 * back to fitting on the calling thread.
 */
export async function fitOffThread(compute: number[], error: number[], opts: FitOptions): Promise<FitResult> {
  const job: Job = { compute, error, opts };
  const pool = (g.__fitPool ??= { slots: [], next: 0, seq: 0, broken: false });
  if (pool.broken || SIZE === 0) return inline(job);
  try {
    while (pool.slots.length < SIZE) pool.slots.push(spawn(pool));
  } catch (e) {
    console.error("[refit] worker threads unavailable; fitting on the main thread", e);
    pool.broken = true;
    return inline(job);
  }
  const slot = pool.slots[pool.next++ % pool.slots.length]!;
  const id = pool.seq++;
  return new Promise<FitResult>((resolve) => {
    slot.pending.set(id, { job, resolve });
    slot.worker.postMessage({ id, ...job });
  });
}
