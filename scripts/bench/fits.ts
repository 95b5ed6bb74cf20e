/**
 * `npm run bench:fits [-- --runs 5]`
 * Time to precompute the fits at ingest: (a) the CPU time of each method's fits over all
 * task × metric × group slices on one thread (the saturating ones include the 300-start
 * optimisation and 1,000 bootstrap refits each), (b) the whole ingest of the real files as a user
 * runs it (`npx tsx scripts/ingest.ts`, start-up included), median of K runs: wall time, the
 * ingest's own timer and CPU time, with the saturating fits on worker threads (default) and with
 * SCALING_INGEST_WORKERS=0 (all on the main thread) as the baseline, alternating in the same run.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { buildDataset } from "../../lib/dataset/build";
import { fitJobs, runFitJob } from "../../lib/dataset/fit-jobs";
import { loadFiles } from "../lib/load";
import { readSourceDir } from "../lib/source";
import { machine, median, printTable } from "./report";

const { values } = parseArgs({ options: { runs: { type: "string", default: "5" } } });
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

/**
 * One whole ingest exactly as a user runs it (`npx tsx scripts/ingest.ts …`, under /usr/bin/time):
 * wall time from launch to exit (npx, tsx and module loading included), the ingest's own timer,
 * and the CPU time (user + sys, all threads) of the process tree, which load on a shared machine
 * disturbs far less than the wall time.
 */
function ingestOnce(workers: string): { wall: number; own: number; cpu: number } {
  const db = path.join(tmp, `real-${workers}.db`);
  fs.rmSync(db, { force: true });
  const t0 = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "TIME %U %S", "npx", "tsx", "scripts/ingest.ts", "--source", SOURCE, "--db", db], {
    encoding: "utf8", env: { ...process.env, SCALING_INGEST_WORKERS: workers },
  });
  const wall = performance.now() - t0;
  const time = /TIME ([\d.]+) ([\d.]+)/.exec(r.stderr ?? "");
  const own = /; ([\d.]+) s\s*$/.exec(r.stdout ?? "");
  if (r.status !== 0 || !time || !own) throw new Error(`ingest failed (${r.status}): ${r.stderr}`);
  return { wall, own: Number(own[1]) * 1000, cpu: (Number(time[1]) + Number(time[2])) * 1000 };
}

// Alternate the two settings run by run, so a change in the machine's load hits both alike.
const runs: Record<string, { wall: number; own: number; cpu: number }[]> = { "0": [], pool: [] };
const poolWorkers = String(Math.min(4, os.availableParallelism()));
const loadBefore = os.loadavg();
for (let i = 0; i < RUNS; i++) {
  runs["0"]!.push(ingestOnce("0"));
  runs.pool!.push(ingestOnce(poolWorkers));
}
const s1 = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const row = (label: string, rs: { wall: number; own: number; cpu: number }[]) => [
  label, s1(median(rs.map((r) => r.wall))), s1(median(rs.map((r) => r.own))), s1(median(rs.map((r) => r.cpu))), rs.map((r) => (r.wall / 1000).toFixed(2)).join(", "),
];
console.log(`\nWhole ingest of the real files, \`npx tsx scripts/ingest.ts\`, ${RUNS} runs each (alternating); load average before ${loadBefore.map((l) => l.toFixed(1)).join(" ")}`);
printTable(["setting", "wall (median)", "ingest's own timer", "CPU user+sys", "wall, every run"], [
  row("SCALING_INGEST_WORKERS=0: every fit on the main thread (baseline)", runs["0"]!),
  row(`saturating fits on ${poolWorkers} worker threads (default)`, runs.pool!),
]);
const wallPool = median(runs.pool!.map((r) => r.wall));
console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
console.log(`BENCH_JSON ${JSON.stringify({ bench: "fits", ok: wallPool < 3000, rows: [
  { metric: "whole ingest, wall (workers)", value: Math.round(wallPool), unit: "ms", goal: "< 3000", pass: wallPool < 3000 },
  { metric: "whole ingest, CPU (workers)", value: Math.round(median(runs.pool!.map((r) => r.cpu))), unit: "ms" },
] })}`);
fs.rmSync(tmp, { recursive: true, force: true });
