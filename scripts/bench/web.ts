/**
 * `npm run bench:web`: the dashboard against the paper notebook's task switch, in one run.
 * Builds into .next-bench when no up-to-date build is there (`--rebuild` forces it), ingests the
 * real data into a temp database, starts `next start`, runs ../shared/anchors/notebook_update.py
 * (apt-installing python3-pandas/matplotlib when missing), then measures
 *   (a) repeated requests, server time (loopback, gzip accepted), of every view and data route, and
 *       their ratio to the notebook's per-task update(): goals ≥ 20× for HTML views, ≥ 50× for
 *       data-only answers (API, twins, images, embed);
 *   (b) the first /explore after an ingest (cold cache): goal ≥ 10×;
 *   (c) task switches in headless Chromium with the data prefetched: median ≤ 16 ms, p95 ≤ 33 ms;
 *   (d) /explore's JavaScript, gzip: ≤ 200 kB.
 * Options: --rounds N (default 20), --switches N (default 41), --cold N (default 5), --write;
 * --switch-only runs (c) and (d) alone (no notebook, no server timings; not written to BENCHMARKS.md);
 * with --baseline DIR it measures the build in DIR too, in turns with this one, in the same run.
 */
import os from "node:os";
import { DIST_DIR, benchJson, ensureBuild, startBenchServer } from "./bench-server";
import { median, percentile, writeSection } from "./report";
import { ensureNotebookDeps, runNotebook } from "./web-notebook";
import { coldExplore, missExplore, repeated, type RouteTiming } from "./web-server";
import { shippedJs, taskSwitches, type ShippedJs } from "./web-browser";
import { startServer } from "../../tests/support/server";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const ROUNDS = arg("rounds", 20);
const SWITCHES = arg("switches", 41);
const COLD = arg("cold", 5);
const GOAL = { html: 20, data: 50, cold: 10, switchMedian: 16, switchP95: 33, jsKb: 200 };
const ms = (v: number) => `${v.toFixed(v < 10 ? 2 : 1)} ms`;
const x = (v: number) => `${v.toFixed(0)}×`;

const VIEWS = ["/", "/tasks", "/compare", "/models", "/models/openai-ViT-B-32", "/learning-curves"];
const DATA = [
  "/api/v1/evals?task=imagenet1k", "/api/v1/evals", "/api/v1/fits?task=imagenet1k", "/api/v1/fit?task=imagenet1k&arch=ViT-B-32",
  "/api/v1/models", "/api/v1/models/openai-ViT-B-32", "/api/v1/learning-curves", "/api/v1/dictionary",
  "/explore.csv?task=imagenet1k", "/explore.json?task=imagenet1k", "/tasks.json", "/compare.json", "/models.csv", "/learning-curves.json",
  "/api/v1/chart.svg?task=imagenet1k", "/api/v1/chart.png?task=imagenet1k", "/embed/explore?task=imagenet1k",
];

/** Evaluations per task, and the tasks in order, from the served API. */
async function taskCounts(url: string): Promise<{ counts: Map<string, number>; tasks: string[] }> {
  const evals = (await (await fetch(`${url}/api/v1/evals`)).json()) as { rows: { task: string }[] };
  const counts = new Map<string, number>();
  for (const r of evals.rows) counts.set(r.task, (counts.get(r.task) ?? 0) + 1);
  return { counts, tasks: [...counts.keys()].sort() };
}

/** One build's client figures: task switches (settled and first change) and its JavaScript. */
async function clientFigures(url: string, tasks: string[], counts: Map<string, number>, switches: number, js?: ShippedJs) {
  const sw = await taskSwitches(url, tasks, counts, switches, false);
  return { times: sw.times, first: sw.first, event: sw.event, cpu: sw.cpu, heapMb: [sw.heapMb], js: js ?? (await shippedJs(url)) };
}

function clientLines(name: string, f: Awaited<ReturnType<typeof clientFigures>>): string[] {
  const [m, p95] = [median(f.times), percentile(f.times, 95)];
  return [
    `${name}(c) task switch until the new chart is painted and settled, data prefetched, ${f.times.length} switches: median ${ms(m)}, p95 ${ms(p95)}, max ${ms(Math.max(...f.times))}` +
      ` (goal median ≤ ${GOAL.switchMedian}, p95 ≤ ${GOAL.switchP95}: ${m <= GOAL.switchMedian && p95 <= GOAL.switchP95 ? "yes" : "NO"}); its first change painted: median ${ms(median(f.first))}; the change event's own task: median ${ms(median(f.event))}; main-thread CPU per switch: median ${ms(median(f.cpu))}; JS heap after the switches: ${median(f.heapMb).toFixed(1)} MB`,
    `${name}(d) /explore JavaScript: ${f.js.files} scripts, ${f.js.gzipKb.toFixed(1)} kB gzip (goal ≤ ${GOAL.jsKb} kB: ${f.js.gzipKb <= GOAL.jsKb ? "yes" : "NO"}); later on demand ${f.js.lazyGzipKb.toFixed(1)} kB`,
  ];
}

/**
 * (c) and (d) alone, for work on the client: the figures with the machine's load average. With
 * `--baseline DIR` (another build, e.g. main's), a second server runs that build on the same
 * database and the two are measured in turns (a quarter of the switches each, four times), so both
 * see the same load.
 */
async function switchOnly() {
  console.log(ensureBuild(process.argv.includes("--rebuild")).note);
  const i = process.argv.indexOf("--baseline");
  const baselineDir = i > 0 ? process.argv[i + 1] : undefined;
  const server = await startBenchServer();
  const base = baselineDir ? await startServer(server.dbPath, undefined, { NEXT_DIST_DIR: baselineDir }) : undefined;
  try {
    const { counts, tasks } = await taskCounts(server.url);
    const before = os.loadavg();
    const turns = base ? 4 : 1;
    const runs: [string, string][] = Array.from({ length: turns }, () => (base ? [["", server.url], ["baseline ", base.url]] as [string, string][] : [["", server.url]] as [string, string][])).flat();
    const figures = new Map<string, Awaited<ReturnType<typeof clientFigures>>>();
    for (const [name, url] of runs) {
      const had = figures.get(name);
      const f = await clientFigures(url, tasks, counts, Math.ceil(SWITCHES / turns), had?.js);
      figures.set(name, had ? { times: [...had.times, ...f.times], first: [...had.first, ...f.first], event: [...had.event, ...f.event], cpu: [...had.cpu, ...f.cpu], heapMb: [...had.heapMb, ...f.heapMb], js: f.js } : f);
    }
    console.log([
      ...[...figures].flatMap(([name, f]) => clientLines(name ? `${name}(${baselineDir}) ` : base ? `this build (${DIST_DIR}) ` : "", f)),
      `machine: nproc ${os.cpus().length}, load average ${before.map((l) => l.toFixed(1)).join(" / ")} before, ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} after`,
    ].join("\n"));
  } finally {
    await base?.stop();
    await server.stop();
  }
}

async function main() {
  if (process.argv.includes("--switch-only")) return switchOnly();
  console.log(ensureNotebookDeps());
  console.log(ensureBuild(process.argv.includes("--rebuild")).note);
  const server = await startBenchServer();
  try {
    const { counts, tasks } = await taskCounts(server.url);

    const nb = runNotebook(); // between server phases, never concurrently with them
    const timings: RouteTiming[] = [await repeated(server.url, `/explore (all ${tasks.length} tasks)`, "html", tasks.map((t) => `/explore?task=${encodeURIComponent(t)}`), Math.max(1, Math.round(ROUNDS / 4)))];
    for (const v of VIEWS) timings.push(await repeated(server.url, v, "html", [v], ROUNDS));
    for (const d of [...DATA, `/api/oembed?url=${encodeURIComponent(`${server.url}/explore?task=imagenet1k`)}`]) timings.push(await repeated(server.url, d, "data", [d], ROUNDS));
    const miss = await missExplore(server.url, tasks, Math.max(COLD, 9));
    const cold = await coldExplore(server.url, server.dbPath, tasks, COLD);
    const sw = await taskSwitches(server.url, tasks, counts, SWITCHES, false);
    const swServer = await taskSwitches(server.url, tasks, counts, Math.min(SWITCHES, 20), true);
    const js = await shippedJs(server.url);
    const nb2 = runNotebook(); // again after the server phases: the notebook figure is the median of both runs
    const notebook = median([nb.median_ms, nb2.median_ms]);

    const ratio = (t: number) => notebook / t;
    const goalOf = (t: RouteTiming) => (t.kind === "html" ? GOAL.html : GOAL.data);
    const coldMedian = median(cold);
    const swMedian = median(sw.times);
    const swP95 = percentile(sw.times, 95);
    const rows: string[][] = [
      [`notebook update() per task (pandas filter, fits, matplotlib SVG; ../shared/anchors/notebook_update.py, ${nb.n} tasks, two runs)`, `${ms(notebook)} (runs: ${ms(nb.median_ms)}, ${ms(nb2.median_ms)}; p90 ${ms(Math.max(nb.p90_ms, nb2.p90_ms))})`, "1×", ""],
      ...timings.map((t) => [`(a) repeated ${t.kind === "html" ? "view" : "data"}: GET ${t.name.replace(/\|/g, "\\|")} (n=${t.n})`, `${ms(t.median)} (p95 ${ms(t.p95)})`, x(ratio(t.median)), `≥ ${goalOf(t)}×: ${ratio(t.median) >= goalOf(t) ? "yes" : "NO"}`]),
      [`(b) cold: first /explore after an ingest (${cold.length} ingests)`, `${ms(coldMedian)} (max ${ms(Math.max(...cold))})`, x(ratio(coldMedian)), `≥ ${GOAL.cold}×: ${ratio(coldMedian) >= GOAL.cold ? "yes" : "NO"}`],
      [`&nbsp;&nbsp;a page not in the cache yet (render and store; a task and arch filter nobody asked before), ${miss.length} pages`, `${ms(median(miss))} (max ${ms(Math.max(...miss))})`, x(ratio(median(miss))), ""],
      [`(c) browser: task switch until the new chart is painted and settled, data prefetched, ${sw.times.length} switches`, `${ms(swMedian)} (p95 ${ms(swP95)})`, "", `median ≤ ${GOAL.switchMedian}, p95 ≤ ${GOAL.switchP95}: ${swMedian <= GOAL.switchMedian && swP95 <= GOAL.switchP95 ? "yes" : "NO"}`],
      [`&nbsp;&nbsp;the same switches until their first change is painted`, `${ms(median(sw.first))} (p95 ${ms(percentile(sw.first, 95))})`, "", ""],
      [`&nbsp;&nbsp;the change event's own task (the switch's synchronous renders and commits)`, `${ms(median(sw.event))} (p95 ${ms(percentile(sw.event, 95))})`, "", ""],
      [`&nbsp;&nbsp;the page's main-thread CPU time per switch (the fit panels below the chart included)`, `${ms(median(sw.cpu))} (p95 ${ms(percentile(sw.cpu, 95))})`, "", ""],
      [`&nbsp;&nbsp;the same with the prefetch blocked (every switch waits for the server), ${swServer.times.length} switches`, `${ms(median(swServer.times))} (p95 ${ms(percentile(swServer.times, 95))})`, "", ""],
      [`&nbsp;&nbsp;the prefetch: /api/v1/evals + /api/v1/fits after first paint`, sw.prefetch ? `${sw.prefetch.kb.toFixed(0)} kB in ${ms(sw.prefetch.ms)}` : "not observed", "", ""],
      [`(d) JavaScript the /explore HTML loads: ${js.files} scripts, gzip (${js.legacy} nomodule polyfill not counted)`, `${js.gzipKb.toFixed(1)} kB (${js.rawKb.toFixed(0)} kB raw)`, "", `≤ ${GOAL.jsKb} kB: ${js.gzipKb <= GOAL.jsKb ? "yes" : "NO"}`],
      [`&nbsp;&nbsp;loaded later on demand (prefetch schemas, Embed and Cite panels), gzip`, `${js.lazyGzipKb.toFixed(1)} kB`, "", ""],
      [`&nbsp;&nbsp;the /explore HTML itself, gzip`, `${js.htmlGzipKb.toFixed(1)} kB`, "", ""],
    ];
    const fails = [
      ...timings.filter((t) => ratio(t.median) < goalOf(t)).map((t) => t.name),
      ...(ratio(coldMedian) < GOAL.cold ? ["cold /explore"] : []),
      ...(swMedian > GOAL.switchMedian || swP95 > GOAL.switchP95 ? ["task switch"] : []),
      ...(js.gzipKb > GOAL.jsKb ? ["JS size"] : []),
    ];
    const cpu = os.cpus()[0]?.model ?? "unknown";
    const table = ["| benchmark | figure | notebook ÷ this | goal |", "|---|---|---|---|", ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
    const section = [
      "## bench:web", "",
      `\`npm run bench:web\` (\`--rounds ${ROUNDS} --switches ${SWITCHES} --cold ${COLD}\`; builds into ${DIST_DIR} first when it is missing or older than the sources), ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.`,
      `Machine: nproc ${os.cpus().length}, ${cpu}, Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} at the end. Medians.`, "",
      table, "",
      fails.length ? `Goals not met in this run: ${fails.join(", ")}.` : "Every goal met in this run.", "",
    ].join("\n");
    console.log(`\n${section}`);
    if (process.argv.includes("--write")) writeSection("## bench:web", section);
    const worst = (k: "html" | "data") => Math.min(...timings.filter((t) => t.kind === k).map((t) => ratio(t.median)));
    benchJson({ bench: "web", ok: fails.length === 0, rows: [
      { metric: "notebook update() median", value: +notebook.toFixed(1), unit: "ms" },
      { metric: "/explore repeated median", value: +timings[0]!.median.toFixed(2), unit: "ms" },
      { metric: "slowest view: notebook ÷ view", value: +worst("html").toFixed(1), unit: "×", goal: `>= ${GOAL.html}`, pass: worst("html") >= GOAL.html },
      { metric: "slowest data answer: notebook ÷ answer", value: +worst("data").toFixed(1), unit: "×", goal: `>= ${GOAL.data}`, pass: worst("data") >= GOAL.data },
      { metric: "cold /explore: notebook ÷ it", value: +ratio(coldMedian).toFixed(1), unit: "×", goal: `>= ${GOAL.cold}`, pass: ratio(coldMedian) >= GOAL.cold },
      { metric: "task switch median", value: +swMedian.toFixed(1), unit: "ms", goal: `<= ${GOAL.switchMedian}`, pass: swMedian <= GOAL.switchMedian },
      { metric: "task switch p95", value: +swP95.toFixed(1), unit: "ms", goal: `<= ${GOAL.switchP95}`, pass: swP95 <= GOAL.switchP95 },
      { metric: "JS gzip /explore", value: +js.gzipKb.toFixed(1), unit: "kB", goal: `<= ${GOAL.jsKb}`, pass: js.gzipKb <= GOAL.jsKb },
    ] });
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
