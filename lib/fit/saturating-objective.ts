/** Huber threshold on ln-residuals (Hoffmann et al. 2022, "Chinchilla", Appendix D.2). */
export const HUBER_DELTA = 1e-3;

/** Huber_δ(r): ½r² for |r| ≤ δ, δ(|r| − ½δ) beyond (scipy.special.huber). */
export function huber(r: number, delta = HUBER_DELTA): number {
  const a = Math.abs(r);
  return a <= delta ? 0.5 * r * r : delta * (a - 0.5 * delta);
}

/** Frontier data for the objective: centred ln C, ln E and a multiplicity per point (bootstrap counts). */
export interface SatData {
  x: Float64Array; // ln C − xBar
  lnE: Float64Array;
  w: Float64Array;
  xBar: number;
}

/**
 * The issue's objective, exactly: Σᵢ wᵢ·Huber_δ(ln Ê(Cᵢ) − ln Eᵢ) with
 * ln Ê = logsumexp(a' + α·(ln C − x̄), e). θ = (a', α, e); a' = a + α·x̄ is a centred copy of a
 * (same loss, better conditioned). Writes the analytic gradient into `g`.
 */
export function satLoss(d: SatData, theta: Float64Array, g: Float64Array): number {
  const a = theta[0]!, alpha = theta[1]!, e = theta[2]!;
  const xs = d.x, ws = d.w, ys = d.lnE;
  let f = 0, ga = 0, gal = 0, ge = 0;
  const n = xs.length;
  for (let i = 0; i < n; i++) {
    const w = ws[i]!;
    if (w === 0) continue;
    const x = xs[i]!;
    const u = a + alpha * x;
    const diff = u - e;
    // logsumexp(u, e) and p = ∂/∂u = σ(u − e), from the larger term for stability.
    let lse: number, p: number;
    if (diff > 0) {
      const t = Math.exp(-diff);
      lse = u + Math.log1p(t);
      p = 1 / (1 + t);
    } else {
      const t = Math.exp(diff);
      lse = e + Math.log1p(t);
      p = t / (1 + t);
    }
    const r = lse - ys[i]!;
    const ar = Math.abs(r);
    let psi: number;
    if (ar <= HUBER_DELTA) {
      f += w * 0.5 * r * r;
      psi = r;
    } else {
      f += w * HUBER_DELTA * (ar - 0.5 * HUBER_DELTA);
      psi = r > 0 ? HUBER_DELTA : -HUBER_DELTA;
    }
    psi *= w;
    const pp = psi * p; // (ψ·p)·x below is the same product, in the same order, as ψ·p·x
    ga += pp;
    gal += pp * x;
    ge += psi * (1 - p);
  }
  g[0] = ga;
  g[1] = gal;
  g[2] = ge;
  return f;
}
