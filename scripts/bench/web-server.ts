/** Server-side timings for bench:web: repeated requests per route, and the first request after an ingest. */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import { SHARED_DATA } from "../../tests/support/paths";
import { median, percentile } from "./report";

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

/** One GET as a browser sends it (gzip accepted, body read to the end, not decoded): ms and status. */
export function timedGet(base: string, p: string, via: http.Agent = agent): Promise<{ ms: number; status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.get(base + p, { agent: via, headers: { "accept-encoding": "gzip, deflate, br" } }, (res) => {
      let bytes = 0;
      res.on("data", (c: Buffer) => (bytes += c.length));
      res.on("end", () => resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0, bytes }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

export interface RouteTiming { name: string; kind: "html" | "data"; median: number; p95: number; n: number }

/** Median of repeated requests (after one warm-up each) over `paths`, `rounds` times; non-200 throws. */
export async function repeated(base: string, name: string, kind: "html" | "data", paths: string[], rounds: number): Promise<RouteTiming> {
  for (const p of paths) await timedGet(base, p);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const p of paths) {
      const t = await timedGet(base, p);
      if (t.status !== 200) throw new Error(`${p}: HTTP ${t.status}`);
      times.push(t.ms);
    }
  }
  return { name, kind, median: median(times), p95: percentile(times, 95), n: times.length };
}

/**
 * Cold: re-ingest into the served database file (a new file renamed into place, so the server
 * opens a new handle and its cache starts empty), then time the first /explore of a task.
 */
export async function coldExplore(base: string, dbPath: string, tasks: string[], reps: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) times.push((await coldOnce(base, dbPath, tasks[(i * 7) % tasks.length]!)).ms);
  return times;
}

/** CPU time (ms) the threads of process `pid` have run so far (Linux schedstat, ns); NaN elsewhere. */
function cpuMsOf(pid: number | undefined): number {
  try {
    return fs.readdirSync(`/proc/${pid}/task`).reduce((n, t) => n + Number(fs.readFileSync(`/proc/${pid}/task/${t}/schedstat`, "utf8").split(" ")[0]) / 1e6, 0);
  } catch {
    return NaN;
  }
}

/**
 * One ingest into `dbPath`, `settleMs` of quiet, then the first GET /explore?task=`task`: its ms,
 * and the CPU time the server process (`pid`) spent while it was answered.
 */
export async function coldOnce(base: string, dbPath: string, task: string, settleMs = 300, copyOf?: string, pid?: number): Promise<{ ms: number; cpuMs: number }> {
  if (copyOf) {
    // What an ingest's last step does (a complete new file renamed over the served one), without its seconds of work.
    fs.copyFileSync(copyOf, `${dbPath}.next`);
    fs.renameSync(`${dbPath}.next`, dbPath);
  } else {
    const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/ingest.ts", "--source", SHARED_DATA, "--db", dbPath], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
  }
  await new Promise((res) => setTimeout(res, settleMs)); // let the machine settle after the ingest process
  // A new connection: the kept-alive one may have timed out on the server during the ingest.
  const cpu0 = cpuMsOf(pid);
  const t = await timedGet(base, `/explore?task=${encodeURIComponent(task)}`, new http.Agent({ keepAlive: false }));
  const cpuMs = cpuMsOf(pid) - cpu0;
  if (t.status !== 200) throw new Error(`cold /explore: HTTP ${t.status}`);
  return { ms: t.ms, cpuMs };
}

/**
 * A page the page cache does not hold yet (a task and architecture filter nothing asked before, so
 * the warmer has not rendered it either): what a miss costs, render and store included.
 */
export async function missExplore(base: string, tasks: string[], reps: number): Promise<number[]> {
  const archs = ["ViT-B-32", "ViT-B-16", "ViT-L-14"];
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = await timedGet(base, `/explore?task=${encodeURIComponent(tasks[(i * 5) % tasks.length]!)}&arch=${archs[i % archs.length]}`);
    if (t.status !== 200) throw new Error(`miss /explore: HTTP ${t.status}`);
    times.push(t.ms);
  }
  return times;
}
