/**
 * `npm run bench:fuzz [-- --count N --seed S --concurrency C]` — N generated query strings
 * (default 10,000) per route of the build (API, views, downloads; dynamic segments fuzzed too)
 * against `next start` on the real data: never a 5xx, every JSON 4xx names its parameter, views
 * answer 200/404. Prints per-route counts, status histograms, time and the reproducing URLs.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { fuzzRoute, type RouteReport } from "../../tests/support/fuzz/run";
import { benchJson, builtCoverage, ensureBuild, rssMb, startBenchServer } from "./bench-server";
import { machine, printTable } from "./report";

const { values } = parseArgs({ options: { count: { type: "string", default: "10000" }, seed: { type: "string", default: "20230101" }, concurrency: { type: "string", default: "6" }, rebuild: { type: "boolean", default: false } } });
const COUNT = Number(values.count);
const SEED = Number(values.seed);
const CONC = Number(values.concurrency);

console.log(ensureBuild(values.rebuild).note);
const { routes, missing } = builtCoverage();
if (missing.length) console.log(`not in this build yet (skipped): ${missing.join(", ")}`);
const server = await startBenchServer();
const reports: RouteReport[] = [];
const t0 = performance.now();
let rss: number | null = null;
try {
  for (const route of routes) {
    const r = await fuzzRoute(server.url, route, { count: COUNT, seed: SEED, concurrency: CONC });
    reports.push(r);
    console.log(`${route.pattern}: ${r.count} requests in ${(r.ms / 1000).toFixed(1)} s, ${r.failures.length} failures, ${JSON.stringify(r.statuses)}`);
  }
  rss = rssMb(server.pid);
} finally {
  await server.stop();
}
const totalS = (performance.now() - t0) / 1000;
const failures = reports.flatMap((r) => r.failures.map((f) => ({ route: r.pattern, ...f })));
const total = reports.reduce((n, r) => n + r.count, 0);

console.log(`\n## bench:fuzz — ${new Date().toISOString()}, ${machine()}, seed ${SEED}, ${COUNT} per route\n`);
printTable(["route", "kind", "requests", "time", "req/s", "statuses", "failures", "unknown key named in page"], reports.map((r) => [
  r.pattern, r.kind, String(r.count), `${(r.ms / 1000).toFixed(1)} s`, (r.count / (r.ms / 1000)).toFixed(0),
  Object.entries(r.statuses).sort().map(([s, n]) => `${s}: ${n}`).join(", "), String(r.failures.length),
  r.kind === "view" ? `${r.unknownKey.named}/${r.unknownKey.answered200}` : "–",
]));
console.log(`\n${total} requests over ${reports.length} routes in ${totalS.toFixed(0)} s; ${failures.length} failures; server RSS at the end ${rss?.toFixed(0) ?? "?"} MB`);
if (missing.length) console.log(`not covered (not in this build): ${missing.join(", ")}`);
if (failures.length) {
  const file = path.join(os.tmpdir(), `fuzz-failures-${Date.now()}.json`);
  fs.writeFileSync(file, JSON.stringify(failures, null, 2));
  // Grouped by route and kind of failure, with the shortest reproducing URL of each group.
  const groups = new Map<string, { n: number; url: string; body: string }>();
  for (const f of failures) {
    const key = `${f.route} — ${f.reason.slice(0, 90)}`;
    const g = groups.get(key);
    if (!g) groups.set(key, { n: 1, url: f.url, body: f.body });
    else if ((g.n++, f.url.length < g.url.length)) Object.assign(g, { url: f.url, body: f.body });
  }
  console.log(`\nfailures by route and kind (all ${failures.length} in ${file}):`);
  for (const [key, g] of groups) console.log(`- ${g.n} × ${key}\n  e.g. ${g.url.slice(0, 240)}\n  → ${g.body.slice(0, 160).replace(/\s+/g, " ")}`);
}
const byStatus: Record<string, number> = {};
for (const r of reports) for (const [s, n] of Object.entries(r.statuses)) byStatus[s] = (byStatus[s] ?? 0) + n;
benchJson({
  bench: "fuzz", ok: failures.length === 0 && missing.length === 0, count_per_route: COUNT, seed: SEED, statuses: byStatus, missing,
  rows: [
    { metric: "routes fuzzed", value: reports.length, goal: missing.length ? `missing: ${missing.join(" ")}` : "all expected", pass: missing.length === 0 },
    { metric: "requests", value: total, unit: `(${COUNT}/route)` },
    { metric: "5xx or contract failures", value: failures.length, goal: "0", pass: failures.length === 0 },
    { metric: "status histogram", value: Object.entries(byStatus).map(([s, n]) => `${s}:${n}`).join(" ") },
    { metric: "time", value: Math.round(totalS), unit: "s" },
  ],
});
process.exit(failures.length ? 1 : 0);
