import { describe, expect, inject, it } from "vitest";

// /api/v1/fit runs its bootstrap on a worker thread (db/queries/refit-pool.ts). Its answers must
// be the ones the ingest computed on its own thread: a live refit of the pooled LAION slice equals
// the stored LAION fit of /api/v1/fits, field by field.
const baseUrl = inject("baseUrl");
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
