/**
 * `npm run bench:ingest [-- --rows N --runs K --synthetic-runs S]`
 * (a) the real upstream files end to end (validate, checks, 430 fits with 1,000-resample bootstrap,
 *     atomic write), K runs, median; (b) N synthetic evaluation rows (default 1,000,000) through
 *     runIngest itself, the code `npm run ingest` runs: read the four files (+ sha256), then the
 *     results streamed through decode, parse and validate (lib/csv), the cross-file checks
 *     (lib/dataset) and into a new database (db/mutations); the other rows, indexes, ANALYZE,
 *     fsync and rename. Only the fits are left out (a pool that
 *     makes none): bench:fits measures those. S runs, medians of wall and CPU time, peak RSS.
 * Synthetic rows are generated here (made-up values), never copied from upstream.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { archInfoFile, learningCurvesFile, trainedModelsFile, zeroshotResultsFile } from "../../lib/csv/schemas";
import { readEnv } from "../../lib/env";
import { runIngest } from "../lib/run-ingest";
import { machine, median, printTable } from "./report";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    runs: { type: "string", default: "5" },
    "synthetic-runs": { type: "string", default: "3" },
  },
});
const N = Number(values.rows);
const RUNS = Number(values.runs);
const SYN_RUNS = Number(values["synthetic-runs"]);
const SOURCE = path.resolve(process.env.SCALING_DATA_DIR ?? "../shared/data/scaling-laws-openclip");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bench-ingest-"));

async function realData(): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await runIngest({ source: SOURCE, dbPath: path.join(tmp, "real.db"), env: readEnv(), log: () => {} });
    times.push(performance.now() - t0);
  }
  return times;
}

/**
 * Four files in upstream's layout that pass every check: M models (synthetic-j.pt) on 7
 * architectures, N results (task k × model j, row i = k·M + j) consistent with the cards.
 */
function writeSynthetic(dir: string, n: number): number {
  const M = Math.min(50_000, n);
  const arch = (j: number) => j % 7;
  const gmacs = (a: number) => 4 + a * 1.5;
  const seen = (j: number) => 3e9 + (j % 97) * 1e8;
  const data = (j: number) => ["80M", "400M", "2B"][j % 3]!;
  const write = (file: string, header: readonly string[], count: number, line: (i: number) => string) => {
    const fd = fs.openSync(path.join(dir, file), "w");
    let buf = `${header.join(",")}\n`;
    for (let i = 0; i < count; i++) {
      buf += `${line(i)}\n`;
      if (buf.length > 1 << 20) {
        fs.writeSync(fd, buf);
        buf = "";
      }
    }
    fs.writeSync(fd, buf);
    fs.closeSync(fd);
  };
  write(archInfoFile.name, archInfoFile.header, 7, (a) => `ViT-S-${a},224,384,384,384,${gmacs(a)},6.5,63.1,1.2,2.5,22.6,1.7,4,40.4`);
  write(trainedModelsFile.name, trainedModelsFile.header, M, (j) =>
    `synthetic-${j}.pt,ViT-S-${arch(j)},${data(j)},3B,0.001,2000,1,128,50000.5,${seen(j)},672,,https://example.org/synthetic-${j}.pt`);
  write(learningCurvesFile.name, learningCurvesFile.header, 10, (e) => `0.5,0.8,synthetic-0.pt,${e}`);
  write(zeroshotResultsFile.name, zeroshotResultsFile.header, n, (i) => {
    const j = i % M;
    const g = gmacs(arch(j));
    const acc = ((i * 7919) % 10000) / 10000;
    return `ViT-S-${arch(j)},${seen(j)}.0,${seen(j) * g},${g},LAION-${data(j)},task_${(i / M) | 0},${acc},${acc},${acc},,,,zeroshot_classification,3B,synthetic-${j}.pt`;
  });
  return fs.statSync(path.join(dir, zeroshotResultsFile.name)).size;
}

/** The bench's fit pool: no fits (see the header). */
const noFits = { run: async () => [], close: () => {} };

/** One ingest of the synthetic files into a new database; wall time of each logged stage. */
async function synthetic(dir: string): Promise<{ ms: number; cpuMs: number; stages: Record<string, number>; accepted: number }> {
  const dbFile = path.join(tmp, "synthetic.db");
  fs.rmSync(dbFile, { force: true });
  const marks: [string, number][] = [];
  const stages: Record<string, number> = {};
  const log = (m: string) => {
    const stage = /^\[[\d.]+s\] (\w+)/.exec(m)?.[1];
    if (stage) marks.push([stage, performance.now()]);
    for (const [, k, s] of m.matchAll(/(evaluation rows|other rows|indexes|ANALYZE) ([\d.]+) s/g)) stages[k!] = Number(s) * 1000;
  };
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const s = await runIngest({ source: dir, dbPath: dbFile, env: readEnv(), log, fitPool: noFits });
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  for (let i = 0; i + 1 < marks.length; i++) stages[marks[i]![0]] = marks[i + 1]![1] - marks[i]![1];
  fs.rmSync(dbFile, { force: true });
  return { ms, cpuMs: (cpu.user + cpu.system) / 1000, stages, accepted: s.counts.evaluations ?? 0 };
}

/** Baseline measured in the same run: read the file and split every line on commas, nothing else. */
async function naiveSplit(file: string): Promise<number> {
  const t0 = performance.now();
  let fields = 0;
  let rest = "";
  for await (const chunk of fs.createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 })) {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    for (const l of lines) fields += l.split(",").length;
  }
  if (fields === 0) throw new Error("empty synthetic file");
  return performance.now() - t0;
}

const real = await realData();
const dir = path.join(tmp, "synthetic");
fs.mkdirSync(dir);
const bytes = writeSynthetic(dir, N);
const baselineMs = await naiveSplit(path.join(dir, zeroshotResultsFile.name));
const rssBefore = process.resourceUsage().maxRSS;
const loadBefore = os.loadavg();
const rs: Awaited<ReturnType<typeof synthetic>>[] = [];
for (let i = 0; i < SYN_RUNS; i++) rs.push(await synthetic(dir));
const peakRssMb = process.resourceUsage().maxRSS / 1024;
fs.rmSync(tmp, { recursive: true, force: true });

const ms = median(rs.map((r) => r.ms));
const cpuMs = median(rs.map((r) => r.cpuMs));
const accepted = rs[0]!.accepted;
const stage = (k: string) => `${(median(rs.map((r) => r.stages[k] ?? NaN)) / 1000).toFixed(2)} s`;
const rowsPerSec = accepted / (ms / 1000);
const rowsPerCpuSec = accepted / (cpuMs / 1000);
printTable(["benchmark", "figure", "target"], [
  ["real data, full ingest (median of " + RUNS + ")", `${median(real).toFixed(0)} ms (min ${Math.min(...real).toFixed(0)}, max ${Math.max(...real).toFixed(0)})`, "< 2000 ms"],
  [`synthetic ${N.toLocaleString("en")} rows (${(bytes / 1e6).toFixed(0)} MB CSV), runIngest without fits, median of ${SYN_RUNS}`, "", ""],
  ["  baseline in the same run: read + split(',') only", `${(baselineMs / 1000).toFixed(2)} s (${Math.round(N / (baselineMs / 1000)).toLocaleString("en")} rows/s)`, ""],
  ["  read + sha256 / small files / results streamed: decode + parse + validate + checks + insert (wall)", `${stage("source")} / ${stage("validate")} / ${stage("write")}`, ""],
  ["  of which evaluation rows in SQLite; then curves + checks / other rows + indexes + ANALYZE + fsync + rename", `${stage("evaluation rows")}; ${stage("check")} / ${stage("index")}`, ""],
  ["  other rows / indexes / ANALYZE (wall)", `${stage("other rows")} / ${stage("indexes")} / ${stage("ANALYZE")}`, ""],
  ["  throughput (wall; per CPU-second of this process)", `${Math.round(rowsPerSec).toLocaleString("en")} rows/s; ${Math.round(rowsPerCpuSec).toLocaleString("en")} rows/CPU-s`, ">= 300,000 rows/s"],
  ["  peak RSS (whole process)", `${peakRssMb.toFixed(0)} MB (before synthetic: ${(rssBefore / 1024).toFixed(0)} MB)`, "< 1024 MB"],
]);
const loads = (l: number[]) => l.map((x) => x.toFixed(1)).join(" ");
console.log(`machine: ${machine()}; load average before the synthetic runs ${loads(loadBefore)}, at the end ${loads(os.loadavg())}`);
console.log(`BENCH_JSON ${JSON.stringify({
  bench: "ingest",
  real_ms_median: median(real),
  synthetic_rows: accepted,
  synthetic_s: ms / 1000,
  rows_per_s: rowsPerSec,
  rows_per_cpu_s: rowsPerCpuSec,
  peak_rss_mb: peakRssMb,
  baseline_split_s: baselineMs / 1000,
})}`);
