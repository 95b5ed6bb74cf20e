/**
 * `npm run bench:fits [-- --runs 3]`
 * Time to precompute the fits at ingest: (a) the CPU time of each method's fits over all
 * task × metric × group slices on one thread (the saturating ones include the 300-start
 * optimisation and 1,000 bootstrap refits each), (b) the whole ingest of the real files, median of
 * K runs, with the saturating fits on worker threads (default) and on the main thread
 * (SCALING_INGEST_WORKERS=0) as the baseline in the same run.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { readEnv } from "../../lib/env";
import { buildDataset } from "../../lib/dataset/build";
import { fitJobs, runFitJob } from "../../lib/dataset/fit-jobs";
import { loadFiles } from "../lib/load";
import { runIngest } from "../lib/run-ingest";
import { readSourceDir } from "../lib/source";
import { machine, median, printTable } from "./report";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
const RUNS = Number(values.runs);
const SOURCE = path.resolve(process.env.SCALING_DATA_DIR ?? "../shared/data/scaling-laws-openclip");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-fits-"));

const { parsed } = loadFiles(readSourceDir(SOURCE).files);
const jobs = fitJobs(buildDataset(parsed).dataset.evaluations);
const rows: string[][] = [];
for (const method of ["binned-min", "ols", "saturating"]) {
  const mine = jobs.filter((j) => j.method === method);
  const u0 = process.cpuUsage();
  const t0 = performance.now();
  const ok = mine.map(runFitJob).filter((r) => r.status === "ok").length;
  const cpu = process.cpuUsage(u0);
  rows.push([method, `${mine.length} (${ok} ok)`, `${((performance.now() - t0) / 1000).toFixed(2)} s`, `${((cpu.user + cpu.system) / 1e6).toFixed(2)} s`]);
}
console.log(`Fits on one thread, real data, on ${machine()}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
printTable(["method", "fits", "wall", "CPU"], rows);

async function ingestTimes(workers: string): Promise<number[]> {
  process.env.SCALING_INGEST_WORKERS = workers;
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await runIngest({ source: SOURCE, dbPath: path.join(tmp, "real.db"), env: readEnv(), log: () => {} });
    out.push(performance.now() - t0);
  }
  return out;
}
const inline = await ingestTimes("0");
const pooled = await ingestTimes(String(Math.min(4, os.availableParallelism())));
printTable(["whole ingest of the real files", "median", "runs"], [
  ["saturating fits on the main thread (baseline)", `${(median(inline) / 1000).toFixed(2)} s`, inline.map((t) => (t / 1000).toFixed(2)).join(", ")],
  ["saturating fits on worker threads", `${(median(pooled) / 1000).toFixed(2)} s`, pooled.map((t) => (t / 1000).toFixed(2)).join(", ")],
]);
console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log(`BENCH_JSON ${JSON.stringify({ bench: "fits", ok: median(pooled) < 3000, rows: [{ metric: "ingest (workers)", value: Math.round(median(pooled)), unit: "ms", goal: "< 3000", pass: median(pooled) < 3000 }] })}`);
fs.rmSync(tmp, { recursive: true, force: true });
