/**
 * `npm run bench:web`: how fast /explore answers and redraws, and how much JavaScript it ships.
 * Builds into .next-bench when no up-to-date build is there (`--rebuild` forces it), ingests the
 * real data into a temp database, starts `next start`, then measures
 *   (a) server: full response time of /explore?task=<t> for each of the 41 tasks, several rounds;
 *   (b) browser: task switches in headless Chromium, from the select's change until the new
 *       task's points are in the DOM and a frame has been painted (with the page's prefetch of all
 *       tasks, and with it blocked so that every switch waits for the server);
 *   (c) gzip size of the /explore page's <script src> files against a 300 kB budget;
 * and runs the notebook-equivalent Python baseline (scripts/bench/notebook_baseline.py) beside it.
 * Options: --rounds N (default 5), --switches N (default 30), --write (update BENCHMARKS.md).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import zlib from "node:zlib";
import { launchBrowser } from "../../tests/support/browser";
import { SHARED_DATA } from "../../tests/support/paths";
import { DIST_DIR, benchJson, ensureBuild, startBenchServer } from "./bench-server";
import { median, percentile, writeSection } from "./report";

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const ROUNDS = arg("rounds", 5);
const SWITCHES = Math.max(20, arg("switches", 30));
const BUDGET_KB = 300;
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function serverTimes(url: string, tasks: string[]): Promise<number[]> {
  for (const t of tasks) await (await fetch(`${url}/explore?task=${encodeURIComponent(t)}`)).text(); // warm-up
  const times: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    for (const t of tasks) {
      const t0 = performance.now();
      const res = await fetch(`${url}/explore?task=${encodeURIComponent(t)}`);
      await res.text();
      if (res.status !== 200) throw new Error(`/explore?task=${t}: HTTP ${res.status}`);
      times.push(performance.now() - t0);
    }
  }
  return times;
}

/**
 * In the page: change the task select, resolve after the new points are drawn and a frame painted.
 * A string, not a function: tsx's name helpers (`__name`) do not exist in the page.
 */
const SWITCH_IN_PAGE = `({ task, count }) => {
  const sel = document.querySelector("select[name=task]");
  const done = () => document.querySelector(".explore-chart")?.dataset.task === task
    && !document.querySelector(".explore-stale") && document.querySelectorAll(".recharts-scatter-symbol").length === count;
  return new Promise((resolve) => {
    const t0 = performance.now();
    const finish = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
    const mo = new MutationObserver(() => {
      if (done()) { mo.disconnect(); finish(); }
    });
    mo.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    // The native setter, so React's change tracking sees a user-like change.
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set.call(sel, task);
    sel.dispatchEvent(new Event("change", { bubbles: true }));
  });
}`;

interface Prefetch { kb: number; ms: number; lazyJsKb: number }

/**
 * Task switches in one page. With `serverOnly` the page's background prefetch of all tasks is
 * blocked, so every switch waits for the server (the path of a switch made before it lands).
 */
async function browserTimes(url: string, tasks: string[], counts: Map<string, number>, serverOnly: boolean): Promise<{ times: number[]; prefetch: Prefetch | null }> {
  const ctx = await launchBrowser();
  try {
    const page = await ctx.newPage();
    if (serverOnly) await page.route(/\/api\/v1\/(evals|fits)$/, (r) => r.abort());
    await page.goto(`${url}/explore?task=${tasks[0]}`);
    await page.waitForFunction((n) => document.querySelectorAll(".recharts-scatter-symbol").length === n, counts.get(tasks[0]!)!);
    await page.waitForLoadState("networkidle");
    const prefetch = serverOnly ? null : ((await page.evaluate(`(() => {
      const es = performance.getEntriesByType("resource").filter((e) => /\\/api\\/v1\\/(evals|fits)$/.test(e.name));
      if (es.length < 2) return null;
      const loaded = performance.getEntriesByType("navigation")[0].loadEventEnd;
      const lazyJs = performance.getEntriesByType("resource").filter((e) => e.name.endsWith(".js") && e.startTime > loaded);
      return { kb: es.reduce((s, e) => s + e.transferSize, 0) / 1024, ms: Math.max(...es.map((e) => e.responseEnd)) - Math.min(...es.map((e) => e.startTime)),
        lazyJsKb: lazyJs.reduce((s, e) => s + e.transferSize, 0) / 1024 };
    })()`)) as Prefetch | null);
    const times: number[] = [];
    for (let i = 0; i < SWITCHES + 2; i++) {
      const task = tasks[(i + 1) % tasks.length]!;
      const t = (await page.evaluate(`(${SWITCH_IN_PAGE})(${JSON.stringify({ task, count: counts.get(task) })})`)) as number;
      if (i >= 2) times.push(t); // the first two switches warm the client router and chunks
    }
    return { times, prefetch };
  } finally {
    await ctx.close();
  }
}

async function shippedJs(url: string): Promise<{ files: number; legacy: number; gzipKb: number; rawKb: number; htmlGzipKb: number }> {
  const html = await (await fetch(`${url}/explore`)).text();
  // nomodule scripts are legacy-browser polyfills that modern browsers never download: counted apart.
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)];
  const legacy = tags.filter((m) => /nomodule/i.test(m[0])).length;
  const srcs = [...new Set(tags.filter((m) => !/nomodule/i.test(m[0])).map((m) => m[1]!.replace(/&amp;/g, "&")))];
  let gz = 0;
  let raw = 0;
  for (const s of srcs) {
    const body = Buffer.from(await (await fetch(new URL(s, url))).arrayBuffer());
    raw += body.length;
    gz += zlib.gzipSync(body).length;
  }
  return { files: srcs.length, legacy, gzipKb: gz / 1024, rawKb: raw / 1024, htmlGzipKb: zlib.gzipSync(html).length / 1024 };
}

function notebookBaseline(): { read_ms: number; median_ms: number; p95_ms: number } {
  const r = spawnSync("python3", ["scripts/bench/notebook_baseline.py", SHARED_DATA, String(SWITCHES)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`notebook baseline failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { read_ms: number; median_ms: number; p95_ms: number };
}

async function main() {
  const build = ensureBuild(process.argv.includes("--rebuild"));
  console.log(build.note);
  const server = await startBenchServer();
  try {
    const evals = (await (await fetch(`${server.url}/api/v1/evals`)).json()) as { rows: { task: string }[] };
    const counts = new Map<string, number>();
    for (const r of evals.rows) counts.set(r.task, (counts.get(r.task) ?? 0) + 1);
    const tasks = [...counts.keys()].sort();
    const srv = await serverTimes(server.url, tasks);
    const { times: sw, prefetch } = await browserTimes(server.url, tasks, counts, false);
    const { times: swServer } = await browserTimes(server.url, tasks, counts, true);
    const js = await shippedJs(server.url);
    const nb = notebookBaseline();
    const cpu = /model name\s*:\s*(.+)/.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1] ?? os.cpus()[0]?.model ?? "unknown";
    const rows = [
      [`(a) server: GET /explore?task=… full response, ${tasks.length} tasks × ${ROUNDS} rounds`, `${ms(median(srv))} (p95 ${ms(percentile(srv, 95))})`, ""],
      [`(b) browser: task switch until the new points are painted, ${sw.length} switches (after the idle-time prefetch of all tasks)`, `${ms(median(sw))} (p95 ${ms(percentile(sw, 95))})`, ""],
      [`&nbsp;&nbsp;the same with the prefetch blocked: every switch waits for the server (router.push → RSC)`, `${ms(median(swServer))} (p95 ${ms(percentile(swServer, 95))})`, ""],
      [`&nbsp;&nbsp;the prefetch itself: /api/v1/evals + /api/v1/fits, all tasks, after first paint`, prefetch ? `${prefetch.kb.toFixed(0)} kB transferred in ${ms(prefetch.ms)}, plus ${prefetch.lazyJsKb.toFixed(1)} kB of JavaScript loaded for it (zod/mini)` : "not observed", ""],
      [`&nbsp;&nbsp;notebook-equivalent baseline (python3 + numpy: select task, errors, binned fits LAION + OpenAI; **matplotlib rendering not included**, so the real notebook is slower)`, `${ms(nb.median_ms)} (p95 ${ms(nb.p95_ms)}); CSV read once ${ms(nb.read_ms)}`, ""],
      [`(c) JavaScript shipped for /explore: ${js.files} scripts, gzip (node:zlib; ${js.legacy} nomodule polyfill script not counted; zod/mini loads later, with the first refit or the prefetch)`, `${js.gzipKb.toFixed(1)} kB (${js.rawKb.toFixed(0)} kB raw)`, `≤ ${BUDGET_KB} kB: ${js.gzipKb <= BUDGET_KB ? "within" : "OVER"}`],
      [`&nbsp;&nbsp;the /explore HTML itself (with the server-rendered rows and fits), gzip`, `${js.htmlGzipKb.toFixed(1)} kB`, ""],
    ];
    const table = ["| benchmark | figure | budget |", "|---|---|---|", ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
    const section = [
      "## bench:web", "",
      `\`npm run bench:web\` (\`--rounds ${ROUNDS} --switches ${SWITCHES}\`; builds into ${DIST_DIR} first when it is missing or older than the sources), ${new Date().toISOString().slice(0, 10)}.`,
      `Machine: nproc ${os.cpus().length}, ${cpu}, Node ${process.version}. Medians; other engineers' builds may share the cores.`, "",
      table, "",
      "The notebook baseline does only the arithmetic of a task switch. The dashboard's switch includes React",
      "rendering and the browser painting the SVG, and, without the prefetch, the server round trip (RSC render +",
      "two SQL reads). Once idle, /explore prefetches every task's rows and fits through the public API, so a",
      "switch no longer waits for the server; the URL still changes through the router (reload, back, forward).", "",
    ].join("\n");
    console.log(`\n${section}`);
    if (process.argv.includes("--write")) writeSection("## bench:web", section);
    benchJson({ bench: "web", ok: js.gzipKb <= BUDGET_KB, rows: [
      { metric: "server /explore median", value: +median(srv).toFixed(1), unit: "ms" },
      { metric: "task switch median", value: +median(sw).toFixed(1), unit: "ms" },
      { metric: "task switch median, server round trip", value: +median(swServer).toFixed(1), unit: "ms" },
      { metric: "notebook baseline switch median (no plotting)", value: +nb.median_ms.toFixed(3), unit: "ms" },
      { metric: "JS gzip /explore", value: +js.gzipKb.toFixed(1), unit: "kB", goal: `<= ${BUDGET_KB}`, pass: js.gzipKb <= BUDGET_KB },
    ] });
  } finally {
    await server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
