import fs from "node:fs";
import path from "node:path";
import { describe, expect, inject, it } from "vitest";
import { SHARED_DATA } from "../support/paths";

const base = inject("baseUrl");
const get = async (p: string) => {
  const r = await fetch(base + p);
  const text = await r.text();
  return { status: r.status, headers: r.headers, text, json: () => JSON.parse(text) };
};

/** The upstream results file, read independently of the app (no quoted fields in it). */
function upstreamResults(): Map<number, Record<string, string>> {
  const lines = fs.readFileSync(path.join(SHARED_DATA, "zeroshot_results.csv"), "utf8").split("\n");
  const header = lines[0]!.split(",");
  const out = new Map<number, Record<string, string>>();
  lines.slice(1).forEach((l, i) => {
    if (l.trim()) out.set(i + 2, Object.fromEntries(l.split(",").map((v, k) => [header[k]!, v])));
  });
  return out;
}

describe("/api/v1/evals", () => {
  it("serves every row exactly as the upstream CSV has it, traceable by source_line", async () => {
    const r = await get("/api/v1/evals");
    expect(r.status).toBe(200);
    const { rows, meta } = r.json();
    expect(rows).toHaveLength(1312);
    expect(meta.source_commit).toBe("652b1e7471f7ccf372277f67cb680de5c9fa139d");
    const csv = upstreamResults();
    const num = (s: string | undefined) => (s === undefined || s === "" ? null : Number(s));
    for (const row of rows) {
      const src = csv.get(row.source_line)!;
      expect(src.downstream_dataset).toBe(row.task);
      expect(src.arch).toBe(row.arch);
      for (const m of ["acc1", "acc5", "mean_per_class_recall", "image_retrieval_recall@5", "text_retrieval_recall@5", "mean_average_precision"]) {
        expect(row[m]).toBe(num(src[m]));
      }
      expect(row.total_gmacs).toBe(Number(src.gmacs_total));
      expect(row.samples_seen).toBe(Number(src.samples_seen));
    }
  });

  it("filters by task, arch, upstream and samples_seen (repeated or comma-separated)", async () => {
    const a = (await get("/api/v1/evals?task=imagenet1k&upstream=LAION-2B&upstream=CLIP-WIT")).json();
    expect(a.rows.length).toBe(11 + 3);
    expect(new Set(a.rows.map((r: { upstream: string }) => r.upstream))).toEqual(new Set(["LAION-2B", "CLIP-WIT"]));
    const b = (await get("/api/v1/evals?task=imagenet1k&upstream=LAION-2B,CLIP-WIT")).json();
    expect(b.rows).toEqual(a.rows);
    const c = (await get("/api/v1/evals?task=imagenet1k&arch=ViT-B-32&samples_seen=34B")).json();
    expect(c.rows.every((r: { arch: string; samples_seen_pretty: string }) => r.arch === "ViT-B-32" && r.samples_seen_pretty === "34B")).toBe(true);
    const expected = [...upstreamResults().values()].filter((r) => r.downstream_dataset === "imagenet1k" && r.arch === "ViT-B-32" && r.samples_seen_pretty === "34B");
    expect(c.rows.length).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
  });

  it("serves CSV with format=csv", async () => {
    const r = await get("/api/v1/evals?task=imagenet1k&format=csv");
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = r.text.trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^model,model_name,arch,upstream,samples_seen/);
    expect(lines).toHaveLength(33);
  });

  it.each([
    ["unknown parameter", "/api/v1/evals?colour=red", "colour"],
    ["unknown task", "/api/v1/evals?task=imagenet2k", "task"],
    ["bad format", "/api/v1/evals?format=xml", "format"],
    ["bad characters", "/api/v1/evals?arch=%3Cscript%3E", "arch"],
    ["repeated single-valued key", "/api/v1/evals?format=json&format=csv", "format"],
  ])("400 on %s", async (_name, url, param) => {
    const r = await get(url);
    expect(r.status).toBe(400);
    const e = r.json().error;
    expect(e.param).toBe(param);
    expect(e.message).toContain(param);
  });
});

describe("/api/v1/fits", () => {
  it("lists the precomputed fits with slope, coefficient, CIs", async () => {
    const { rows } = (await get("/api/v1/fits?task=imagenet1k&group=LAION&method=binned-min")).json();
    expect(rows).toHaveLength(1);
    const f = rows[0];
    expect(f).toMatchObject({ task: "imagenet1k", metric: "acc1", group: "LAION", method: "binned-min", n: 29, status: "ok" });
    expect(Math.abs(f.slope - -0.11138849141276667)).toBeLessThan(1e-9);
    expect(f.coefficient).toBeCloseTo(10 ** 0.7677537559405149, 9);
    expect(f.slope_ci[0]).toBeLessThan(f.slope);
    expect(f.slope_ci[1]).toBeGreaterThan(f.slope);
    expect(f.coefficient_ci[0]).toBeLessThan(f.coefficient);
    const all = (await get("/api/v1/fits")).json();
    expect(all.rows).toHaveLength(645); // 43 task × metric × 5 groups × 3 methods
  });
  it("method=paper picks the paper's estimator per group: binned-min for LAION, OLS for OpenAI", async () => {
    const { rows } = (await get("/api/v1/fits?task=imagenet1k&method=paper&group=LAION&group=CLIP-WIT")).json();
    expect(rows.map((r: { group: string; method: string }) => `${r.group}:${r.method}`)).toEqual(["CLIP-WIT:ols", "LAION:binned-min"]);
    // numpy reference (scripts/reference/binned_fit.py): OpenAI's ImageNet law E = 23.18·C^−0.1638
    expect(Math.abs(rows[0].slope - -0.16377469046429108)).toBeLessThan(1e-9);
    expect(Math.abs(rows[0].log10_coefficient - 1.3651799489549032)).toBeLessThan(1e-9);
  });
  it.each([
    ["/api/v1/fits?group=LAION-9B", "group"],
    ["/api/v1/fits?method=huber", "method"],
    ["/api/v1/fits?metric=acc7", "metric"],
    ["/api/v1/fits?task=nope", "task"],
  ])("400 on %s", async (url, param) => {
    const r = await get(url);
    expect(r.status).toBe(400);
    expect(r.json().error.param).toBe(param);
  });
});

describe("/api/v1/fit (live refit)", () => {
  it("refits the full LAION slice to the precomputed paper fit", async () => {
    const live = (await get("/api/v1/fit?task=imagenet1k&upstream=LAION-80M,LAION-400M,LAION-2B&method=binned-min")).json().rows[0];
    const stored = (await get("/api/v1/fits?task=imagenet1k&group=LAION&method=binned-min")).json().rows[0];
    expect(live.slope).toBeCloseTo(stored.slope, 12);
    expect(live.coefficient).toBeCloseTo(stored.coefficient, 10);
    expect(live.slope_ci[0]).toBeCloseTo(stored.slope_ci[0], 12); // same seed, same resamples
    expect(live.n).toBe(29);
  });
  it("refits a narrowed slice, deterministic per seed", async () => {
    const a = (await get("/api/v1/fit?task=imagenet1k&arch=ViT-B-32&method=ols&bootstrap=300&seed=7")).json();
    const b = (await get("/api/v1/fit?task=imagenet1k&arch=ViT-B-32&method=ols&bootstrap=300&seed=7")).json();
    expect(a.rows[0]).toEqual(b.rows[0]);
    expect(a.rows[0].n).toBe(10);
    expect(a.meta.refit.n_rows).toBe(10);
  });
  it("says why there is no fit for a single point", async () => {
    const r = (await get("/api/v1/fit?task=imagenet1k&model=openai-ViT-B-32")).json().rows[0];
    expect(r.status).toBe("no_fit");
    expect(r.reason).toMatch(/fewer than 2/);
    expect(r.slope).toBeNull();
  });
  it.each([
    ["/api/v1/fit", "task"],
    ["/api/v1/fit?task=imagenet1k&task=cars", "task"],
    ["/api/v1/fit?task=imagenet1k&bootstrap=999999", "bootstrap"],
    ["/api/v1/fit?task=imagenet1k&bootstrap=-1", "bootstrap"],
    ["/api/v1/fit?task=imagenet1k&seed=NaN", "seed"],
    ["/api/v1/fit?task=imagenet1k&method=mle", "method"],
  ])("400 on %s", async (url, param) => {
    const r = await get(url);
    expect(r.status).toBe(400);
    expect(r.json().error.param).toBe(param);
  });
});

describe("/api/v1/models and /api/v1/learning-curves", () => {
  it("lists 32 model cards and filters them", async () => {
    expect((await get("/api/v1/models")).json().rows).toHaveLength(32);
    const g = (await get("/api/v1/models?arch=ViT-g-14")).json().rows;
    expect(g.map((m: { id: string }) => m.id)).toEqual(["Model-g-14_Data-2B_Samples-13B_lr-5e-4_bs-64k"]);
  });
  it("serves one model with its 41 evaluations and learning curve", async () => {
    const r = (await get("/api/v1/models/Model-g-14_Data-2B_Samples-13B_lr-5e-4_bs-64k")).json();
    expect(r.rows[0].global_batch_size).toBe(r.rows[0].local_batch_size * r.rows[0].gpus);
    expect(r.evaluations).toHaveLength(41);
    expect(r.learning_curve.length).toBeGreaterThan(0);
    expect(r.architecture.name).toBe("ViT-g-14");
  });
  it("404s an unknown model and 400s bad parameters", async () => {
    expect((await get("/api/v1/models/Model-nope")).status).toBe(404);
    expect((await get("/api/v1/models?arch=ViT-Q-1")).status).toBe(400);
    expect((await get("/api/v1/models?x=1")).json().error.param).toBe("x");
  });
  it("serves learning curves (3,359 checkpoints) and filters them", async () => {
    expect((await get("/api/v1/learning-curves")).json().rows).toHaveLength(3359);
    const r = (await get("/api/v1/learning-curves?model=Model-B-32_Data-400M_Samples-13B_lr-1e-3_bs-86k")).json().rows;
    expect(r.every((p: { model: string }) => p.model === "Model-B-32_Data-400M_Samples-13B_lr-1e-3_bs-86k")).toBe(true);
    expect((await get("/api/v1/learning-curves?upstream=LAION-5B")).status).toBe(400);
  });
});

describe("/api/health", () => {
  it("reports the served database version", async () => {
    const h = (await get("/api/health")).json();
    expect(h.status).toBe("ok");
    expect(h.database.row_counts.evaluations).toBe(1312);
    expect(h.database.data_version).toMatch(/^[0-9a-f]{12}$/);
  });
});
