/**
 * `npm run bench:load [-- --duration S] [-- --levels 1,10,50]` — autocannon against `next start`
 * (loopback) on the real data: the core routes at 1, 10 and 50 connections for S seconds each
 * (default 30), every other route of the build at 10 connections, then the stall check: a
 * student's request (/explore, /api/v1/evals) at 1 connection alone vs while 10 connections run
 * uncached bootstrap refits (5,000 resamples, a new seed each time, so no cache answers).
 */
import { parseArgs } from "node:util";
import { fillPath } from "../../tests/support/fuzz/arbitraries";
import { SEGMENT_FILL } from "../../tests/support/fuzz/values";
import { benchJson, builtCoverage, ensureBuild, rssMb, startBenchServer } from "./bench-server";
import { cannon, ROW_HEADER, rowCells, type LoadRow, type Scenario } from "./load-cannon";
import { machine, printTable } from "./report";

const { values } = parseArgs({
  options: {
    duration: { type: "string", default: "30" }, levels: { type: "string", default: "1,10,50" }, rebuild: { type: "boolean", default: false },
    parts: { type: "string", default: "core,others,stall" }, url: { type: "string" }, // --url: a server already running on loopback
  },
});
const PARTS = new Set(values.parts.split(","));
const D = Number(values.duration);
const LEVELS = values.levels.split(",").map(Number);
if (!(D > 0) || LEVELS.some((n) => !(n > 0))) throw new Error("--duration and --levels take positive numbers");

if (!values.url) console.log(ensureBuild(values.rebuild).note);
const { routes, missing } = builtCoverage();
if (missing.length) console.log(`not in this build yet (skipped): ${missing.join(", ")}`);
const server = values.url ? { url: values.url, pid: 0, stop: async () => {} } : await startBenchServer();
const have = new Set(routes.map((r) => r.pattern));
// The rows measure a warmed server: wait (up to a minute) until the warmer's renders stop adding cache entries.
for (let i = 0, last = -1; i < 60; i++) {
  await new Promise((r) => setTimeout(r, 1000));
  const entries = ((await (await fetch(`${server.url}/api/health`)).json()) as { cache?: { entries?: number } }).cache?.entries ?? 0;
  if (entries === last) break;
  last = entries;
}

// Uncached refits: every request a new seed, cycling through tasks and slices.
const tasks = [...new Set(((await (await fetch(`${server.url}/api/v1/fits`)).json()) as { rows: { task: string }[] }).rows.map((r) => r.task))];
const SLICES = ["", "&upstream=LAION-2B&upstream=LAION-400M", "&arch=ViT-B-32&arch=ViT-B-16&arch=ViT-L-14", "&samples_seen=13B&samples_seen=34B"];
let seq = 0;
const uncached = (bootstrap: number) => () => {
  const i = seq++;
  return `/api/v1/fit?task=${encodeURIComponent(tasks[i % tasks.length]!)}${SLICES[i % SLICES.length]}&bootstrap=${bootstrap}&seed=${(i * 7919) % 2147483647}`;
};

const core: Scenario[] = [
  { name: "/explore (HTML)", path: "/explore" },
  { name: "/api/v1/evals?task=imagenet1k (JSON)", path: "/api/v1/evals?task=imagenet1k" },
  { name: "/api/v1/evals (all 1,312 rows, JSON)", path: "/api/v1/evals" },
  { name: "/api/v1/chart.png?task=imagenet1k (cached)", path: "/api/v1/chart.png?task=imagenet1k" },
  { name: "/api/v1/evals?format=csv (all rows, CSV)", path: "/api/v1/evals?format=csv" },
  { name: "/api/v1/fits?task=imagenet1k", path: "/api/v1/fits?task=imagenet1k" },
  { name: "/api/v1/fit cached (bootstrap=1000)", path: "/api/v1/fit?task=imagenet1k&bootstrap=1000" },
  { name: "/api/v1/fit uncached (bootstrap=1000)", path: uncached(1000) },
].filter((s) => typeof s.path !== "string" || have.has(s.path.split("?")[0]!)); // views not built yet are skipped
const corePaths = new Set(core.map((s) => (typeof s.path === "string" ? s.path.split("?")[0] : "/api/v1/fit")));
// Routes that need a parameter to answer 200 get one; every other route is loaded bare.
const QUERY: Record<string, string> = {
  "/api/oembed": `url=${encodeURIComponent(`${server.url}/explore`)}`,
  "/api/v1/sensitivity": "task=imagenet1k",
  "/api/v1/predict": "task=imagenet1k&compute=1e12",
};
// POST-only routes (/api/v1/place takes a result file in the body) are not loaded with GETs.
const others: Scenario[] = routes.filter((r) => !corePaths.has(r.pattern) && (r.method ?? "GET") === "GET").map((r) => {
  const p = fillPath(r.pattern, (n) => SEGMENT_FILL[n] ?? "x");
  return { name: `${r.pattern} (${r.kind})`, path: QUERY[r.pattern] ? `${p}?${QUERY[r.pattern]}` : p };
});

const rows: LoadRow[] = [];
const run = async (s: Scenario, c: number, secs: number) => {
  // One request first: a "cached" row measures the stored answer, not the herd that fills it.
  if (typeof s.path === "string") await (await fetch(server.url + s.path, { headers: { "accept-encoding": "gzip" } })).arrayBuffer();
  const r = await cannon(server.url, s, c, secs);
  rows.push(r);
  console.log(rowCells(r).join("  "));
  return r;
};
try {
  if (PARTS.has("core")) for (const s of core) for (const c of LEVELS) await run(s, c, D);
  if (PARTS.has("others")) for (const s of others) await run(s, 10, Math.max(1, Math.round(D / 3)));

  // Stall check: the same probe alone, then with uncached refits hammering the server.
  const stall: { probe: string; alone: LoadRow; loaded: LoadRow; refits: LoadRow }[] = [];
  for (const probe of PARTS.has("stall") ? [core[0]!, core[1]!] : []) {
    const alone = await cannon(server.url, probe, 1, D);
    const [loaded, refits] = await Promise.all([cannon(server.url, probe, 1, D), cannon(server.url, { name: "refits (bootstrap=5000)", path: uncached(5000) }, 10, D)]);
    stall.push({ probe: probe.name, alone, loaded, refits });
  }
  const rss = rssMb(server.pid);

  console.log(`\n## bench:load — ${new Date().toISOString()}, ${machine()}, ${D} s per run\n`);
  printTable(ROW_HEADER, rows.map(rowCells));
  console.log("\nStall check (probe at 1 connection; refits: 10 connections of uncached bootstrap=5000):\n");
  printTable(["probe", "p50 alone", "p99 alone", "p50 with refits", "p99 with refits", "refits/s", "refit p99", "errors", "non-2xx"], stall.map((s) => [
    s.probe, `${s.alone.p50} ms`, `${s.alone.p99} ms`, `${s.loaded.p50} ms`, `${s.loaded.p99} ms`, s.refits.rps.toFixed(0), `${s.refits.p99} ms`,
    String(s.alone.errors + s.loaded.errors + s.refits.errors), String(s.alone.non2xx + s.loaded.non2xx + s.refits.non2xx),
  ]));
  console.log(`\nserver RSS after the runs: ${rss?.toFixed(0) ?? "?"} MB`);

  const all = [...rows, ...stall.flatMap((s) => [s.alone, s.loaded, s.refits])];
  const errors = all.reduce((n, r) => n + r.errors, 0);
  const non2xx = all.reduce((n, r) => n + r.non2xx, 0);
  const evals10 = rows.find((r) => r.name.startsWith("/api/v1/evals?task") && r.connections === 10);
  // Goals of issue 12 ("fast for a whole conference"), all at 10 connections.
  const at10 = (prefix: string) => rows.find((r) => r.name.startsWith(prefix) && r.connections === 10);
  const goals = [
    { row: at10("/explore (HTML)"), label: "/explore @10", rps: 500, p99: 50 },
    { row: at10("/api/v1/chart.png"), label: "cached chart.png @10", rps: 500, p99: 50 },
    { row: at10("/api/v1/evals (all"), label: "unfiltered /api/v1/evals @10", rps: 0, p99: 20 },
  ].filter((g) => g.row).map((g) => ({ ...g, pass: g.row!.rps >= g.rps && g.row!.p99 < g.p99 && g.row!.errors === 0 }));
  console.log("\nGoals at 10 connections (0 errors each):\n");
  printTable(["scenario", "req/s", "goal", "p99", "goal", "pass"], goals.map((g) => [g.label, g.row!.rps.toFixed(0), g.rps ? `≥ ${g.rps}` : "", `${g.row!.p99} ms`, `< ${g.p99} ms`, g.pass ? "yes" : "NO"]));
  benchJson({
    bench: "load", ok: errors === 0 && non2xx === 0 && (evals10?.p99 ?? 0) < 50 && goals.every((g) => g.pass), duration_s: D, missing, rss_mb: rss,
    rows: [
      { metric: "errors (all runs)", value: errors, goal: "0", pass: errors === 0 },
      { metric: "non-2xx (all runs)", value: non2xx, goal: "0", pass: non2xx === 0 },
      ...(evals10 ? [{ metric: "/api/v1/evals?task p99 @10", value: evals10.p99, unit: "ms", goal: "< 50", pass: evals10.p99 < 50 }] : []),
      ...goals.map((g) => ({ metric: `${g.label}: req/s, p99`, value: `${Math.round(g.row!.rps)} req/s, p99 ${g.row!.p99} ms`, goal: `${g.rps ? `>= ${g.rps} req/s, ` : ""}p99 < ${g.p99} ms`, pass: g.pass })),
      ...rows.filter((r) => r.connections === 10 && core.some((c) => c.name === r.name)).map((r) => ({ metric: `${r.name} @10`, value: `${Math.round(r.rps)} req/s, p99 ${r.p99} ms` })),
      ...stall.map((s) => ({ metric: `${s.probe} p99 alone → with refits`, value: `${s.alone.p99} → ${s.loaded.p99}`, unit: "ms" })),
      { metric: "server RSS after", value: Math.round(rss ?? 0), unit: "MB" },
    ],
  });
} finally {
  await server.stop();
}
