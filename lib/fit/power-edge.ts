import { HUBER_DELTA, huber, type SatData } from "./saturating-objective";

/**
 * The edge E∞ = 0 of the saturating objective. As e = ln E∞ → −∞, logsumexp(a' + α·x, e) → a' + α·x,
 * so the infimum of the 3-parameter loss along that edge is the 2-parameter Huber power-law fit
 * Σ wᵢ·Huber_δ(a' + α·xᵢ − ln Eᵢ), which is convex in (a', α): solved here exactly, in a few Newton
 * steps, instead of letting BFGS crawl in e towards −∞ (60–300 iterations, often unfinished).
 */
export interface EdgeFit { a: number; alpha: number; f: number; gradInf: number; iterations: number }

/** The power-law loss at θ = (a', α); writes its gradient into g. */
export function edgeLoss(d: SatData, a: number, alpha: number, g: Float64Array): number {
  let f = 0, ga = 0, gal = 0;
  const n = d.x.length;
  for (let i = 0; i < n; i++) {
    const w = d.w[i]!;
    if (w === 0) continue;
    const x = d.x[i]!;
    const r = a + alpha * x - d.lnE[i]!;
    const ar = Math.abs(r);
    let psi: number;
    if (ar <= HUBER_DELTA) {
      f += w * 0.5 * r * r;
      psi = r;
    } else {
      f += w * HUBER_DELTA * (ar - 0.5 * HUBER_DELTA);
      psi = r > 0 ? HUBER_DELTA : -HUBER_DELTA;
    }
    ga += w * psi;
    gal += w * psi * x;
  }
  g[0] = ga;
  g[1] = gal;
  return f;
}

/**
 * ∂f/∂E∞ at E∞ = 0 for the power law (a', α): Σ wᵢ·ψ(rᵢ)/Êᵢ. When it is ≥ 0, no small E∞ > 0
 * lowers the loss, so the edge point is a minimum of the problem constrained to E∞ ≥ 0 (KKT).
 */
export function edgeSlope(d: SatData, a: number, alpha: number): number {
  let s = 0;
  for (let i = 0; i < d.x.length; i++) {
    const w = d.w[i]!;
    if (w === 0) continue;
    const u = a + alpha * d.x[i]!;
    s += (w * Math.max(-HUBER_DELTA, Math.min(HUBER_DELTA, u - d.lnE[i]!))) / Math.exp(u);
  }
  return s;
}

const g = new Float64Array(2), gn = new Float64Array(2);

/**
 * Minimise the power-law loss to max |∇| ≤ gtol. Newton steps with the exact Hessian: the loss is
 * piecewise quadratic (points with |r| ≤ δ contribute curvature, the others a constant slope), so
 * once the set of points within δ is right one step lands on the minimum. With δ = 10⁻³ the minimum
 * has about two points within δ, like a least-absolute-deviations line, and a start with fewer
 * gives a singular Hessian; so when the warm start (a0, α0) does not converge within a few steps,
 * the solve restarts from the best line through two frontier points (O(m³), m ≤ ~30), where the
 * Hessian is regular. Armijo backtracking keeps every step a descent; the loss is convex, so the
 * minimum found is the global one. Null when no start converges (the caller judges gradInf too).
 */
export function solveEdge(d: SatData, a0: number, alpha0: number, gtol: number): EdgeFit | null {
  const warm = newton(d, a0, alpha0, gtol, 6);
  if (warm && warm.gradInf <= gtol) return warm;
  const pair = bestPairLine(d);
  if (!pair) return warm;
  const r = newton(d, pair[0], pair[1], gtol, 40);
  return r && (!warm || r.f <= warm.f) ? r : warm;
}

/** Newton iterations (exact Hessian; the IRLS majoriser's while it is singular). */
function newton(d: SatData, a0: number, alpha0: number, gtol: number, maxIter: number): EdgeFit | null {
  let a = a0, alpha = alpha0;
  let f = edgeLoss(d, a, alpha, g);
  for (let it = 0; ; it++) {
    const gi = Math.max(Math.abs(g[0]!), Math.abs(g[1]!));
    if (gi <= gtol || it === maxIter) return { a, alpha, f, gradInf: gi, iterations: it };
    let h00 = 0, h01 = 0, h11 = 0, q00 = 0, q01 = 0, q11 = 0;
    for (let i = 0; i < d.x.length; i++) {
      const w = d.w[i]!;
      if (w === 0) continue;
      const x = d.x[i]!;
      const ar = Math.abs(a + alpha * x - d.lnE[i]!);
      if (ar <= HUBER_DELTA) {
        h00 += w; h01 += w * x; h11 += w * x * x;
      } else {
        const v = (w * HUBER_DELTA) / ar;
        q00 += v; q01 += v * x; q11 += v * x * x;
      }
    }
    let det = h00 * h11 - h01 * h01;
    if (!(det > 1e-9 * h00 * h11)) {
      h00 += q00; h01 += q01; h11 += q11;
      det = h00 * h11 - h01 * h01;
    }
    if (!(det > 1e-14 * h00 * h11)) return null;
    const p0 = -(h11 * g[0]! - h01 * g[1]!) / det;
    const p1 = -(h00 * g[1]! - h01 * g[0]!) / det;
    const slope = p0 * g[0]! + p1 * g[1]!;
    if (!(slope < 0)) return null;
    let t = 1, fn = Infinity;
    for (let k = 0; k < 50; k++, t *= 0.5) {
      fn = edgeLoss(d, a + t * p0, alpha + t * p1, gn);
      if (fn <= f + 1e-4 * t * slope) break;
    }
    if (!(fn <= f + 1e-4 * t * slope)) return { a, alpha, f, gradInf: gi, iterations: it }; // no decrease at double precision
    a += t * p0;
    alpha += t * p1;
    f = fn;
    g[0] = gn[0]!;
    g[1] = gn[1]!;
  }
}

/** The line (a', α) through two weighted points with distinct computes that has the lowest loss. */
function bestPairLine(d: SatData): [number, number] | null {
  const n = d.x.length;
  let best: [number, number] | null = null, bestF = Infinity;
  for (let i = 0; i < n; i++) {
    if (d.w[i] === 0) continue;
    for (let j = i + 1; j < n; j++) {
      if (d.w[j] === 0 || d.x[j] === d.x[i]) continue;
      const alpha = (d.lnE[j]! - d.lnE[i]!) / (d.x[j]! - d.x[i]!);
      const a = d.lnE[i]! - alpha * d.x[i]!;
      let f = 0;
      for (let k = 0; k < n && f < bestF; k++) f += d.w[k]! * huber(a + alpha * d.x[k]! - d.lnE[k]!);
      if (f < bestF) {
        bestF = f;
        best = [a, alpha];
      }
    }
  }
  return best;
}
