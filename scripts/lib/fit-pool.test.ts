import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { buildDataset } from "../../lib/dataset/build";
import { computeAllFits, fitJobs, runFitJob } from "../../lib/dataset/fit-jobs";
import { createCpuPool } from "../../db/services/cpu-pool";
import { bundledFile, importBundled } from "./bundle-cache";
import { computeAllFitsParallel } from "./fit-pool";
import { loadFiles } from "./load";
import { readSourceDir } from "./source";
import { SHARED } from "../../tests/support/ingest";

describe("fit workers (scripts/lib/fit-pool.ts)", () => {
  // Three tasks of the real data: 45 fits, 15 of them saturating with a bootstrap.
  const { parsed } = loadFiles(readSourceDir(SHARED).files);
  const keep = new Set(["imagenet1k", "cars", "vtab/dtd"]);
  const evaluations = buildDataset(parsed).dataset.evaluations.filter((e) => keep.has(e.task));

  it("give the same rows, in the same order, as the fits on this thread (2 workers, 1 and 0)", async () => {
    const inline = computeAllFits(evaluations);
    expect(inline.filter((r) => r.method === "saturating" && r.bootstrapUsed !== null).length).toBeGreaterThan(5);
    for (const workers of [2, 1, 0]) expect(await computeAllFitsParallel(evaluations, workers)).toEqual(inline);
  });

  it("run on the server's piscina pool: its bundled task module takes every fit from the shared counter", async () => {
    const pool = createCpuPool({ filename: await bundledFile("db/services/cpu-tasks.ts"), threads: 1, maxQueue: 1, execArgv: [], niceIncrement: 0 });
    const jobs = fitJobs(evaluations).filter((j) => j.method === "saturating").slice(0, 4);
    const next = new Int32Array(new SharedArrayBuffer(4));
    expect(await pool.run("ingestFits", { jobs, next })).toEqual(jobs.map((j, k) => [k, runFitJob(j)]));
    expect(Atomics.load(next, 0)).toBe(jobs.length + 1); // the worker's last take found none left
    await pool.close();
  });
}, 300_000);

describe("importBundled (scripts/lib/bundle-cache.ts)", () => {
  it("loads a module from its bundle, keeps import.meta.url per module, and rebuilds when a source changes", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bundle-test-"));
    const dep = path.join(dir, "dep.ts");
    const entry = path.join(dir, `entry-${process.pid}.ts`);
    fs.writeFileSync(dep, "export const where = import.meta.url;\nexport const value: number = 1;\n");
    fs.writeFileSync(entry, `export { value, where } from "./dep";\n`);
    const never = async () => { throw new Error("fell back to the plain import"); };
    type M = { value: number; where: string };
    const first = await importBundled<M>(entry, never);
    expect(first).toMatchObject({ value: 1, where: pathToFileURL(dep).href });
    fs.writeFileSync(dep, "export const where = import.meta.url;\nexport const value: number = 22;\n");
    expect((await importBundled<M>(entry, never)).value).toBe(22);
    fs.rmSync(dir, { recursive: true, force: true });
    for (const ext of ["cjs", "json"]) fs.rmSync(path.join("node_modules/.cache/scaling-bundles", `entry-${process.pid}.${ext}`), { force: true });
  });
});
