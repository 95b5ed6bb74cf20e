/**
 * `npx tsx scripts/bench/server-ab.ts [--baseline .next-main] [--candidate .next] [--rounds 15] [--load-seconds 5]`:
 * two builds side by side in one run on a shared (busy) machine: both `next start`ed on one database,
 * every request timed against each in turn (repeated, gzip accepted, medians), the notebook's
 * update() as the yardstick, then autocannon at 10 connections against each (alternating 2-s slices). Build the baseline
 * from another commit into its own dist dir first (NEXT_DIST_DIR=.next-main next build).
 */
import os from "node:os";
import { parseArgs } from "node:util";
import { ingestRealData, startServer } from "../../tests/support/server";
import { timedGet } from "./web-server";
import { cannon, type LoadRow } from "./load-cannon";
import { median } from "./report";
import { runNotebook } from "./web-notebook";
const { values } = parseArgs({ options: { baseline: { type: "string", default: ".next-main" }, candidate: { type: "string", default: ".next" }, rounds: { type: "string", default: "15" }, "load-seconds": { type: "string", default: "5" } } });
const db = ingestRealData();
const A = await startServer(db, undefined, { NEXT_DIST_DIR: values.baseline });
const B = await startServer(db, undefined, { NEXT_DIST_DIR: values.candidate });
const ROUNDS = Number(values.rounds);
const load0 = os.loadavg();
try {
  await new Promise((r) => setTimeout(r, 4000)); // both warmers
  const evals = (await (await fetch(`${A.url}/api/v1/evals`)).json()) as { rows: { task: string }[] };
  const tasks = [...new Set(evals.rows.map((r) => r.task))].sort();
  const nb = runNotebook();
  console.log(`notebook update() median ${nb.median_ms} ms`);
  const groups: [string, string[]][] = [
    [`/explore (all ${tasks.length} tasks)`, tasks.map((t) => `/explore?task=${encodeURIComponent(t)}`)],
    ...["/", "/tasks", "/compare", "/models", "/models/openai-ViT-B-32", "/learning-curves",
      "/api/v1/evals?task=imagenet1k", "/api/v1/evals", "/api/v1/fits?task=imagenet1k", "/api/v1/models", "/api/v1/dictionary", "/api/v1/learning-curves",
      "/explore.csv?task=imagenet1k", "/tasks.json", "/compare.json", "/models.csv",
      "/api/v1/chart.svg?task=imagenet1k", "/api/v1/chart.png?task=imagenet1k", "/embed/explore?task=imagenet1k"].map((p) => [p, [p]] as [string, string[]]),
  ];
  console.log(`| route | ${values.baseline} | ${values.candidate} | notebook ÷ ${values.candidate} |\n|---|---|---|---|`);
  for (const [name, paths] of groups) {
    for (const p of paths) { await timedGet(A.url, p); await timedGet(B.url, p); }
    const ta: number[] = [], tb: number[] = [];
    const rounds = paths.length > 1 ? Math.max(2, Math.round(ROUNDS / 5)) : ROUNDS;
    for (let r = 0; r < rounds; r++) for (const p of paths) { ta.push((await timedGet(A.url, p)).ms); tb.push((await timedGet(B.url, p)).ms); }
    console.log(`| ${name} | ${median(ta).toFixed(2)} ms | ${median(tb).toFixed(2)} ms | ${(nb.median_ms / median(tb)).toFixed(0)}× |`);
  }
  const D = Number(values["load-seconds"]);
  if (D > 0) {
    // Slices of 2 s, one build then the other, so both see the same share of a busy machine.
    const slices = Math.max(1, Math.round(D / 2));
    console.log(`\n| autocannon, 10 connections, ${slices} × 2 s alternating | ${values.baseline} req/s | p99 (median of slices) | ${values.candidate} req/s | p99 (median of slices) | errors + non-2xx |\n|---|---|---|---|---|---|`);
    for (const p of ["/explore", "/api/v1/chart.png?task=imagenet1k", "/api/v1/evals", "/api/v1/evals?task=imagenet1k"]) {
      const a: LoadRow[] = [], b: LoadRow[] = [];
      for (let i = 0; i < slices; i++) {
        a.push(await cannon(A.url, { name: p, path: p }, 10, 2));
        b.push(await cannon(B.url, { name: p, path: p }, 10, 2));
      }
      const rps = (rows: LoadRow[]) => (rows.reduce((n, r) => n + r.requests, 0) / (2 * rows.length)).toFixed(0);
      const p99 = (rows: LoadRow[]) => median(rows.map((r) => r.p99));
      const bad = (rows: LoadRow[]) => rows.reduce((n, r) => n + r.errors + r.non2xx, 0);
      console.log(`| ${p} | ${rps(a)} | ${p99(a)} ms | ${rps(b)} | ${p99(b)} ms | ${bad(a)}/${bad(b)} |`);
    }
  }
  console.log(`\nload average ${load0.map((l) => l.toFixed(1)).join(" / ")} before, ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} after; nproc ${os.cpus().length}`);
} finally {
  await A.stop();
  await B.stop();
}
