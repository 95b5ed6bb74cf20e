import { bfgs } from "./bfgs";
import { edgeFit, REFIT_OPTS, TIE, toFit, type SatFit } from "./saturating";
import { satLossHessian, type SatData } from "./saturating-objective";

/** A run is near the edge E∞ = 0 once E∞ is below this share of the resample's smallest frontier error. */
const EDGE_SHARE = 0.01;

/** State shared by the refits of one bootstrap: the last few inside optima found from an edge start. */
export interface RefitContext { inside: Float64Array[] }

/**
 * One bootstrap refit from a given centred θ (the full-data optimum), treating the edge E∞ = 0 as
 * a candidate of its own. About half of the real resamples have their optimum on that edge, where
 * BFGS in e = ln E∞ only crawls (∂f/∂e shrinks with E∞): 60–300 iterations, often unfinished and
 * then dropped as unconverged. Instead:
 * - a start on or near the edge solves the edge exactly (convex, a few Newton steps) and keeps it
 *   when it is a constrained minimum (∂f/∂E∞ ≥ 0 there); otherwise BFGS starts inside;
 * - a run from inside is asked, whenever E∞ falls below EDGE_SHARE·min E (and at iterations 16, 32,
 *   64, … while e is falling), whether the edge solved from there is a constrained minimum with a
 *   loss no higher than the run's: then that edge optimum is the result; else the run goes on;
 * - a run that ends unconverged or near the edge is compared with the edge once more; the lower
 *   loss wins.
 */
export function refitFrom(d: SatData, theta0: Float64Array, ctx: RefitContext = { inside: [] }): SatFit {
  let minLnE = Infinity;
  for (let i = 0; i < d.lnE.length; i++) if (d.w[i]! > 0) minLnE = Math.min(minLnE, d.lnE[i]!);
  const eEdge = minLnE + Math.log(EDGE_SHARE);
  const fn = (t: Float64Array, g: Float64Array, H: Float64Array) => satLossHessian(d, t, g, H);
  const opts = { ...REFIT_OPTS, newton: true };
  const e0 = theta0[2]!;
  if (!(e0 >= eEdge)) {
    const edge = edgeFit(d, theta0[0]!, theta0[1]!);
    if (edge) return edge;
    const r = bfgs(fn, insideStart(d, fn, theta0[0]!, theta0[1]!, minLnE, ctx.inside), opts);
    if (r.converged && r.theta[2]! >= eEdge) {
      ctx.inside.unshift(Float64Array.from(r.theta));
      ctx.inside.length = Math.min(ctx.inside.length, RECENT);
    }
    return toFit(r, d.xBar);
  }
  let edge: SatFit | null = null;
  let lastTested = Infinity;
  const r = bfgs(fn, theta0, {
    ...opts,
    stopWhen: (t, f, it) => {
      const e = t[2]!;
      const due = (e < eEdge && e < lastTested - 1) || (it >= 16 && (it & (it - 1)) === 0 && e < e0 - 0.05);
      if (!due) return false;
      lastTested = Math.min(lastTested, e);
      const c = edgeFit(d, t[0]!, t[1]!);
      if (c && c.loss <= f * (1 + TIE)) edge = c;
      return edge !== null;
    },
  });
  if (edge) return edge;
  const fit = toFit(r, d.xBar);
  if (fit.converged && !(fit.e < eEdge)) return fit;
  const c = edgeFit(d, r.theta[0]!, r.theta[1]!);
  return c && c.loss <= fit.loss * (1 + TIE) ? c : fit;
}

const RECENT = 8;
const INSIDE_SHARES = [0.01, 0.05, 0.2, 0.5, 0.8];
const gScratch = new Float64Array(3), hScratch = new Float64Array(18);
/**
 * A start inside for a resample whose edge is not a minimum: E∞ at a few shares of min E, the
 * power term lowered by E∞ at the centre compute (so the curve still passes near the data), and the
 * optima of the last RECENT such resamples; the lowest loss wins. Starting at a small E∞ instead left BFGS
 * crawling up in e for ~180 iterations.
 */
function insideStart(
  d: SatData, fn: (t: Float64Array, g: Float64Array, H: Float64Array) => number, a: number, alpha: number, minLnE: number, recent: Float64Array[],
): Float64Array {
  let best = Float64Array.of(a, alpha, minLnE + Math.log(INSIDE_SHARES[0]!)), bestF = Infinity;
  for (const t of recent) {
    const f = fn(t, gScratch, hScratch);
    if (f < bestF) { bestF = f; best = Float64Array.from(t); }
  }
  for (const share of INSIDE_SHARES) {
    const eInf = share * Math.exp(minLnE);
    const power = Math.exp(a) - eInf;
    if (!(power > 0)) continue;
    const t = Float64Array.of(Math.log(power), alpha, Math.log(eInf));
    const f = fn(t, gScratch, hScratch);
    if (f < bestF) { bestF = f; best = t; }
  }
  return best;
}
