import { describe, expect, it } from "vitest";
import type { FitApiRow } from "../api/rows";
import { buildChartModel } from "../explore/chart-model";
import type { ExploreRow } from "../explore/types";
import { exploreChartSpec } from "./explore-spec";
import { renderChartSvg } from "./render";
import { textWidth } from "./theme";

// Synthetic rows and two fits with long captions (invented numbers).
const rows: ExploreRow[] = Array.from({ length: 12 }, (_, i) => ({
  model: `m${i}`, arch: ["ViT-B-32", "ViT-B-16", "ViT-L-14", "ViT-H-14"][i % 4]!, upstream: ["LAION-80M", "LAION-400M", "LAION-2B", "CLIP-WIT"][i % 4]!,
  samplesSeen: 1e9, samplesSeenPretty: ["3B", "13B", "34B"][i % 3]!, gmacsPerSample: 10, totalGmacs: 1e10 * 1.6 ** i, mparams: 150,
  values: { acc1: 0.3 + i * 0.04, acc5: null, mean_per_class_recall: null, "image_retrieval_recall@5": null, "text_retrieval_recall@5": null, mean_average_precision: null },
}));
const fit = (group: string): FitApiRow => ({
  task: "t", metric: "acc1", group, method: "binned-min", status: "ok", reason: null, n: 12, slope: -0.1, slope_ci: [-0.12, -0.08],
  coefficient: 7, coefficient_ci: [5, 9], log10_coefficient: Math.log10(7), r2: 0.9, x_min: 1e10, x_max: 1e12, bootstrap_resamples: 1000, bootstrap_used: 1000, bootstrap_seed: 1,
  e_inf: null, e_inf_ci: null, n_fit: 5, loss: null, converged: null, ci_reason: null,
});
const source = { source_repo: "LAION-AI/scaling-laws-openclip", source_commit: "652b1e7471f7ccf372277f67cb680de5c9fa139d", data_version: "abcdef123456", ingested_at: "2026-01-02T03:04:05Z" };
const model = buildChartModel(rows, "compute", "error", "acc1", [fit("LAION"), fit("CLIP-WIT"), fit("LAION-2B")]);
const svgAt = (width: number, height: number) => renderChartSvg(exploreChartSpec({
  model, title: "ImageNet 1k: Error (1 − top-1 accuracy) vs Total compute (GMACs)", method: "paper", source, width, height, theme: "light",
}));

/** Texts of the SVG with their baseline y and font size (the renderer writes x, y and font-size on each text or its group). */
function texts(svg: string): { y: number; size: number; text: string; x: number; anchor: string | null }[] {
  const out: { y: number; size: number; text: string; x: number; anchor: string | null }[] = [];
  let groupSize = 0;
  for (const m of svg.matchAll(/<g [^>]*font-size="(\d+)"|<text([^>]*)>([^<]*)<\/text>/g)) {
    if (m[1]) { groupSize = Number(m[1]); continue; }
    const a = m[2]!;
    const size = Number(/font-size="(\d+)"/.exec(a)?.[1] ?? groupSize);
    out.push({ y: Number(/ y="([\d.]+)"/.exec(a)![1]), x: Number(/ x="([\d.]+)"/.exec(a)![1]), size, text: m[3]!, anchor: /text-anchor="(\w+)"/.exec(a)?.[1] ?? null });
  }
  return out;
}

describe("chart images at small sizes", () => {
  for (const [w, h] of [[320, 200], [400, 250], [480, 300], [800, 500]] as const) {
    it(`${w}×${h}: the plot keeps at least half the height, text is ≥ 10 px and never runs off the image`, () => {
      const svg = svgAt(w, h);
      const clip = /<clipPath[^>]*><rect[^>]* y="([\d.]+)"[^>]* height="([\d.]+)"/.exec(svg)!;
      expect(Number(clip[2]) - 8).toBeGreaterThanOrEqual(h / 2);
      for (const t of texts(svg)) {
        expect(t.size, t.text).toBeGreaterThanOrEqual(10);
        expect(t.y, t.text).toBeLessThanOrEqual(h);
        if (t.anchor === null) expect(t.x + textWidth(t.text.replace(/&\w+;/g, "x"), t.size), t.text).toBeLessThanOrEqual(w + 1);
      }
    });
  }
  it("turns the legend compact (one short line per fit) and keeps the full text in the description", () => {
    const small = svgAt(400, 250);
    expect(small).toMatch(/data-layout="(compact|minimal)"/);
    expect(small).not.toContain("α 95% CI [−0.120, −0.080] · n = 12</text>");
    expect(/<desc[^>]*>([^<]*)<\/desc>/.exec(small)![1]).toContain("α 95% CI [−0.120, −0.080]");
    expect(svgAt(800, 500)).toContain('data-layout="full"');
  });
  it("names the fit method once in the footer", () => {
    const svg = svgAt(800, 500);
    expect(svg).toContain("fit: paper method (binned-min for LAION, OLS for OpenAI)");
    expect(svg).not.toMatch(/paper \(as in the paper/);
  });
});
