/**
 * `npm run bench:cpu [-- --duration S] [-- --url http://127.0.0.1:PORT]` — can CPU-heavy requests
 * stall the pages? /explore at 1 connection alone for S seconds (default 30), then again while 10
 * connections request distinct uncached PNG charts and uncached bootstrap refits as fast as they
 * can. Goal (issue 10): /explore's p99 under that load within 2× its unloaded p99. The load's
 * answers are counted by status: 200, or 503 with Retry-After when the CPU pool's queue is full.
 */
import { parseArgs } from "node:util";
import { benchJson, ensureBuild, rssMb, startBenchServer } from "./bench-server";
import { cannon, ROW_HEADER, rowCells, type Scenario } from "./load-cannon";
import { machine, printTable } from "./report";

const { values } = parseArgs({ options: { duration: { type: "string", default: "30" }, rebuild: { type: "boolean", default: false }, url: { type: "string" } } });
const D = Number(values.duration);
if (!(D > 0)) throw new Error("--duration takes a positive number of seconds");

if (!values.url) console.log(ensureBuild(values.rebuild).note);
const server = values.url ? { url: values.url, pid: 0, stop: async () => {} } : await startBenchServer();

// Never the same URL twice: PNG sizes and themes and refit seeds walk through fresh values, so no
// cache (the server's refit LRU, or any HTTP cache in between) can answer.
const TASKS = ["imagenet1k", "cars", "vtab/cifar10", "vtab/pets", "mscoco_captions", "sun397", "gtsrb", "fer2013"];
let seq = 0;
const heavy = (): string => {
  const i = seq++;
  const task = encodeURIComponent(TASKS[i % TASKS.length]!);
  if (i % 2 === 0) return `/api/v1/chart.png?task=${task}&width=${400 + (i % 1600)}&height=${300 + ((i >> 4) % 900)}&theme=${i % 4 === 0 ? "dark" : "light"}`;
  return `/api/v1/fit?task=${task}&bootstrap=2000&seed=${(i * 7919) % 2147483647}`;
};
const probe: Scenario = { name: "/explore (HTML)", path: "/explore" };
const load: Scenario = { name: "uncached PNG charts + refits (bootstrap=2000)", path: heavy };

try {
  await cannon(server.url, probe, 1, Math.min(5, D)); // warm-up: first renders, the pool's workers
  const alone = await cannon(server.url, probe, 1, D);
  const [loaded, hammer] = await Promise.all([cannon(server.url, probe, 1, D), cannon(server.url, load, 10, D)]);
  const rss = rssMb(server.pid);
  const ratio = loaded.p99 / Math.max(1, alone.p99);
  console.log(`\n## bench:cpu — ${new Date().toISOString()}, ${machine()}, ${D} s per run\n`);
  printTable(ROW_HEADER, [{ ...alone, name: "/explore alone" }, { ...loaded, name: "/explore under load" }, hammer].map(rowCells));
  const s = hammer.statuses;
  console.log(`\nload answers by status: ${Object.entries(s).map(([k, v]) => `${k}: ${v}`).join(", ")}`);
  console.log(`/explore p99: ${alone.p99} ms alone, ${loaded.p99} ms under load (${ratio.toFixed(2)}×; goal ≤ 2×); server RSS after: ${rss?.toFixed(0) ?? "?"} MB`);
  const bad = Object.entries(s).filter(([k]) => k !== "200" && k !== "503").reduce((n, [, v]) => n + v, 0) + hammer.errors + alone.errors + loaded.errors + alone.non2xx + loaded.non2xx;
  benchJson({
    bench: "cpu", ok: ratio <= 2 && bad === 0, duration_s: D,
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
