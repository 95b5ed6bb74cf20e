/**
 * A small BFGS minimiser (Nocedal & Wright, Algorithm 6.1) with a backtracking Armijo line search.
 * Written here because no well-kept npm package offers quasi-Newton minimisation with a
 * user-supplied gradient (the npm registry has Nelder–Mead and conjugate-gradient packages, e.g.
 * `fmin`, but no maintained BFGS/L-BFGS). The saturating law has 3 parameters, so the dense
 * inverse-Hessian update costs nothing.
 */

/** Writes ∇f(θ) into `grad` (and, for BfgsOptions.newton, ∇²f(θ) then the smoothed curvature into `hess`, 2 n×n row-major) and returns f(θ). */
export type Objective = (theta: Float64Array, grad: Float64Array, hess: Float64Array) => number;

export interface BfgsOptions {
  /** Stop when max |∂f/∂θᵢ| ≤ gtol. */
  gtol: number;
  maxIter: number;
  /** A result counts as converged when the final max |∂f/∂θᵢ| ≤ convergedGtol. */
  convergedGtol: number;
  /** Optional early exit, asked after every accepted step with the new θ, f and the step count; true ends the run (`stopped`). */
  stopWhen?: (theta: Float64Array, f: number, iteration: number) => boolean;
  /**
   * The objective also writes two n×n curvature matrices: its exact Hessian ∇²f, then a smoothed
   * one S (for a Huber loss: curvature δ/|r| instead of 0 beyond the kink, as in IRLS). For the
   * first SMOOTHED_ITERS iterations a step is the full Newton step −(∇²f)⁻¹∇f if it passes the
   * Armijo test, else the Newton step on S with backtracking; later (and when S is not positive
   * definite) the Newton step on ∇²f with backtracking; the quasi-Newton direction only when
   * neither matrix is positive definite (the BFGS matrix is updated either way).
   */
  newton?: boolean;
}

export interface BfgsResult {
  theta: Float64Array;
  f: number;
  gradInf: number;
  iterations: number;
  converged: boolean;
  /** True when `stopWhen` ended the run. */
  stopped: boolean;
}

const infNorm = (v: Float64Array) => {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]!));
  return m;
};

/** Work arrays of one run, reused by the next: a bootstrap makes ~10⁵ short runs, and allocating them each time cost more in GC than the BFGS algebra. */
interface Scratch { g: Float64Array; H: Float64Array; p: Float64Array; xn: Float64Array; gn: Float64Array; s: Float64Array; y: Float64Array; Hy: Float64Array; N: Float64Array; Nn: Float64Array; L: Float64Array }
const scratch = new Map<number, Scratch>();
function scratchFor(n: number): Scratch {
  let w = scratch.get(n);
  if (!w) {
    const v = () => new Float64Array(n);
    w = { g: v(), H: new Float64Array(n * n), p: v(), xn: v(), gn: v(), s: v(), y: v(), Hy: v(), N: new Float64Array(2 * n * n), Nn: new Float64Array(2 * n * n), L: new Float64Array(n * n) };
    scratch.set(n, w);
  }
  return w;
}

/**
 * Iterations that use the smoothed curvature (BfgsOptions.newton). On the Huber loss the exact
 * Newton step zig-zags across a kink (a residual at ±δ) for dozens of iterations; the smoothed
 * step follows it. Near the optimum the exact Hessian converges faster, hence the limit.
 */
const SMOOTHED_ITERS = 40;

/** Minimise `fn` from θ₀ (not modified). Not re-entrant: `fn` must not call bfgs itself. */
export function bfgs(fn: Objective, theta0: ArrayLike<number>, o: BfgsOptions): BfgsResult {
  const n = theta0.length;
  const x = Float64Array.from(theta0);
  const { g, H, p, xn, gn, s, y, Hy, N, Nn, L } = scratchFor(n);
  let f = fn(x, g, N);
  H.fill(0);
  for (let i = 0; i < n; i++) H[i * n + i] = 1;
  let it = 0;
  let first = true;
  let stopped = false;
  let tQuasi = 1;
  for (; it < o.maxIter && Number.isFinite(f); it++) {
    if (infNorm(g) <= o.gtol) break;
    // Directions in turn (see BfgsOptions.newton): 0 the exact Newton step, 1 the Newton step on
    // the smoothed curvature, 2 quasi-Newton, 3 steepest descent (the last two only when the
    // earlier ones are not descent directions).
    const early = it < SMOOTHED_ITERS;
    let slope = 0, t = 1, fn1 = Infinity;
    for (let mode = o.newton ? 0 : 2; mode < 4; mode++) {
      slope = 0;
      if (mode < 2) {
        if (mode === 1 && !early) continue;
        for (let i = 0, at = mode * n * n; i < n * n; i++) L[i] = N[at + i]!; // no subarray view per iteration
        if (!choleskySolve(L, g, p, n)) continue;
        for (let i = 0; i < n; i++) { p[i] = -p[i]!; slope += p[i]! * g[i]!; }
      } else if (mode === 2) {
        for (let i = 0; i < n; i++) {
          let v = 0;
          for (let j = 0; j < n; j++) v -= H[i * n + j]! * g[j]!;
          p[i] = v;
          slope += v * g[i]!;
        }
      } else {
        H.fill(0);
        for (let i = 0; i < n; i++) { H[i * n + i] = 1; p[i] = -g[i]!; slope -= g[i]! * g[i]!; }
      }
      if (!(slope < 0)) continue;
      // The quasi-Newton step is badly scaled here (~1/100 accepted on the real refits): start at 4×
      // the last one and backtrack by quadratic interpolation (N&W §3.5), kept within [0.1, 0.5]·t.
      const quasi = mode === 2;
      t = quasi ? Math.min(1, 4 * tQuasi) : 1;
      const tries = mode === 0 && early ? 1 : 60;
      for (let k = 0; k < tries; k++) {
        for (let i = 0; i < n; i++) xn[i] = x[i]! + t * p[i]!;
        fn1 = fn(xn, gn, Nn);
        if (Number.isFinite(fn1) && fn1 <= f + 1e-4 * t * slope) break;
        const q = quasi && Number.isFinite(fn1) ? (-slope * t * t) / (2 * (fn1 - f - slope * t)) : 0.5 * t;
        t = Math.min(0.5 * t, Math.max(0.1 * t, q));
      }
      if (quasi) tQuasi = t;
      if (mode > 1 || fn1 <= f + 1e-4 * t * slope) break;
    }
    if (!(fn1 <= f + 1e-4 * t * slope)) break; // no decrease possible at double precision
    let sy = 0, yy = 0;
    for (let i = 0; i < n; i++) {
      s[i] = xn[i]! - x[i]!;
      y[i] = gn[i]! - g[i]!;
      sy += s[i]! * y[i]!;
      yy += y[i]! * y[i]!;
    }
    x.set(xn);
    g.set(gn);
    if (o.newton) N.set(Nn);
    const stalled = f - fn1 <= 1e-16 * Math.max(Math.abs(f), 1e-300) && infNorm(s) < 1e-15;
    f = fn1;
    if (stalled) break;
    if (o.stopWhen?.(x, f, it + 1)) {
      stopped = true;
      it++;
      break;
    }
    // Skip the update when the curvature condition fails (keeps H positive definite).
    if (!(sy > 1e-300)) continue;
    if (first) {
      // Scale the initial inverse Hessian (N&W eq. 6.20) before the first update.
      const scale = sy / yy;
      for (let i = 0; i < n * n; i++) H[i] = H[i]! * scale;
      first = false;
    }
    let yHy = 0;
    for (let i = 0; i < n; i++) {
      let v = 0;
      for (let j = 0; j < n; j++) v += H[i * n + j]! * y[j]!;
      Hy[i] = v;
      yHy += y[i]! * v;
    }
    // H ← H − (Hy sᵀ + s yᵀH)/sy + (1 + yHy/sy)·s sᵀ/sy  (H symmetric, so yᵀH = (Hy)ᵀ).
    const c = (1 + yHy / sy) / sy;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        H[i * n + j] = H[i * n + j]! - (Hy[i]! * s[j]! + s[i]! * Hy[j]!) / sy + c * s[i]! * s[j]!;
      }
    }
  }
  const gradInf = infNorm(g);
  return { theta: x, f, gradInf, iterations: it, converged: Number.isFinite(f) && gradInf <= o.convergedGtol, stopped };
}

/**
 * Solve A·z = b for symmetric A (n×n, row-major; overwritten by its Cholesky factor) into z;
 * false when A is not (numerically) positive definite.
 */
function choleskySolve(A: Float64Array, b: Float64Array, z: Float64Array, n: number): boolean {
  let maxDiag = 0;
  for (let i = 0; i < n; i++) maxDiag = Math.max(maxDiag, Math.abs(A[i * n + i]!));
  for (let j = 0; j < n; j++) {
    let d = A[j * n + j]!;
    for (let k = 0; k < j; k++) d -= A[j * n + k]! * A[j * n + k]!;
    if (!(d > 1e-12 * maxDiag)) return false;
    const l = Math.sqrt(d);
    A[j * n + j] = l;
    for (let i = j + 1; i < n; i++) {
      let v = A[i * n + j]!;
      for (let k = 0; k < j; k++) v -= A[i * n + k]! * A[j * n + k]!;
      A[i * n + j] = v / l;
    }
  }
  for (let i = 0; i < n; i++) {
    let v = b[i]!;
    for (let k = 0; k < i; k++) v -= A[i * n + k]! * z[k]!;
    z[i] = v / A[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let v = z[i]!;
    for (let k = i + 1; k < n; k++) v -= A[k * n + i]! * z[k]!;
    z[i] = v / A[i * n + i]!;
  }
  return true;
}
