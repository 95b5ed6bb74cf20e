import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { SHARED_DATA } from "../support/paths";

const base = inject("baseUrl");
const get = async (p: string) => {
  const r = await fetch(base + p);
  const text = await r.text();
  return { status: r.status, headers: r.headers, text, json: () => JSON.parse(text) };
};
type Row = { variant: string; slope: number | null; coefficient: number | null; e_inf: number | null; n_fit: number | null };

/** scripts/reference/sensitivity.py: numpy on the upstream CSV, independent of the app. */
function reference(task: string, metric: string, group: string, method: string): Record<string, [number, number, number]> {
  const script = path.join(process.cwd(), "scripts/reference/sensitivity.py");
  return JSON.parse(execFileSync("python3", [script, task, metric, group, method, SHARED_DATA], { encoding: "utf8" }));
}

describe("/api/v1/sensitivity", () => {
  it.each([
    ["imagenet1k", "acc1", "LAION", "binned-min"],
    ["imagenet1k", "acc1", "LAION", "ols"],
    ["mscoco_captions", "image_retrieval_recall@5", "LAION-2B", "binned-min"],
  ])("%s %s %s %s: every variant equals numpy's", async (task, metric, group, method) => {
    // numpy first: a long pause between two requests lets the server close the kept-alive socket.
    const ref = reference(task, metric, group, method);
    const r = await get(`/api/v1/sensitivity?task=${task}&metric=${encodeURIComponent(metric)}&group=${group}&method=${method}`);
    expect(r.status).toBe(200);
    const { rows, summary } = r.json() as { rows: Row[]; summary: Record<string, unknown> };
    const byVariant = new Map(rows.map((x) => [x.variant, x]));
    expect(rows.length).toBe(Object.keys(ref).length + 1); // + the `all` row
    for (const [variant, [slope, coefficient, nFit]] of Object.entries(ref)) {
      const row = byVariant.get(variant);
      expect(row, variant).toBeDefined();
      expect(Math.abs(row!.slope! - slope), variant).toBeLessThan(1e-9);
      expect(Math.abs(row!.coefficient! / coefficient - 1), variant).toBeLessThan(1e-8);
      expect(row!.n_fit, variant).toBe(nFit);
      expect(row!.e_inf).toBeNull();
    }
    const slopes = rows.map((x) => x.slope!).filter((s) => s !== null);
    expect(summary.slope_min).toBe(Math.min(...slopes));
    expect(summary.slope_max).toBe(Math.max(...slopes));
    // Most influential: the leave-out whose slope is farthest from the fit itself (numpy's numbers).
    const all = byVariant.get("all")!.slope!;
    const far = Object.entries(ref).filter(([v]) => v.startsWith("leave-out:")).sort((a, b) => Math.abs(b[1][0] - all) - Math.abs(a[1][0] - all))[0]!;
    expect(summary.most_influential).toBe(far[0].slice("leave-out:".length));
  });

  it("serves saturating leave-outs with E∞, and a CSV twin with the same rows", async () => {
    const j = await get("/api/v1/sensitivity?task=imagenet1k&group=LAION&method=saturating");
    expect(j.status).toBe(200);
    const rows = j.json().rows as Row[];
    expect(rows[0]!.variant).toBe("all");
    // imagenet1k (LAION)'s optimum is on the edge E∞ = 0, reported exactly (lib/fit/power-edge.ts).
    expect(rows[0]!.e_inf).toBe(0);
    expect(rows.every((x) => x.slope === null || (typeof x.e_inf === "number" && x.e_inf >= 0))).toBe(true);
    expect(rows.filter((x) => x.variant.startsWith("leave-out:"))).toHaveLength(29);
    const c = await get("/api/v1/sensitivity?task=imagenet1k&group=LAION&method=saturating&format=csv");
    expect(c.status).toBe(200);
    expect(c.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = c.text.trim().split(/\r?\n/);
    expect(lines[0]).toBe("variant,slope,coefficient,e_inf,n_fit,reason");
    expect(lines).toHaveLength(rows.length + 1);
  });

  it.each([
    ["?group=LAION", "task"],
    ["?task=imagenet1k&method=cubic", "method"],
    ["?task=imagenet1k&group=LAION-5B", "group"],
    ["?task=imagenet1k&metric=mean_average_precision", "metric"],
    ["?task=imagenet1k&bins=3", "bins"],
  ])("400 naming the parameter: %s", async (query, param) => {
    const r = await get(`/api/v1/sensitivity${query}`);
    expect(r.status).toBe(400);
    expect(r.json().error.param).toBe(param);
  });
});
