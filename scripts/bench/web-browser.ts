/** Browser-side figures for bench:web: task switches in headless Chromium and /explore's JavaScript. */
import zlib from "node:zlib";
import { launchBrowser } from "../../tests/support/browser";

/**
 * In the page: change the task select; resolve with the time from the change event to the paint of
 * the new chart, finished. recharts 3 lays a data change out over several commits (its store tells
 * the chart about new axes and series on the next animation frame), so counting the new task's
 * points is not enough in general. Instead, after every change inside the chart, what it draws (its
 * title, SVG and legend, as HTML) is recorded with the paint that follows (the first
 * requestAnimationFrame after a DOM change runs just before that frame's paint, and a message
 * posted from it arrives after the paint). Once the new task's points are all there and the chart has not
 * changed for `quiet` ms, the switch ends at the paint after the last change to the drawing;
 * changes that leave it as it was (recharts moving a layer out and back in) do not count. `first`
 * is the paint after the first change, `event` the change event's own task (React renders and
 * commits a switch synchronously inside it). Times are performance.now() differences from the change
 * event. A string, not a function: tsx's name helpers (`__name`) do not exist in the page.
 */
const SWITCH_IN_PAGE = `({ task, count, quiet }) => {
  const sel = document.querySelector("select[name=task]");
  const done = () => document.querySelector(".explore-chart")?.dataset.task === task
    && !document.querySelector(".explore-stale") && document.querySelectorAll(".recharts-scatter-symbol").length === count;
  const drawing = () => ["h2.explore-title", ".explore-chart .scaling-figure", ".explore-chart .scaling-legend"]
    .map((s) => document.querySelector(s)?.outerHTML ?? "").join("");
  return new Promise((resolve) => {
    const t0 = performance.now();
    const records = [];
    const mo = new MutationObserver(() => {
      const r = { at: performance.now(), html: drawing(), paint: -1 };
      if (records.length && records[records.length - 1].html === r.html) return;
      records.push(r);
      requestAnimationFrame(() => {
        // A message posted from the frame's callbacks is delivered after its paint, and before any
        // work the page itself queues after that paint (a timer would run after the page's own).
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { r.paint = performance.now(); ch.port1.close(); };
        ch.port2.postMessage(0);
      });
    });
    mo.observe(document.querySelector(".explore-chart"), { subtree: true, childList: true, attributes: true, characterData: true });
    const check = () => {
      const last = records[records.length - 1];
      if (done() && last && last.paint >= 0 && performance.now() - last.at >= quiet) {
        mo.disconnect();
        resolve({ settled: last.paint - t0, first: records[0].paint - t0, event });
      } else setTimeout(check, 20);
    };
    // The native setter, so React's change tracking sees a user-like change.
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value").set.call(sel, task);
    sel.dispatchEvent(new Event("change", { bubbles: true }));
    const event = performance.now() - t0;
    setTimeout(check, 20);
  });
}`;

/** How long the chart must stay unchanged before a switch counts as finished. */
const QUIET_MS = 300;

export interface Prefetch { kb: number; ms: number }

/**
 * `switches` task switches in one page (each to the next task, round the list), after a warm-up of
 * two; `heapMb` is the page's JS heap after them; `cpu` is the page's main-thread CPU time over each switch and its quiet wait (all the work a
 * switch causes, the fit panels below the chart included). With `serverOnly` the page's background prefetch of all tasks is blocked, so every switch
 * waits for the server.
 */
export async function taskSwitches(url: string, tasks: string[], counts: Map<string, number>, switches: number, serverOnly: boolean): Promise<{ times: number[]; first: number[]; event: number[]; cpu: number[]; heapMb: number; prefetch: Prefetch | null }> {
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
      return { kb: es.reduce((s, e) => s + e.transferSize, 0) / 1024, ms: Math.max(...es.map((e) => e.responseEnd)) - Math.min(...es.map((e) => e.startTime)) };
    })()`)) as Prefetch | null);
    // The page's main-thread CPU time (Chromium's ThreadTime metric): a figure a busy machine
    // stretches much less than wall time, for comparing builds measured under load.
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("Performance.enable");
    const threadMs = async () => 1000 * ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime")?.value ?? NaN);
    const times: number[] = [];
    const first: number[] = [];
    const event: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < switches + 2; i++) {
      const task = tasks[(i + 1) % tasks.length]!;
      const before = await threadMs();
      const t = (await page.evaluate(`(${SWITCH_IN_PAGE})(${JSON.stringify({ task, count: counts.get(task), quiet: QUIET_MS })})`)) as { settled: number; first: number; event: number };
      const used = (await threadMs()) - before;
      if (i < 2) continue; // the first two switches warm the client router and chunks
      times.push(t.settled);
      first.push(t.first);
      event.push(t.event);
      cpu.push(used);
    }
    // The page's JavaScript heap after a full collection, once every task has been shown.
    await cdp.send("HeapProfiler.collectGarbage");
    const heapMb = ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? NaN) / 2 ** 20;
    return { times, first, event, cpu, heapMb, prefetch };
  } finally {
    await ctx.close();
  }
}

export interface ShippedJs { files: number; legacy: number; gzipKb: number; rawKb: number; htmlGzipKb: number; lazyGzipKb: number }

/**
 * gzip size of the scripts the /explore HTML loads (nomodule polyfills, which modern browsers skip,
 * counted apart), and of the chunks loaded later on demand, seen by Chromium over a session that
 * opens the toolbar's panels.
 */
export async function shippedJs(url: string): Promise<ShippedJs> {
  const html = await (await fetch(`${url}/explore`)).text();
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)];
  const legacy = tags.filter((m) => /nomodule/i.test(m[0])).length;
  const srcs = [...new Set(tags.filter((m) => !/nomodule/i.test(m[0])).map((m) => m[1]!.replace(/&amp;/g, "&")))];
  const gz = async (s: string) => {
    const body = Buffer.from(await (await fetch(new URL(s, url))).arrayBuffer());
    return { raw: body.length, gz: zlib.gzipSync(body).length };
  };
  let gzip = 0;
  let raw = 0;
  for (const s of srcs) {
    const z = await gz(s);
    raw += z.raw;
    gzip += z.gz;
  }
  let lazy = 0;
  const ctx = await launchBrowser();
  try {
    const page = await ctx.newPage();
    const loaded = new Set<string>();
    page.on("request", (r) => {
      if (r.url().endsWith(".js")) loaded.add(new URL(r.url()).pathname);
    });
    await page.goto(`${url}/explore`);
    await page.waitForLoadState("networkidle");
    for (const name of ["Embed", "Cite"]) {
      const b = page.getByRole("button", { name, exact: true });
      if (await b.count()) await b.first().click();
    }
    await page.waitForLoadState("networkidle");
    const initial = new Set(srcs.map((s) => new URL(s, url).pathname));
    for (const p of loaded) if (!initial.has(p)) lazy += (await gz(p)).gz;
  } finally {
    await ctx.close();
  }
  return { files: srcs.length, legacy, gzipKb: gzip / 1024, rawKb: raw / 1024, htmlGzipKb: zlib.gzipSync(html).length / 1024, lazyGzipKb: lazy / 1024 };
}
