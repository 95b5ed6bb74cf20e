import { ciReason, MIN_CI_POINTS } from "../fit/ci-rule";
import type { FitMethodId, FitResult } from "../fit/types";
import { computeMultiplier, crossingLog10, rangePosition, type RangePosition } from "./laws";
import type { FitPair } from "./method";
import { pairedStats } from "./paired";
import { judgeDifferences, type Judgement, type Verdict } from "./significance";

/** One group's fit as shown: the law, its intervals (null with `ciReason` under lib/fit's rule). */
export type GroupFit =
  | {
      ok: true; n: number; nFit: number; alpha: number; alphaCi: [number, number] | null; A: number; aCi: [number, number] | null;
      log10A: number; r2: number | null; range: [number, number]; ciReason: string | null; fewPoints: boolean;
    }
  | { ok: false; n: number; nFit: 0; reason: string };

/** A statistic of the paired draws: point value, 95% interval or why there is none. */
export interface Derived { ci: [number, number] | null; ciReason: string | null }

/** One task of the comparison table; Δα, C* and the multiplier are null when either fit is missing. */
export interface CompareRow {
  task: string;
  metric: string;
  /** The estimator both groups were fitted with, and why when `paper` fell back to OLS. */
  method: FitMethodId;
  methodNote: string | null;
  a: GroupFit;
  b: GroupFit;
  delta: ({ value: number; p: number | null; pairs: number } & Derived) | null;
  crossing: ({ log10C: number; position: RangePosition } & Derived) | { parallel: true } | null;
  multiplier: ({ ok: true; log10Ca: number; log10Multiplier: number; multiplier: number } & Derived) | { ok: false; reason: string } | null;
  /** Δα's (uncorrected) 95% interval excludes 0. */
  differs: boolean;
  /** Both intervals exist and Δα has a p-value: the task takes part in the corrected test. */
  trusted: boolean;
  /** The corrected decision (judgeDifferences), shared by the headline and the markers. */
  verdict: Verdict;
}

/** FitResult → GroupFit, applying lib/fit's interval rule (fewer than 5 fitted points: no interval). */
export function toGroupFit(f: FitResult): GroupFit {
  if (!f.ok) return { ok: false, n: f.n, nFit: 0, reason: f.reason };
  const nFit = f.nFit;
  const reason = ciReason(nFit, f.bootstrap);
  return {
    ok: true, n: f.n, nFit, alpha: f.alpha, alphaCi: reason ? null : f.alphaCi, A: f.A, aCi: reason ? null : f.aCi,
    log10A: f.log10A, r2: f.r2, range: [f.xMin, f.xMax], ciReason: reason, fewPoints: nFit < MIN_CI_POINTS,
  };
}

const PENDING: Verdict = { testable: false, reason: "not judged", differs: false };

/** Compose one table row from a pair of fits (kept draws) of the same estimator. */
export function buildCompareRow(task: string, metric: string, pair: FitPair, names: { a: string; b: string }, seed: number): CompareRow {
  const a = toGroupFit(pair.a);
  const b = toGroupFit(pair.b);
  const base = { task, metric, method: pair.method, methodNote: pair.note, a, b };
  if (!a.ok || !b.ok || !pair.a.ok || !pair.b.ok) {
    const why = !a.ok ? `no fit for ${names.a} (${a.reason})` : !b.ok ? `no fit for ${names.b} (${b.reason})` : "no fit";
    return { ...base, delta: null, crossing: null, multiplier: null, differs: false, trusted: false, verdict: { testable: false, reason: why, differs: false } };
  }
  const groupReason = a.ciReason ? `${names.a}: ${a.ciReason}` : b.ciReason ? `${names.b}: ${b.ciReason}` : null;
  const stats = !groupReason && pair.a.draws && pair.b.draws ? pairedStats(pair.a.draws, pair.b.draws, b.range[1], seed) : null;
  const derived = (iv: { ci: [number, number] | null; reason?: string } | undefined): Derived =>
    groupReason ? { ci: null, ciReason: groupReason } : !iv ? { ci: null, ciReason: "no bootstrap draws" } : { ci: iv.ci, ciReason: iv.ci ? null : (iv.reason ?? "no interval") };
  const delta = { value: b.alpha - a.alpha, p: stats && stats.delta.ci ? stats.p : null, pairs: stats?.pairs ?? 0, ...derived(stats?.delta) };
  const x = crossingLog10(a, b);
  const m = computeMultiplier(a, b, b.range[1]);
  const trusted = delta.ci !== null && delta.p !== null;
  return {
    ...base, delta,
    crossing: x === null ? { parallel: true } : { log10C: x, position: rangePosition(x, a.range, b.range), ...derived(stats?.crossing) },
    multiplier: m.ok ? { ...m, ...derived(stats?.multiplier) } : m,
    differs: delta.ci !== null && (delta.ci[0] > 0 || delta.ci[1] < 0),
    trusted,
    verdict: trusted ? PENDING : { testable: false, reason: delta.ciReason ?? "no interval for Δα", differs: false },
  };
}

/** Rows with the corrected verdicts set, and the judgement itself (the headline's counts). */
export function judgeRows(rows: readonly CompareRow[]): { rows: CompareRow[]; judgement: Judgement } {
  const judgement = judgeDifferences(rows.map((r) => (r.trusted && r.delta?.p != null ? { task: r.task, p: r.delta.p } : { task: r.task, p: null, untestable: r.verdict.testable ? "not testable" : r.verdict.reason })));
  return { rows: rows.map((r) => ({ ...r, verdict: judgement.verdicts.get(r.task)! })), judgement };
}
