/**
 * `npm run bench:ingest [-- --rows N --runs K]`
 * (a) the real upstream files end to end (validate, checks, 430 fits with 1,000-resample bootstrap,
 *     atomic write), K runs, median; (b) N synthetic evaluation rows (default 1,000,000) through
 *     the streaming path: read → UTF-8 → parse → validate → insert → index, rows/s and peak RSS,
 *     K runs (`--synthetic-runs`, default 3) of each reader, interleaved, medians of wall and CPU time
 *     (`--readers a,b` picks some by the start of their names). Readers: lib/csv as shipped
 *     (quote-free lines split on commas, csv-parse from the first quote; quick cell checks with zod
 *     on their misses), lib/csv with zod on every cell, and, only while it is in the tree, the
 *     hand-written parser lib/csv replaced (scripts/bench/legacy-csv, restored for a same-run figure).
 * Synthetic rows are generated here (made-up values), never copied from upstream.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb, migrateDb } from "../../db/client";
import { ASK_ZOD } from "../../lib/csv/cells";
import { createCsvReader, type CsvReader } from "../../lib/csv/read";
import { zeroshotResultsFile, type FileSpec, type ZeroshotResult } from "../../lib/csv/schemas";
import type { WithLine } from "../../lib/csv/validate";
import { primaryMetric } from "../../lib/domain/metrics";
import { readEnv } from "../../lib/env";
import { runIngest } from "../lib/run-ingest";
import { machine, median, printTable } from "./report";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    runs: { type: "string", default: "5" },
    "synthetic-runs": { type: "string", default: "3" },
    readers: { type: "string" },
  },
});
const N = Number(values.rows);
const RUNS = Number(values.runs);
const SYN_RUNS = Number(values["synthetic-runs"]);
type Reader = (onRow: (r: WithLine<ZeroshotResult>) => void) => CsvReader;
const spec = zeroshotResultsFile;
/** The same spec with every quick check leaving the cell to zod. */
const zodOnly: FileSpec<ZeroshotResult> = { ...spec, cells: spec.cells.map((c) => ({ ...c, quick: () => ASK_ZOD })) };

/** The hand-written parser lib/csv replaced, when it is restored under scripts/bench/legacy-csv for a same-run figure. */
async function legacyReader(): Promise<Reader | null> {
  const dir = new URL("./legacy-csv/", import.meta.url);
  if (!fs.existsSync(dir)) return null;
  const read: string = new URL("read.ts", dir).href; // not a static import: the folder is deleted after the run
  const schemas: string = new URL("schemas.ts", dir).href;
  const { createCsvReader: create } = (await import(read)) as { createCsvReader: typeof createCsvReader };
  const { zeroshotResultsFile: legacySpec } = (await import(schemas)) as { zeroshotResultsFile: FileSpec<ZeroshotResult> };
  return (onRow) => create(legacySpec.name, legacySpec, onRow);
}

const legacy = await legacyReader();
const ALL_READERS: [string, Reader][] = [
  ["lib/csv: quote-free lines split on commas, csv-parse from the first quote; quick checks, zod on misses", (onRow) => createCsvReader(spec.name, spec, onRow)],
  ["lib/csv with zod on every cell", (onRow) => createCsvReader(zodOnly.name, zodOnly, onRow)],
  ...(legacy ? [["hand-written parser + fast cells (replaced; scripts/bench/legacy-csv)", legacy] as [string, Reader]] : []),
];
const READERS = ALL_READERS.filter(([name]) => !values.readers || values.readers.split(",").some((r) => name.startsWith(r)));
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

const HEADER = spec.header.join(",");
function writeSynthetic(file: string, n: number): number {
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, `${HEADER}\n`);
  let buf = "";
  for (let i = 0; i < n; i++) {
    const seen = 3e9 + (i % 97) * 1e8;
    const gmacs = 4 + (i % 13) * 1.5;
    const acc = ((i * 7919) % 10000) / 10000;
    buf += `ViT-S-${i % 7},${seen}.0,${seen * gmacs},${gmacs},LAION-S${i % 3},task_${(i / 50000) | 0},${acc},${acc},${acc},,,,zeroshot_classification,${i % 3}B,synthetic-${i % 50000}.pt\n`;
    if (buf.length > 1 << 20) {
      fs.writeSync(fd, buf);
      buf = "";
    }
  }
  fs.writeSync(fd, buf);
  fs.closeSync(fd);
  return fs.statSync(file).size;
}

async function streamFile(file: string, read: Reader, onRow: (r: WithLine<ZeroshotResult>) => void) {
  const reader = read(onRow);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: 1 << 20 })) reader.write(chunk as Uint8Array);
  return reader.end().issues;
}

async function synthetic(file: string, read: Reader): Promise<{ ms: number; cpuMs: number; stages: Record<string, number>; accepted: number }> {
  const dbFile = path.join(tmp, `synthetic-${Date.now()}.db`);
  const db = createDb(dbFile);
  db.$client.pragma("journal_mode = OFF");
  db.$client.pragma("synchronous = OFF");
  migrateDb(db);
  // Indexes are built after the load (one sort) instead of maintained per row.
  db.$client.exec("DROP INDEX evaluations_model_task; DROP INDEX evaluations_task;");
  // Multi-row INSERTs (B rows per statement) cut the per-call overhead of better-sqlite3.
  const COLS = "model_id, task, task_type, arch, upstream, samples_seen, samples_seen_pretty, gmacs_per_sample, total_gmacs, acc1, acc5, mean_per_class_recall, image_retrieval_recall_at_5, text_retrieval_recall_at_5, mean_average_precision, metric, error, source_line";
  const B = 64;
  const W = 18;
  const tuple = `(${new Array(W).fill("?").join(",")})`;
  const insertMany = db.$client.prepare(`INSERT INTO evaluations (${COLS}) VALUES ${new Array(B).fill(tuple).join(",")}`);
  const insertOne = db.$client.prepare(`INSERT INTO evaluations (${COLS}) VALUES ${tuple}`);
  const buf: unknown[] = new Array(B * W);
  let k = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let accepted = 0;
  db.$client.exec("BEGIN");
  let insertMs = 0;
  const issues = await streamFile(file, read, (r) => {
    const metric = primaryMetric(r.downstream_dataset);
    const v = r[metric];
    const o = k * W;
    buf[o] = r.name; buf[o + 1] = r.downstream_dataset; buf[o + 2] = r.task; buf[o + 3] = r.arch; buf[o + 4] = r.upstream_dataset;
    buf[o + 5] = r.samples_seen; buf[o + 6] = r.samples_seen_pretty; buf[o + 7] = r.gmacs; buf[o + 8] = r.gmacs_total;
    buf[o + 9] = r.acc1; buf[o + 10] = r.acc5; buf[o + 11] = r.mean_per_class_recall; buf[o + 12] = r["image_retrieval_recall@5"];
    buf[o + 13] = r["text_retrieval_recall@5"]; buf[o + 14] = r.mean_average_precision; buf[o + 15] = metric; buf[o + 16] = v === null ? null : 1 - v; buf[o + 17] = r.line;
    if (++k === B) {
      const t = performance.now();
      insertMany.run(buf);
      insertMs += performance.now() - t;
      k = 0;
    }
    accepted++;
  });
  for (let i = 0; i < k; i++) insertOne.run(buf.slice(i * W, (i + 1) * W));
  db.$client.exec("COMMIT");
  const tLoad = performance.now();
  db.$client.exec("CREATE UNIQUE INDEX evaluations_model_task ON evaluations (model_id, task); CREATE INDEX evaluations_task ON evaluations (task, upstream);");
  const tIndex = performance.now();
  const cpu = process.cpuUsage(cpu0);
  db.$client.close();
  fs.rmSync(dbFile, { force: true });
  if (issues.length) throw new Error(`synthetic file rejected: ${issues[0]?.expected}`);
  return { ms: tIndex - t0, cpuMs: (cpu.user + cpu.system) / 1000, stages: { "parse+validate+insert": tLoad - t0, insert: insertMs, index: tIndex - tLoad }, accepted };
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
const csv = path.join(tmp, "synthetic.csv");
const bytes = writeSynthetic(csv, N);
const baselineMs = await naiveSplit(csv);
const rssBefore = process.resourceUsage().maxRSS;
const loadBefore = os.loadavg();
const runs = new Map<string, Awaited<ReturnType<typeof synthetic>>[]>(READERS.map(([name]) => [name, []]));
for (let i = 0; i < SYN_RUNS; i++) for (const [name, read] of READERS) runs.get(name)!.push(await synthetic(csv, read));
const peakRssMb = process.resourceUsage().maxRSS / 1024;
fs.rmSync(tmp, { recursive: true, force: true });

const summary = [...runs].map(([name, rs]) => {
  const ms = median(rs.map((r) => r.ms));
  const cpuMs = median(rs.map((r) => r.cpuMs));
  const accepted = rs[0]!.accepted;
  const stage = (k: string) => median(rs.map((r) => r.stages[k]!));
  return { name, ms, cpuMs, rowsPerSec: accepted / (ms / 1000), rowsPerCpuSec: accepted / (cpuMs / 1000), load: stage("parse+validate+insert"), insert: stage("insert"), index: stage("index"), accepted };
});
const rows: string[][] = [
  ["real data, full ingest (median of " + RUNS + ")", `${median(real).toFixed(0)} ms (min ${Math.min(...real).toFixed(0)}, max ${Math.max(...real).toFixed(0)})`, "< 2000 ms"],
  [`synthetic ${N.toLocaleString("en")} rows (${(bytes / 1e6).toFixed(0)} MB CSV), median of ${SYN_RUNS} runs per reader, interleaved`, "", ""],
  ["  baseline in the same run: read + split(',') only", `${(baselineMs / 1000).toFixed(2)} s (${Math.round(N / (baselineMs / 1000)).toLocaleString("en")} rows/s)`, ""],
];
for (const s of summary) {
  rows.push([`  ${s.name}: read + parse + validate / insert / index (wall)`, `${((s.load - s.insert) / 1000).toFixed(2)} s / ${(s.insert / 1000).toFixed(2)} s / ${(s.index / 1000).toFixed(2)} s`, ""]);
  rows.push([`  ${s.name}: throughput (wall; per CPU-second of this process)`, `${Math.round(s.rowsPerSec).toLocaleString("en")} rows/s; ${Math.round(s.rowsPerCpuSec).toLocaleString("en")} rows/CPU-s`, ">= 300,000 rows/s"]);
}
rows.push(["  peak RSS (whole process)", `${peakRssMb.toFixed(0)} MB (before synthetic: ${(rssBefore / 1024).toFixed(0)} MB)`, "< 1024 MB"]);
printTable(["benchmark", "figure", "target"], rows);
const loads = (l: number[]) => l.map((x) => x.toFixed(1)).join(" ");
console.log(`machine: ${machine()}; load average before the synthetic runs ${loads(loadBefore)}, at the end ${loads(os.loadavg())}`);
const shipped = summary[0]!;
console.log(`BENCH_JSON ${JSON.stringify({
  bench: "ingest",
  real_ms_median: median(real),
  synthetic_rows: shipped.accepted,
  synthetic_s: shipped.ms / 1000,
  rows_per_s: shipped.rowsPerSec,
  rows_per_cpu_s: shipped.rowsPerCpuSec,
  readers: summary.map((s) => ({ reader: s.name, synthetic_s: s.ms / 1000, rows_per_s: s.rowsPerSec, rows_per_cpu_s: s.rowsPerCpuSec })),
  peak_rss_mb: peakRssMb,
  baseline_split_s: baselineMs / 1000,
})}`);
