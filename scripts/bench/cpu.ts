/**
 * `npm run bench:cpu [-- --duration S] [-- --url http://127.0.0.1:PORT]` — can CPU-heavy requests
 * stall the pages? /explore at 1 connection alone for S seconds (default 30), then again while 10
 * connections request, as fast as they can, distinct uncached PNG charts, bootstrap refits,
 * /compare pages (every task's fits and bootstraps for one a, b, method) and /api/v1/sensitivity
 * (leave-one-out refits). Goal (issue 10): /explore's p99 under that load within 2× its unloaded
 * p99. The load's answers are counted by status: 200, or 503 with Retry-After when the CPU pool's
 * queue is full (a /compare page the full pool refused is a 200 that says the server is busy).
 * `--mix`: `pages` (default, as above), `data` (the comparisons asked through /compare.json, so the
 * load is the pool's work without server-rendering HTML pages on the request thread), `spec` (only
 * the PNGs and refits the issue names).
 */
import { parseArgs } from "node:util";
import { benchJson, ensureBuild, rssMb, startBenchServer } from "./bench-server";
import { cannon, ROW_HEADER, rowCells, type Scenario } from "./load-cannon";
import { machine, printTable } from "./report";

const { values } = parseArgs({ options: { duration: { type: "string", default: "30" }, rebuild: { type: "boolean", default: false }, url: { type: "string" }, mix: { type: "string", default: "pages" } } });
const MIX = values.mix as "pages" | "data" | "spec";
if (!["pages", "data", "spec"].includes(MIX)) throw new Error("--mix takes pages, data or spec");
const D = Number(values.duration);
if (!(D > 0)) throw new Error("--duration takes a positive number of seconds");

if (!values.url) console.log(ensureBuild(values.rebuild).note);
const server = values.url ? { url: values.url, pid: 0, stop: async () => {} } : await startBenchServer();

// Never the same URL twice: PNG sizes and themes, refit seeds, compare groups and methods and
// sensitivity fits walk through fresh values, so no cache (the server's data-version cache, or any
// HTTP cache in between) can answer.
const TASKS = ["imagenet1k", "cars", "vtab/cifar10", "vtab/pets", "mscoco_captions", "sun397", "gtsrb", "fer2013"];
const GROUPS = ["LAION", "LAION-80M", "LAION-400M", "LAION-2B", "CLIP-WIT"];
// /compare takes no seed: its uncached requests are the 60 (a, b, method) pairs (a CPU worker may
// still reuse a group's fits between pairs). `saturating` is left out: one such comparison fits
// 82 saturating laws with 1,000 resamples each (~18 s of one worker here), so the requests queued
// behind it would time out and measure autocannon's 30 s limit rather than the pages.
const COMPARES = ["paper", "binned-min", "ols"].flatMap((method) => GROUPS.flatMap((a) => GROUPS.filter((b) => b !== a).map((b) => ({ a, b, method }))));
const SENSITIVITIES = ["ols", "binned-min", "saturating"].flatMap((method) => GROUPS.flatMap((group) => TASKS.map((task) => ({ task, group, method }))));
let seq = 0;
let compares = 0;
let sensitivities = 0;
const heavy = (): string => {
  const i = seq++;
  const task = encodeURIComponent(TASKS[i % TASKS.length]!);
  // `spec` alternates PNGs and refits; the wider mixes give every fourth request to each kind.
  const kind = MIX === "spec" ? i % 2 : i % 4;
  if (kind === 0) return `/api/v1/chart.png?task=${task}&width=${400 + (i % 1600)}&height=${300 + ((i >> 4) % 900)}&theme=${i % 8 === 0 ? "dark" : "light"}`;
  if (kind === 1) return `/api/v1/fit?task=${task}&bootstrap=2000&seed=${(i * 7919) % 2147483647}`;
  const c = kind === 2 ? COMPARES[compares] : undefined;
  if (c) return `/compare${MIX === "data" ? ".json" : ""}?a=${c.a}&b=${c.b}&method=${c.method}&task=${TASKS[compares++ % TASKS.length]}`;
  // Sensitivity (and, once every comparison pair was asked, in the comparisons' place too).
  const q = SENSITIVITIES[sensitivities++ % SENSITIVITIES.length]!;
  return `/api/v1/sensitivity?task=${encodeURIComponent(q.task)}&group=${q.group}&method=${q.method}`;
};
const probe: Scenario = { name: "/explore (HTML)", path: "/explore" };
const load: Scenario = {
  name: { pages: "uncached PNGs + refits (bootstrap=2000) + /compare pages + sensitivity", data: "uncached PNGs + refits (bootstrap=2000) + /compare.json + sensitivity", spec: "uncached PNGs + refits (bootstrap=2000)" }[MIX],
  path: heavy,
};

try {
  await cannon(server.url, probe, 1, Math.min(5, D)); // warm-up: first renders, the pool's workers
  const alone = await cannon(server.url, probe, 1, D);
  const [loaded, hammer] = await Promise.all([cannon(server.url, probe, 1, D), cannon(server.url, load, 10, D)]);
  const rss = rssMb(server.pid);
  const ratio = loaded.p99 / Math.max(1, alone.p99);
  console.log(`\n## bench:cpu — ${new Date().toISOString()}, ${machine()}, ${D} s per run\n`);
  printTable(ROW_HEADER, [{ ...alone, name: "/explore alone" }, { ...loaded, name: "/explore under load" }, hammer].map(rowCells));
  const s = hammer.statuses;
  console.log(`\nload answers by status: ${Object.entries(s).map(([k, v]) => `${k}: ${v}`).join(", ")}; uncached /compare pairs asked: ${Math.min(compares, COMPARES.length)} of ${COMPARES.length}, sensitivities: ${sensitivities}`);
  console.log(`/explore p99: ${alone.p99} ms alone, ${loaded.p99} ms under load (${ratio.toFixed(2)}×; goal ≤ 2×); server RSS after: ${rss?.toFixed(0) ?? "?"} MB`);
  const bad = Object.entries(s).filter(([k]) => k !== "200" && k !== "503").reduce((n, [, v]) => n + v, 0) + hammer.errors + alone.errors + loaded.errors + alone.non2xx + loaded.non2xx;
  benchJson({
    bench: "cpu", mix: MIX, ok: ratio <= 2 && bad === 0, duration_s: D,
    rows: [
      { metric: "/explore p99 alone → under CPU load", value: `${alone.p99} → ${loaded.p99}`, unit: "ms" },
      { metric: "ratio", value: Number(ratio.toFixed(2)), goal: "≤ 2", pass: ratio <= 2 },
      { metric: "load answered 200 / 503", value: `${s["200"] ?? 0} / ${s["503"] ?? 0}` },
      { metric: "errors, other statuses", value: bad, goal: "0", pass: bad === 0 },
    ],
  });
} finally {
  await server.stop();
}
