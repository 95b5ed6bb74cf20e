/**
 * `npm run bench [-- --only load,fuzz] [-- --quick] [-- --write]` — every benchmark in turn
 * (ingest, web, load, export, fuzz, kill), each as its own process with its output shown, then ONE
 * summary table built from each script's last `BENCH_JSON {...}` line. A script that is missing,
 * fails, or prints no BENCH_JSON gets a row saying so. `--quick` passes short settings to the
 * scripts that know them; `--write` puts the summary into BENCHMARKS.md between its markers.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { ensureBuild } from "./bench-server";
import { summaryRows, writeSummary, type Outcome } from "./summary";
import { machine, printTable } from "./report";

const BENCHES = ["ingest", "web", "load", "export", "fuzz", "kill"] as const;
const QUICK: Record<string, string[]> = {
  ingest: ["--rows", "100000", "--runs", "2"], web: ["--rounds", "4", "--switches", "41", "--cold", "2"],
  load: ["--duration", "3"], fuzz: ["--count", "300"], kill: ["--points", "6"],
};
const { values } = parseArgs({ options: { only: { type: "string" }, quick: { type: "boolean", default: false }, write: { type: "boolean", default: false } } });
const only = values.only?.split(",") ?? [...BENCHES];

/** Run one script, echoing its output, and keep the last BENCH_JSON line. */
function run(name: string): Promise<Outcome> {
  const file = `scripts/bench/${name}.ts`;
  if (!fs.existsSync(file)) return Promise.resolve({ name, status: "missing", seconds: 0 });
  const args = ["--import", "tsx", file, ...(values.quick ? (QUICK[name] ?? []) : [])];
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      process.stdout.write(d);
      out += d.toString();
    });
    child.on("exit", (code) => {
      const last = out.split("\n").findLast((l) => l.startsWith("BENCH_JSON "));
      let json: Record<string, unknown> | undefined;
      try {
        json = last ? (JSON.parse(last.slice("BENCH_JSON ".length)) as Record<string, unknown>) : undefined;
      } catch {
        json = undefined;
      }
      resolve({ name, status: code === 0 ? "ok" : `exit ${code}`, seconds: (performance.now() - t0) / 1000, json });
    });
  });
}

try {
  console.log(ensureBuild().note); // once: every HTTP benchmark then reuses this build
  process.env.BENCH_REUSE_BUILD = "1";
} catch (e) {
  console.log(`build failed; the HTTP benchmarks will report it: ${(e as Error).message}`);
}
const started = new Date();
const outcomes: Outcome[] = [];
for (const name of BENCHES.filter((b) => only.includes(b))) {
  console.log(`\n===== bench:${name} =====`);
  outcomes.push(await run(name));
}
const rows = summaryRows(outcomes);
console.log(`\n===== summary — ${started.toISOString()}, ${machine()}${values.quick ? ", --quick" : ""} =====\n`);
printTable(["bench", "metric", "value", "goal", "pass"], rows);
if (values.write) console.log(writeSummary("BENCHMARKS.md", rows, started, values.quick) ? "\nBENCHMARKS.md summary updated" : "\nBENCHMARKS.md has no summary markers; not written");
process.exit(outcomes.every((o) => o.status === "ok" || o.status === "missing") ? 0 : 1);
