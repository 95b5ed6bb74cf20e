import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startServer } from "../support/server";

// /api/v1/fit runs its bootstrap on the CPU pool (db/services/cpu-pool.ts, piscina). Its answers
// must be the ones the ingest computed on its own thread: a live refit of the pooled LAION slice
// equals the stored LAION fit of /api/v1/fits, field by field.
const baseUrl = inject("baseUrl");
const dbPath = inject("dbPath");
const LAION = "upstream=LAION-80M&upstream=LAION-400M&upstream=LAION-2B";
type Fit = Record<string, unknown>;

async function json(path: string): Promise<{ rows: Fit[] }> {
  const r = await fetch(baseUrl + path);
  expect(r.status, path).toBe(200);
  return (await r.json()) as { rows: Fit[] };
}

describe("live refits on a worker thread", () => {
  it.each([
    ["imagenet1k", "acc1", "binned-min"], ["imagenet1k", "acc1", "ols"], ["vtab/pets", "acc1", "binned-min"],
    ["mscoco_captions", "text_retrieval_recall@5", "ols"],
  ])("%s %s %s equals the stored LAION fit", async (task, metric, method) => {
    const q = `task=${encodeURIComponent(task)}&metric=${encodeURIComponent(metric)}&method=${method}`;
    const stored = (await json(`/api/v1/fits?${q}&group=LAION`)).rows;
    expect(stored).toHaveLength(1);
    const live = (await json(`/api/v1/fit?${q}&${LAION}`)).rows[0]!;
    const { group: g1, ...s } = stored[0]!;
    const { group: g2, ...l } = live;
    expect([g1, g2]).toEqual(["LAION", "slice"]);
    expect(l).toEqual(s);
    expect(l.bootstrap_resamples).toBe(1000);
  });

  it("answers 24 concurrent uncached refits without mixing up their answers", async () => {
    const paths = Array.from({ length: 24 }, (_, i) => `/api/v1/fit?task=vtab%2Fcifar10&bootstrap=2000&seed=${7000 + i}`);
    const first = await Promise.all(paths.map((p) => json(p)));
    // Every architecture listed: the same rows under another cache key, so fitted afresh, in another order.
    const all = "&arch=ViT-B-32&arch=ViT-B-16&arch=ViT-L-14&arch=ViT-H-14&arch=ViT-g-14";
    const again = await Promise.all([...paths].reverse().map((p) => json(p + all)));
    again.reverse();
    expect(again.map((r) => r.rows)).toEqual(first.map((r) => r.rows));
    expect(new Set(first.map((r) => JSON.stringify(r.rows[0]!.slope_ci))).size).toBeGreaterThan(1); // seeds matter
  });
});

describe("/compare's fits and the sensitivity refits on the pool", () => {
  const completed = async () => ((await (await fetch(`${baseUrl}/api/health`)).json()) as { cpu_pool: { completed: number } | null }).cpu_pool?.completed ?? 0;

  it("an uncached comparison is one pool task, shared by the page, its twins and other chart tasks", async () => {
    const q = "a=LAION-80M&b=CLIP-WIT&method=ols";
    const before = await completed();
    const j = await fetch(`${baseUrl}/compare.json?${q}`);
    expect(j.status).toBe(200);
    expect(((await j.json()) as { rows: unknown[] }).rows).toHaveLength(41);
    expect(await completed()).toBe(before + 1);
    for (const p of [`/compare?${q}&task=cars`, `/compare.csv?${q}&task=vtab%2Fpets`, `/compare.json?${q}&sort=delta&dir=desc`]) {
      const r = await fetch(baseUrl + p);
      expect(r.status, p).toBe(200);
      await r.arrayBuffer();
    }
    expect(await completed()).toBe(before + 1); // the same (a, b, method): computed once per data version
  });

  it("an uncached sensitivity is one pool task", async () => {
    const before = await completed();
    const r = await fetch(`${baseUrl}/api/v1/sensitivity?task=vtab%2Fflowers&group=LAION-2B&method=ols`);
    expect(r.status).toBe(200);
    expect(((await r.json()) as { rows: unknown[] }).rows.length).toBeGreaterThan(1);
    expect(await completed()).toBe(before + 1);
  });
});

describe("a full CPU pool", () => {
  // One worker and one queue place: a burst of slow uncached refits and PNGs must overflow it.
  let busy: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    busy = await startServer(dbPath, undefined, { SCALING_POOL_THREADS: "1", SCALING_POOL_QUEUE: "1" });
  });
  afterAll(async () => busy?.stop());

  it("answers 503 with Retry-After and a JSON error at once, never an unbounded wait, and serves again after", async () => {
    // Refits, PNGs, comparisons (page and twin) and sensitivities: every kind of pool task.
    const compares = ["a=LAION&b=CLIP-WIT&method=binned-min", "a=LAION-2B&b=LAION-80M&method=ols", "a=CLIP-WIT&b=LAION-400M&method=paper"];
    const paths = [
      ...Array.from({ length: 12 }, (_, i) =>
        i % 3 === 2 ? `/api/v1/chart.png?task=cars&width=${900 + i}` : `/api/v1/fit?task=vtab%2Fcifar10&bootstrap=5000&seed=${90_000 + i}`),
      ...compares.map((q) => `/compare.json?${q}`),
      `/api/v1/sensitivity?task=imagenet1k&group=LAION&method=saturating`, `/api/v1/sensitivity?task=cars&group=CLIP-WIT&method=binned-min`,
    ];
    const answers = await Promise.all(paths.map(async (p) => {
      const r = await fetch(busy.url + p);
      return { p, status: r.status, retry: r.headers.get("retry-after"), type: r.headers.get("content-type") ?? "", body: await r.text() };
    }));
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0);
    expect(answers.every((a) => a.status === 200 || a.status === 503), JSON.stringify(answers.map((a) => [a.p, a.status]))).toBe(true);
    for (const a of refused) {
      expect(Number(a.retry)).toBeGreaterThan(0);
      expect(a.type).toContain("application/json");
      const e = (JSON.parse(a.body) as { error: { code: string; message: string } }).error;
      expect(e.code).toBe("unavailable");
      expect(e.message).toMatch(/busy/);
      expect(e.message).not.toMatch(/\/(work|tmp|home|usr)\//);
    }
    // The pool drains and the same refits succeed.
    for (const a of refused.slice(0, 2)) expect((await fetch(busy.url + a.p)).status).toBe(200);
  });

  it("the /compare page says the server is busy (never a 500), and shows the comparison once it can", async () => {
    // Keep the one worker and its queue place busy with saturating bootstraps, then ask for an
    // uncached comparison page. A bootstrap takes from ~0.1 s (idle machine) to seconds (loaded),
    // so each attempt asks for a comparison not computed before, until one finds the pool full.
    let refused = false;
    let q = "";
    for (const [i, [b, method]] of [["LAION-80M", "binned-min"], ["LAION-80M", "ols"], ["CLIP-WIT", "ols"], ["CLIP-WIT", "binned-min"], ["LAION", "ols"], ["LAION", "binned-min"]].entries()) {
      q = `a=LAION-400M&b=${b}&method=${method}`;
      const hog = Array.from({ length: 2 }, (_, j) => fetch(`${busy.url}/api/v1/fit?task=vtab%2Fcifar10&method=saturating&bootstrap=5000&seed=${95_000 + 2 * i + j}`).then((r) => r.text()));
      await new Promise((r) => setTimeout(r, 30));
      const page = await fetch(`${busy.url}/compare?${q}`);
      const html = await page.text();
      expect(page.status).toBe(200);
      refused = html.includes("could not be computed right now");
      if (refused) {
        expect(html).toMatch(/busy computing charts and fits; retry in \d+ s/);
        expect(html).toContain(`href="/compare?b=${b}&amp;method=${method}"`); // the same view (a=LAION-400M is the default; b and method are not)
      }
      await Promise.all(hog);
      if (refused) break;
    }
    expect(refused, "a page request found the pool full").toBe(true);
    const again = await (await fetch(`${busy.url}/compare?${q}`)).text();
    expect(again).not.toContain("could not be computed right now");
    expect(again).toContain('data-task="imagenet1k"');
  });
});
