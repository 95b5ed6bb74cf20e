/**
 * A production server for the HTTP benchmarks: a build in its own dist dir (rebuilt only when a
 * source file is newer than it), the real data ingested into a temp database, `next start` on a
 * free loopback port. Shared by load.ts and fuzz.ts (and free to reuse by other benches).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { coverage, routesFromManifest, type Coverage } from "../../tests/support/fuzz/routes";
import { ingestRealData, startServer } from "../../tests/support/server";

export const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-bench";
const SOURCES = ["app", "components", "lib", "db", "next.config.js", "package-lock.json"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of fs.readdirSync(p)) max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

/**
 * Build into DIST_DIR unless a build newer than every source file is there (or `force`). The build
 * goes to a staging dir first and replaces DIST_DIR only when it succeeds (next build empties its
 * dist dir first, so a failed build in place would leave nothing to run); a failure is retried
 * (`retries` times, a minute apart: another engineer's file may be mid-edit).
 */
export function ensureBuild(force = false, retries = 2): { built: boolean; note: string } {
  const id = path.join(DIST_DIR, "BUILD_ID");
  const have = fs.existsSync(id) ? fs.statSync(id).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map(newestMtime));
  // BENCH_REUSE_BUILD=1 (set by all.ts after its build): use whatever build is there.
  if (!force && have && (have > newest || process.env.BENCH_REUSE_BUILD === "1")) return { built: false, note: `reused build ${DIST_DIR}` };
  const staging = `${DIST_DIR}-staging`;
  const t0 = performance.now();
  for (let attempt = 0; ; attempt++) {
    const r = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      env: { ...process.env, NEXT_DIST_DIR: staging, NEXT_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
    });
    if (r.status === 0) break;
    const tail = `${r.stdout}\n${r.stderr}`.trim().split("\n").slice(-15).join("\n");
    if (attempt >= retries) {
      if (have) return { built: false, note: `build failed, reusing the older build in ${DIST_DIR}:\n${tail}` };
      throw new Error(`next build failed:\n${tail}`);
    }
    console.error(`build failed (attempt ${attempt + 1}), retrying in 60 s:\n${tail}`);
    spawnSync("sleep", ["60"]);
  }
  fs.rmSync(DIST_DIR, { recursive: true, force: true });
  fs.renameSync(staging, DIST_DIR);
  return { built: true, note: `built ${DIST_DIR} in ${((performance.now() - t0) / 1000).toFixed(0)} s` };
}

/** Routes of the build in DIST_DIR, with the expected ones it lacks. */
export function builtCoverage(): Coverage {
  const manifest = JSON.parse(fs.readFileSync(path.join(DIST_DIR, "app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  return coverage(routesFromManifest(manifest));
}

export interface BenchServer { url: string; dbPath: string; pid: number; stop: () => Promise<void> }

/**
 * Ingest the real data into a temp db (or take `dbPath`, whose directory `stop()` removes too) and
 * start `next start` from DIST_DIR on it. The server's
 * output goes to a log file; if the server exits before `stop()`, its signal or code and the end
 * of that log are printed (a benchmark's errors then say why).
 */
export async function startBenchServer(dbPath = ingestRealData()): Promise<BenchServer> {
  process.env.NEXT_DIST_DIR = DIST_DIR; // startServer passes the environment to next start
  const s = await startServer(dbPath);
  const logFile = path.join(os.tmpdir(), `bench-server-${s.proc.pid}.log`);
  const log = fs.createWriteStream(logFile);
  s.proc.stdout?.pipe(log);
  s.proc.stderr?.pipe(log);
  let stopping = false;
  s.proc.once("exit", (code, signal) => {
    if (stopping) return;
    const tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, "utf8").trim().split("\n").slice(-20).join("\n") : "";
    console.error(`\nthe server (pid ${s.proc.pid}) exited during the benchmark: code ${code}, signal ${signal}; log ${logFile}:\n${tail}`);
  });
  const stop = async () => {
    stopping = true;
    await s.stop();
    fs.rmSync(path.dirname(dbPath), { recursive: true, force: true });
  };
  // Ctrl-C or a kill of the benchmark stops its server too.
  for (const sig of ["SIGINT", "SIGTERM"] as const) process.once(sig, () => void stop().finally(() => process.exit(130)));
  return { url: s.url, dbPath, pid: s.proc.pid ?? 0, stop };
}

/** Resident set size of a process (VmRSS, or its lifetime peak VmHWM) in MB (Linux /proc), or null. */
export function rssMb(pid: number, field: "VmRSS" | "VmHWM" = "VmRSS"): number | null {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Print the machine-readable last line that `npm run bench` (all.ts) parses. */
export function benchJson(o: { bench: string; ok: boolean; rows: { metric: string; value: number | string; unit?: string; goal?: string; pass?: boolean }[]; [k: string]: unknown }): void {
  console.log(`BENCH_JSON ${JSON.stringify(o)}`);
}
