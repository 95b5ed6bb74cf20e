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
 * (same loss, better conditioned). Writes the analytic gradient into `g`. The optimiser runs on
 * satLossHessian; this is its loss and gradient alone (the start grid, tests), the same numbers.
 */
export function satLoss(d: SatData, theta: Float64Array, g: Float64Array): number {
  return satLossHessian(d, theta, g, scratchH);
}
const scratchH = new Float64Array(18);

/**
 * The objective and its gradient (see satLoss) with, in the same pass, its exact Hessian into H[0..9) (3×3, row-major):
 * Σ wᵢ·[h″(rᵢ)·JᵢJᵢᵀ + ψ(rᵢ)·∇²rᵢ] with Jᵢ = ∇rᵢ = (p, p·x, 1 − p), ∇²rᵢ = p(1 − p)·vvᵀ,
 * v = (1, x, −1), h″ = 1 within δ and 0 beyond (a kink, not curvature, at |r| = δ); and into
 * H[9..18) the smoothed curvature for bfgs's `newton` option: the same with h″ = ψ(r)/r = δ/|r|
 * beyond δ (the weight of iteratively reweighted least squares for Huber).
 */
export function satLossHessian(d: SatData, theta: Float64Array, g: Float64Array, H: Float64Array): number {
  const a = theta[0]!, alpha = theta[1]!, e = theta[2]!;
  const xs = d.x, ws = d.w, ys = d.lnE;
  let f = 0, ga = 0, gal = 0, ge = 0;
  let h00 = 0, h01 = 0, h02 = 0, h11 = 0, h12 = 0, h22 = 0;
  let s00 = 0, s01 = 0, s02 = 0, s11 = 0, s12 = 0, s22 = 0; // beyond δ, for the smoothed curvature
  for (let i = 0; i < xs.length; i++) {
    const w = ws[i]!;
    if (w === 0) continue;
    const x = xs[i]!;
    const u = a + alpha * x;
    const diff = u - e;
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
    const q = 1 - p;
    const r = lse - ys[i]!;
    const ar = Math.abs(r);
    let psi: number;
    if (ar <= HUBER_DELTA) {
      f += w * 0.5 * r * r;
      psi = r;
      const wp = w * p, wq = w * q;
      h00 += wp * p; h01 += wp * p * x; h02 += wp * q;
      h11 += wp * p * x * x; h12 += wp * q * x; h22 += wq * q;
    } else {
      f += w * HUBER_DELTA * (ar - 0.5 * HUBER_DELTA);
      psi = r > 0 ? HUBER_DELTA : -HUBER_DELTA;
      const ws = (w * HUBER_DELTA) / ar, wp = ws * p, wq = ws * q;
      s00 += wp * p; s01 += wp * p * x; s02 += wp * q;
      s11 += wp * p * x * x; s12 += wp * q * x; s22 += wq * q;
    }
    psi *= w;
    ga += psi * p;
    gal += psi * p * x;
    ge += psi * q;
    const c = psi * p * q;
    h00 += c; h01 += c * x; h02 -= c; h11 += c * x * x; h12 -= c * x; h22 += c;
  }
  g[0] = ga;
  g[1] = gal;
  g[2] = ge;
  H[0] = h00; H[1] = h01; H[2] = h02;
  H[3] = h01; H[4] = h11; H[5] = h12;
  H[6] = h02; H[7] = h12; H[8] = h22;
  H[9] = h00 + s00; H[10] = h01 + s01; H[11] = h02 + s02;
  H[12] = h01 + s01; H[13] = h11 + s11; H[14] = h12 + s12;
  H[15] = h02 + s02; H[16] = h12 + s12; H[17] = h22 + s22;
  return f;
}
