import { describe, expect, it } from "vitest";
import type { FitApiRow } from "../api/rows";
import { buildChartModel } from "../explore/chart-model";
import type { ExploreRow } from "../explore/types";
import { exploreChartSpec, type ExploreChartInput } from "./explore-spec";
import { renderChartSvg } from "./render";

// Synthetic rows (invented numbers, not upstream data).
function row(i: number, over: Partial<ExploreRow> = {}, acc1: number | null = 0.3 + i * 0.05): ExploreRow {
  return {
    model: `m${i}`, arch: i % 2 ? "ViT-B-32" : "ViT-L-14", upstream: i % 3 ? "LAION-2B" : "CLIP-WIT", samplesSeen: 1e9 * (i + 1), samplesSeenPretty: "13B",
    gmacsPerSample: 10, totalGmacs: 1e10 * (i + 1), mparams: 150,
    values: { acc1, acc5: null, mean_per_class_recall: null, "image_retrieval_recall@5": null, "text_retrieval_recall@5": null, mean_average_precision: null },
    ...over,
  };
}
const fit: FitApiRow = {
  task: "t", metric: "acc1", group: "LAION", method: "binned-min", status: "ok", reason: null, n: 5, slope: -0.1, slope_ci: [-0.12, -0.08],
  coefficient: 7, coefficient_ci: [5, 9], log10_coefficient: Math.log10(7), r2: 0.9, x_min: 1e10, x_max: 5e10, bootstrap_resamples: 1000, bootstrap_used: 1000, bootstrap_seed: 1,
  e_inf: null, e_inf_ci: null, n_fit: 5, loss: null, converged: null, ci_reason: null,
};
const source = { source_repo: "owner/repo", source_commit: "0123456789abcdef", data_version: "abcdef123456", ingested_at: "2026-01-02T03:04:05Z" };
const rows5 = [0, 1, 2, 3, 4].map((i) => row(i));

function input(rows: ExploreRow[] = rows5, over: Partial<ExploreChartInput> = {}, fits: FitApiRow[] = [fit]): ExploreChartInput {
  return { model: buildChartModel(rows, "compute", "error", "acc1", fits), title: "T", method: "binned-min", source, width: 800, height: 500, theme: "light", ...over };
}

/** Strict enough well-formedness check: every tag closes in order, no stray `<`, `>` or `&` in text. */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  const text = xml.replace(/<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g, (_m, close: string, name: string, _a: string, self: string) => {
    if (self) return "";
    if (close) expect(stack.pop()).toBe(name);
    else stack.push(name);
    return "";
  });
  expect(stack).toEqual([]);
  expect(text).not.toMatch(/[<>]/);
  expect(text.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toMatch(/&/);
}

describe("renderChartSvg(exploreChartSpec)", () => {
  it("draws one point mark per plottable row and the fit as solid and dashed pieces", () => {
    const svg = renderChartSvg(exploreChartSpec(input()));
    assertWellFormed(svg);
    expect(svg.match(/class="pt"/g)).toHaveLength(5);
    expect(svg.match(/class="fit fit-observed"/g)).toHaveLength(1);
    expect(svg).toContain('width="800" height="500"');
  });
  it("leaves out rows that cannot sit on log axes and says so", () => {
    const rows = [row(0), row(1, {}, 1), row(2, {}, null), row(3, { totalGmacs: 0 })];
    const svg = renderChartSvg(exploreChartSpec(input(rows)));
    expect(svg.match(/class="pt"/g)).toHaveLength(1);
    expect(svg).toContain("2 points excluded");
    expect(svg).toContain("1 without a value");
  });
  it("labels axes with units and fits with formula, CI and n", () => {
    const svg = renderChartSvg(exploreChartSpec(input()));
    expect(svg).toContain("Total compute (GMACs)");
    expect(svg).toContain("Error (%)");
    expect(svg).toContain("E = 7·C^−0.100");
    expect(svg).toContain("α 95% CI [−0.120, −0.080]");
    expect(svg).toContain("n = 5");
    expect(svg).toContain("owner/repo@0123456");
    expect(svg).toMatch(/class="x-tick"[^>]*>10¹⁰</);
  });
  it("escapes every text that comes from input or data", () => {
    const evil = `<script>alert("x")</script>&`;
    const rows = [row(0, { model: evil, arch: evil, upstream: evil })];
    const svg = renderChartSvg(exploreChartSpec(input(rows, { title: evil, source: { ...source, source_repo: evil } })));
    assertWellFormed(svg);
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;");
  });
  it("shows a banner when the pinned data version is not the served one", () => {
    expect(renderChartSvg(exploreChartSpec(input(rows5, { pinned: "abcdef123456" })))).not.toContain('class="banner"');
    const svg = renderChartSvg(exploreChartSpec(input(rows5, { pinned: "ffff0000" })));
    expect(svg).toContain('class="banner"');
    expect(svg).toContain("Data changed since this figure was made");
  });
  it("uses the dark theme's background and stays well formed when empty", () => {
    const svg = renderChartSvg(exploreChartSpec(input([], { theme: "dark", width: 240, height: 180 }, [])));
    assertWellFormed(svg);
    expect(svg).toContain('fill="#121417"');
    expect(svg).toContain("No models in this slice");
  });
});

describe("wrapText / clampLines", () => {
  it("keeps pieces whole where they fit and breaks a long piece at spaces", async () => {
    const { wrapText, clampLines } = await import("./layout");
    expect(wrapText("a · b · c", 1000, 10)).toEqual(["a · b · c"]);
    const lines = wrapText("OpenCLIP (LAION, pooled) (binned-min): E = 5.86·C^−0.111 · α 95% CI [−0.137, −0.088] · n = 29", 200, 11);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(l.length * 11 * 0.6).toBeLessThanOrEqual(200);
    expect(lines.join(" ").replace(/ · /g, " ")).toBe("OpenCLIP (LAION, pooled) (binned-min): E = 5.86·C^−0.111 α 95% CI [−0.137, −0.088] n = 29");
    expect(clampLines(["one two", "three four", "five"], 2)).toEqual(["one two", "three…"]);
  });
});
