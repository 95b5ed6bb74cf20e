import path from "node:path";
import { threadId } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import { svgToPng } from "../../lib/chart-svg/png";
import { AppError } from "../../lib/errors";
import { chartFonts } from "./chart-fonts";
import { createCpuPool, type CpuPool } from "./cpu-pool";

// Real piscina, real worker threads; the fixture stands in for the task module (the pool's own
// behaviour is under test: off-thread, bounded queue, dead workers).
const fixture = path.resolve("db/services/__fixtures__/pool-tasks.cjs");
type Echo = { threadId: number; value: number };
const pools: CpuPool[] = [];
const make = (threads: number, maxQueue: number) => {
  const p = createCpuPool({ filename: fixture, threads, maxQueue });
  pools.push(p);
  return p;
};
const run = (p: CpuPool, arg: object) => p.run("fit", arg as never) as unknown as Promise<Echo>;
afterAll(async () => Promise.all(pools.map((p) => p.close())));

describe("cpu pool", () => {
  it("runs tasks off the calling thread", async () => {
    const r = await run(make(1, 4), { value: 7 });
    expect(r.value).toBe(7);
    expect(r.threadId).not.toBe(threadId);
  });

  it("refuses a task at once with 503 and Retry-After when the queue is full", async () => {
    const p = make(1, 2);
    const running = [run(p, { block: 600, value: 1 })];
    await new Promise((r) => setTimeout(r, 100)); // the first task is on the worker
    running.push(run(p, { value: 2 }), run(p, { value: 3 })); // the two queue places
    const t0 = Date.now();
    const refused = await run(p, { value: 4 }).catch((e: unknown) => e);
    expect(Date.now() - t0).toBeLessThan(300); // not after the 600 ms task
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).status).toBe(503);
    expect((refused as AppError).retryAfter).toBeGreaterThan(0);
    expect((await Promise.all(running)).map((r) => r.value)).toEqual([1, 2, 3]);
  });

  it("answers 503 when its worker dies mid-task, computes nothing on the main thread, and replaces the worker", async () => {
    const p = make(1, 4);
    const first = await run(p, { value: 1 });
    const died = await run(p, { exitAfter: 50, value: 2 }).catch((e: unknown) => e);
    expect(died).toBeInstanceOf(AppError);
    expect((died as AppError).status).toBe(503);
    const after = await run(p, { value: 3 });
    expect(after.value).toBe(3);
    expect(after.threadId).not.toBe(first.threadId); // a new worker
    expect(after.threadId).not.toBe(threadId);
  });
});

// The real task module runs bundled under `next start` (tests/e2e/refit-worker.test.ts compares
// its refits with the ingest's fits; reports.test.ts checks its PNGs). Node 20 workers cannot load
// TypeScript here, so its PNG task's one difference from a direct call is checked on this thread:
describe("chart fonts found once per worker", () => {
  it("draw the same image as resvg's scan of every system font", () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"><rect width="160" height="40" fill="#fff"/><text x="4" y="28" font-size="20" font-family="DejaVu Sans, sans-serif">E = A·C^α</text><text x="4" y="38" font-weight="bold" font-size="9">n = 29</text></svg>`;
    const files = chartFonts();
    expect(files.some((f) => f.endsWith("/DejaVuSans.ttf"))).toBe(true);
    expect(Buffer.from(svgToPng(svg, files)).equals(Buffer.from(svgToPng(svg)))).toBe(true);
  });
});
