import { ARCH_ORDER } from "../chart/palette";
import { UPSTREAMS } from "../domain/groups";
import { collapsedIndices } from "./collapse";

/** A learning-curve checkpoint joined with its model card (the shape of /api/v1/learning-curves rows). */
export interface CurveInputRow {
  model: string; arch: string; upstream: string; samples_seen_pretty: string;
  epoch: number; top1: number; top5: number | null; samples_seen: number; steps: number;
  /** GMACs per sample of the model (for the compute axis); absent in the API rows. */
  gmacs_per_sample?: number | null;
}

/** One model's checkpoints as columns: a compact, serialisable form for client charts. */
export interface ModelCurve {
  model: string; arch: string; upstream: string; samplesSeenPretty: string;
  epoch: number[]; top1: number[]; top5: (number | null)[]; samples: number[]; steps: number[];
  gmacsPerSample?: number | null;
}

export const CURVE_X = ["epoch", "samples", "steps", "compute"] as const;
export type CurveX = (typeof CURVE_X)[number];
export const CURVE_Y = ["top1", "top5"] as const;
export type CurveY = (typeof CURVE_Y)[number];

export interface CurvePoint { x: number; y: number; epoch: number; samples: number; steps: number; top1: number; top5: number | null; collapsed?: boolean }

/** One line: a model's checkpoints with x and y picked; `shown` says which metric y really is. */
export type CurveSeries = ReturnType<typeof buildCurveSeries>[number];

/** Rows (any order) → one columnar curve per model, checkpoints in epoch order. */
export function groupCurves(rows: readonly CurveInputRow[]): ModelCurve[] {
  const byModel = new Map<string, CurveInputRow[]>();
  for (const r of rows) {
    const list = byModel.get(r.model);
    if (list) list.push(r);
    else byModel.set(r.model, [r]);
  }
  return [...byModel.values()].map((list) => {
    const s = [...list].sort((a, b) => a.epoch - b.epoch);
    const f = s[0]!;
    return {
      model: f.model, arch: f.arch, upstream: f.upstream, samplesSeenPretty: f.samples_seen_pretty,
      epoch: s.map((r) => r.epoch), top1: s.map((r) => r.top1), top5: s.map((r) => r.top5), samples: s.map((r) => r.samples_seen), steps: s.map((r) => r.steps),
      gmacsPerSample: f.gmacs_per_sample ?? null,
    };
  });
}

const rank = (list: readonly string[], v: string) => (list.indexOf(v) < 0 ? list.length : list.indexOf(v));
const size = (c: { samplesSeenPretty: string }) => Number.parseFloat(c.samplesSeenPretty) || 0; // "3B" < "13B" < "34B"

/**
 * Lines for the learning-curve chart, one per model, ordered by architecture, dataset, samples
 * seen. Asking for top-5 of a model with no top-5 at all gives its top-1 (flagged by `shown`);
 * a model with some top-5 values keeps only the checkpoints that have one. Points are sorted by x.
 */
export function buildCurveSeries(curves: readonly ModelCurve[], x: CurveX, y: CurveY) {
  const out = curves.map((c) => {
    const collapsed = new Set(collapsedIndices(c.top1));
    const missingTop5 = c.top5.filter((v) => v === null).length; // checkpoints without a top-5 value
    // "top1" when top-5 was asked for but the model has none upstream.
    const shown: CurveY = y === "top5" && missingTop5 === c.top5.length ? "top1" : y;
    const points: CurvePoint[] = [];
    c.epoch.forEach((epoch, i) => {
      const top1 = c.top1[i]!;
      const top5 = c.top5[i] ?? null;
      const value = shown === "top1" ? top1 : top5;
      if (value === null) return;
      const p = { epoch, samples: c.samples[i]!, steps: c.steps[i]!, top1, top5, collapsed: collapsed.has(i) };
      // Compute = samples seen × GMACs per sample (total GMACs so far), as on the scaling-law axes.
      const xv = x === "epoch" ? p.epoch : x === "compute" ? (c.gmacsPerSample ? p.samples * c.gmacsPerSample : NaN) : p[x];
      if (!Number.isFinite(xv)) return;
      points.push({ x: xv, y: value, ...p });
    });
    points.sort((a, b) => a.x - b.x);
    return { model: c.model, arch: c.arch, upstream: c.upstream, samplesSeenPretty: c.samplesSeenPretty, shown, missingTop5, points };
  });
  return out.sort((a, b) => rank(ARCH_ORDER, a.arch) - rank(ARCH_ORDER, b.arch) || rank(UPSTREAMS, a.upstream) - rank(UPSTREAMS, b.upstream) || size(a) - size(b) || a.model.localeCompare(b.model));
}
