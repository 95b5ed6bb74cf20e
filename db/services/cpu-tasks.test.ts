import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeCompareFits } from "../../lib/compare/compute";
import { FIT_GROUPS } from "../../lib/domain/groups";
import { sensitivity } from "../../lib/fit";
import { compareJob } from "./compare";
import { createCpuPool, type CpuPool } from "./cpu-pool";
import { syntheticDb } from "../../tests/support/synthetic-db";

// The real task module on real worker threads (under tsx): what a worker answers must be exactly
// what the same pure function answers on this thread, field by field, so moving the work to the
// pool changed no number. (The server runs the bundled module: tests/e2e checks its answers.)
let pool: CpuPool;
beforeAll(() => {
  pool = createCpuPool({ filename: path.resolve("db/services/__fixtures__/cpu-tasks-tsx.cjs"), threads: 1, maxQueue: 8 });
});
afterAll(async () => pool.close());

const db = syntheticDb();
// Time taken and the worker's cache hits are the only fields allowed to differ.
const noMs = <T extends { ms: number; cached: number }>(x: T) => ({ ...x, ms: 0, cached: 0 });

describe("the compare task on a worker", () => {
  it.each([
    ["LAION-400M", "LAION-2B", "paper"], ["CLIP-WIT", "LAION", "ols"], ["LAION-2B", "CLIP-WIT", "binned-min"],
  ] as const)("%s vs %s (%s) equals the in-process computation", async (a, b, method) => {
    const job = compareJob(db, a, b, method);
    expect(job.tasks.map((t) => t.task)).toEqual(["cars", "imagenet1k", "mscoco_captions", "vtab/pets"]);
    expect(job.tasks[0]!.a.compute.length).toBeGreaterThan(0);
    const pooled = await pool.run("compare", job);
    const here = computeCompareFits(job);
    expect(noMs(pooled)).toEqual(noMs(here));
    expect(pooled.rows.some((r) => r.delta?.ci)).toBe(true); // bootstrap intervals were computed
    expect(pooled.judgement.verdicts).toBeInstanceOf(Map); // structured clone keeps the Map
  });

  it("reuses the worker's fits for a repeated (a, b, method) and answers the same", async () => {
    const job = compareJob(db, "LAION-400M", "LAION-2B", "paper");
    const again = await pool.run("compare", job);
    expect(again.cached).toBeGreaterThan(0);
    expect(noMs(again)).toEqual(noMs(computeCompareFits(job)));
  });
});

describe("the sensitivity task on a worker", () => {
  it.each(["binned-min", "ols", "saturating"] as const)("%s equals the in-process computation", async (method) => {
    for (const group of [FIT_GROUPS[2], FIT_GROUPS[4]]) {
      const obs = db.$client.prepare("SELECT model_id AS model, total_gmacs AS compute, error FROM evaluations WHERE task = 'cars' AND upstream = ? ORDER BY total_gmacs").all(group) as { model: string; compute: number; error: number }[];
      expect(obs).toHaveLength(14);
      const pooled = await pool.run("sensitivity", { obs, method });
      expect(pooled).toEqual(sensitivity(obs, method));
      expect(pooled.rows.filter((r) => r.variant.startsWith("leave-out:"))).toHaveLength(14);
    }
  });
});
