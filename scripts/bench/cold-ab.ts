/**
 * `npx tsx scripts/bench/cold-ab.ts [--baseline .next-main] [--candidate .next] [--cold 9] [--settle 300]`:
 * the first /explore after an ingest, for two builds in one run on a shared (busy) machine. Each
 * build serves its own database file; in turns (the order alternating), an ingest replaces one
 * build's file and its first GET /explore?task=… is timed (web-server.ts coldOnce), while the other
 * server sits idle. The notebook's update() is the yardstick. `--copy` replaces the file with a copy
 * of the first ingest's (renamed into place, as an ingest's last step does) instead of ingesting,
 * then waits `--gap` ms (the warm-up of the version it left behind ends, as it does while an
 * ingest runs).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { ingestRealData, startServer } from "../../tests/support/server";
import { coldOnce } from "./web-server";
import { median } from "./report";
import { runNotebook } from "./web-notebook";

const { values } = parseArgs({ options: { baseline: { type: "string", default: ".next-main" }, candidate: { type: "string", default: ".next" }, cold: { type: "string", default: "9" }, settle: { type: "string", default: "300" }, "no-notebook": { type: "boolean", default: false }, copy: { type: "boolean", default: false }, gap: { type: "string", default: "6000" } } });
const builds = [values.baseline, values.candidate];
const dbs = builds.map(() => ingestRealData());
const servers = await Promise.all(builds.map((dir, i) => startServer(dbs[i]!, undefined, { NEXT_DIST_DIR: dir })));
const copies = dbs.map((d) => { fs.copyFileSync(d, `${d}.copy`); return `${d}.copy`; });
const load0 = os.loadavg();
try {
  await new Promise((r) => setTimeout(r, 5000)); // both warmers
  const evals = (await (await fetch(`${servers[0]!.url}/api/v1/evals`)).json()) as { rows: { task: string }[] };
  const tasks = [...new Set(evals.rows.map((r) => r.task))].sort();
  const times: number[][] = builds.map(() => []);
  const cpu: number[][] = builds.map(() => []);
  for (let i = 0; i < Number(values.cold); i++) {
    const task = tasks[(i * 7) % tasks.length]!;
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const t = await coldOnce(servers[k]!.url, dbs[k]!, task, Number(values.settle), values.copy ? copies[k] : undefined, servers[k]!.proc.pid);
      times[k]!.push(t.ms);
      cpu[k]!.push(t.cpuMs);
      if (values.copy) await new Promise((r) => setTimeout(r, Number(values.gap))); // its warmer done, as during an ingest's seconds
    }
  }
  const nb = values["no-notebook"] ? NaN : runNotebook().median_ms;
  console.log(`notebook update() median ${nb.toFixed(1)} ms; settle ${values.settle} ms after each ingest`);
  console.log(`| build | cold /explore median | min | max | notebook ÷ median | server CPU while answering, median |\n|---|---|---|---|---|---|`);
  builds.forEach((b, k) => {
    const t = times[k]!;
    console.log(`| ${b} | ${median(t).toFixed(1)} ms | ${Math.min(...t).toFixed(1)} ms | ${Math.max(...t).toFixed(1)} ms | ${(nb / median(t)).toFixed(1)}× | ${median(cpu[k]!).toFixed(1)} ms |`);
    console.log(`|  | runs: ${t.map((v) => v.toFixed(1)).join(", ")} | | | | ${cpu[k]!.map((v) => v.toFixed(1)).join(", ")} |`);
  });
  console.log(`\nload average ${load0.map((l) => l.toFixed(1)).join(" / ")} before, ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} after; nproc ${os.cpus().length}`);
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  for (const d of dbs) fs.rmSync(path.dirname(d), { recursive: true, force: true });
}
