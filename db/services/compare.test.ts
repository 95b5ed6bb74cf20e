import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { computeCompareFits } from "../../lib/compare/compute";
import { sortCompareRows } from "../../lib/compare/sort";
import { AppError } from "../../lib/errors";
import { sensitivity } from "../../lib/fit";
import { createCpuPool, setCpuPool, type CpuPool } from "./cpu-pool";
import { syntheticDb } from "../../tests/support/synthetic-db";
import { compareJob, getCompareData } from "./compare";
import { getSensitivity } from "./sensitivity";

// /compare's fits and bootstraps and the sensitivity refits go through the server's CPU pool: the
// real task module on real worker threads (under tsx), installed as the server's pool.
const REAL_TASKS = path.resolve("db/services/__fixtures__/cpu-tasks-tsx.cjs");
const pools: CpuPool[] = [];
function install(threads = 1, maxQueue = 8, filename = REAL_TASKS): CpuPool {
  const p = createCpuPool({ filename, threads, maxQueue });
  pools.push(p);
  setCpuPool(p);
  return p;
}
afterEach(() => setCpuPool(undefined));
afterAll(async () => Promise.all(pools.map((p) => p.close())));

const state = (a: string, b: string, method: string, task = "cars") => ({ a, b, method, task }) as Parameters<typeof getCompareData>[1];
const expected = (db: ReturnType<typeof syntheticDb>, a: string, b: string, method: string) => computeCompareFits(compareJob(db, a as never, b as never, method));
const plain = <T extends object>(x: T) => JSON.parse(JSON.stringify(x));

describe("getCompareData on the CPU pool", () => {
  it("computes on a worker (one pool task), with the numbers of the in-process computation", async () => {
    const db = syntheticDb();
    const pool = install();
    const before = pool.piscina.completed;
    const d = await getCompareData(db, state("LAION-400M", "LAION-2B", "paper"));
    expect(pool.piscina.completed - before).toBe(1);
    const here = expected(db, "LAION-400M", "LAION-2B", "paper");
    expect(plain(d.rows)).toEqual(plain(sortCompareRows(here.rows, "task", "asc", "LAION-400M")));
    expect(plain(d.judgement)).toEqual(plain(here.judgement));
    expect(d.points.a.map((p) => p.model)).toEqual(Array.from({ length: 14 }, (_, i) => `LAION-400M-m${i}`));
    // Another chart task or sort order of the same (a, b, method) reuses the computation.
    const other = await getCompareData(db, { ...state("LAION-400M", "LAION-2B", "paper", "imagenet1k"), sort: "delta", dir: "desc" });
    expect(pool.piscina.completed - before).toBe(1);
    expect(plain(other.rows)).toEqual(plain(sortCompareRows(here.rows, "delta", "desc", "LAION-400M")));
    db.$client.close();
  });

  it("never computes on the main thread: without a pool task to run, the request fails", async () => {
    const db = syntheticDb();
    install(1, 4, path.resolve("db/services/__fixtures__/pool-tasks.cjs")); // a task module without `compare`
    const e = await getCompareData(db, state("LAION-2B", "CLIP-WIT", "ols")).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(Error);
    expect((e as Error).message).toMatch(/handler/i); // piscina found no `compare` task, and nothing else ran it
    db.$client.close();
  });

  it("shares one computation between concurrent identical requests", async () => {
    const db = syntheticDb();
    const pool = install();
    const before = pool.piscina.completed;
    const s = state("CLIP-WIT", "LAION", "binned-min");
    const [x, y, z] = await Promise.all([getCompareData(db, s), getCompareData(db, s), getCompareData(db, { ...s, task: "imagenet1k" })]);
    expect(y).toBe(x);
    expect(z.rows).toEqual(x.rows);
    expect(pool.piscina.completed - before).toBe(1);
    db.$client.close();
  });

  it("answers 503 when its worker is killed mid-computation, caches nothing, and the next request succeeds on a new worker", async () => {
    const db = syntheticDb();
    const real = install();
    await real.run("sensitivity", { obs: [], method: "ols" }); // the worker is up and idle
    const first = real.piscina.threads[0];
    // The same pool, but its worker is terminated as soon as the compare task has been handed to it.
    let killed = false;
    setCpuPool({
      ...real,
      run: (name, arg) => {
        const p = real.run(name, arg);
        if (name === "compare" && !killed) {
          killed = true;
          void real.piscina.threads[0]!.terminate();
        }
        return p;
      },
    });
    const s = state("LAION-2B", "LAION-400M", "ols");
    const died = await getCompareData(db, s).catch((e: unknown) => e);
    expect(killed).toBe(true);
    expect(died).toBeInstanceOf(AppError);
    expect((died as AppError).status).toBe(503);
    expect((died as AppError).retryAfter).toBeGreaterThan(0);
    expect((died as AppError).message).toMatch(/worker stopped.*retry/);
    // The refusal was not cached: the next request computes afresh, on the replacement worker.
    const before = real.piscina.completed;
    const ok = await getCompareData(db, s);
    expect(real.piscina.completed - before).toBe(1);
    expect(real.piscina.threads[0]).not.toBe(first);
    expect(plain(ok.rows)).toEqual(plain(expected(db, "LAION-2B", "LAION-400M", "ols").rows));
    db.$client.close();
  });

  it("refuses with 503 and Retry-After when the queue is full, and does not cache the refusal", async () => {
    const db = syntheticDb();
    const pool = install(1, 1);
    const runs = (["paper", "ols", "binned-min"] as const).map((m) => getCompareData(db, state("LAION-400M", "CLIP-WIT", m)).catch((e: unknown) => e));
    const answers = await Promise.all(runs);
    const refused = answers.filter((a) => a instanceof AppError);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) {
      expect((r as AppError).status).toBe(503);
      expect((r as AppError).message).toMatch(/busy/);
    }
    const i = answers.findIndex((a) => a instanceof AppError);
    const before = pool.piscina.completed;
    const again = await getCompareData(db, state("LAION-400M", "CLIP-WIT", (["paper", "ols", "binned-min"] as const)[i]!));
    expect(again.rows).toHaveLength(4);
    expect(pool.piscina.completed - before).toBe(1);
    db.$client.close();
  });
});

describe("getSensitivity on the CPU pool", () => {
  it("runs the refits as one pool task and answers what lib/fit answers on this thread", async () => {
    const db = syntheticDb();
    const pool = install();
    const before = pool.piscina.completed;
    const s = await getSensitivity(db, { task: "imagenet1k", group: "LAION-2B", method: "paper" });
    expect(pool.piscina.completed - before).toBe(1);
    expect(s.method).toBe("binned-min");
    // E = 1 − acc1, as the route derives it from the metric column.
    const obs = db.$client.prepare("SELECT model_id AS model, total_gmacs AS compute, acc1 FROM evaluations WHERE task = 'imagenet1k' AND upstream = 'LAION-2B' ORDER BY total_gmacs, model_id").all() as { model: string; compute: number; acc1: number }[];
    const here = sensitivity(obs.map((o) => ({ model: o.model, compute: o.compute, error: 1 - o.acc1 })), "binned-min");
    expect(plain(s.rows)).toEqual(plain(here.rows));
    expect(s.summary).toEqual(here.summary);
    await getSensitivity(db, { task: "imagenet1k", group: "LAION-2B", method: "binned-min" }); // the same fit: cached
    expect(pool.piscina.completed - before).toBe(1);
    db.$client.close();
  });
});
