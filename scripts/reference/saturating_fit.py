#!/usr/bin/env python3
"""Independent scipy reference for lib/fit's saturating law E = E_inf + A * C^alpha (issue 8).

Reads a JSON list of {"id", "compute", "error"} on stdin and prints a JSON list of
{"id", "frontier", "loss", "alpha", "A", "e_inf", "edge_loss", "edge_alpha"}:
- frontier: indices (into the input) of the Pareto frontier, written independently of the
  TypeScript: a point is kept when no other point has compute <= and error < its own;
- loss: the minimum over a careful multi-start search of
      sum_i huber_delta(logsumexp(a + alpha ln C_i, e) - ln E_i),  delta = 1e-3,
  (scipy.special.huber, scipy.special.logsumexp) with A = exp(a), E_inf = exp(e);
  starts = a 4 x 4 x 3 grid over (a, alpha, e) plus 12 uniform random starts (seeded), each run by
  scipy.optimize.minimize(method="L-BFGS-B") with numerical tolerances at their floor and the
  analytic gradient, the best then polished by method="BFGS";
- edge_loss, edge_alpha: the same loss on the edge E_inf = 0 (a pure power law,
  sum_i huber_delta(a + alpha ln C_i - ln E_i), convex in (a, alpha)), minimised by
  Nelder-Mead from the least-squares line, then L-BFGS-B and BFGS polishes; the 3-parameter infimum is at most this.
Usage: python3 scripts/reference/saturating_fit.py < cases.json
"""
import json
import sys

import numpy as np
from scipy.optimize import minimize
from scipy.special import huber, logsumexp

DELTA = 1e-3


def frontier(compute, error):
    n = len(compute)
    return [i for i in range(n)
            if not any(compute[j] <= compute[i] and error[j] < error[i] for j in range(n) if j != i)]


def make_objective(lnc, lne):
    def f(theta):
        a, alpha, e = theta
        u = a + alpha * lnc
        pred = logsumexp(np.stack([u, np.full_like(u, e)]), axis=0)
        r = pred - lne
        p = np.exp(u - pred)  # d pred / d u
        psi = np.clip(r, -DELTA, DELTA)
        grad = np.array([np.sum(psi * p), np.sum(psi * p * lnc), np.sum(psi * (1 - p))])
        return float(np.sum(huber(DELTA, r))), grad
    return f


def fit(compute, error, rng):
    idx = frontier(compute, error)
    c = np.array([compute[i] for i in idx])
    lnc_raw = np.log(c)
    centre = lnc_raw.mean()
    lnc = lnc_raw - centre  # centred: a here is a + alpha * centre
    lne = np.log(np.array([error[i] for i in idx]))
    f = make_objective(lnc, lne)
    lo, hi = lne.min(), lne.max()
    starts = [np.array([a, al, e])
              for a in np.linspace(lo - 3, hi + 1, 4)
              for al in np.linspace(-1.5, -0.01, 4)
              for e in np.linspace(lo - 12, lo, 3)]
    starts += [np.array([rng.uniform(lo - 3, hi + 1), rng.uniform(-2, 0), rng.uniform(lo - 12, lo)]) for _ in range(12)]
    best = None
    for s in starts:
        r = minimize(f, s, jac=True, method="L-BFGS-B", options={"maxiter": 200, "ftol": 1e-14, "gtol": 1e-11})
        if np.isfinite(r.fun) and (best is None or r.fun < best.fun):
            best = r
    polished = minimize(f, best.x, jac=True, method="BFGS", options={"gtol": 1e-12, "maxiter": 20000})
    if polished.fun < best.fun:
        best = polished
    a, alpha, e = best.x
    edge = fit_edge(lnc, lne)
    return {"frontier": idx, "loss": float(best.fun), "alpha": float(alpha),
            "A": float(np.exp(a - alpha * centre)), "e_inf": float(np.exp(e)),
            "edge_loss": float(edge.fun), "edge_alpha": float(edge.x[1])}


def fit_edge(lnc, lne):
    def f(theta):
        r = theta[0] + theta[1] * lnc - lne
        psi = np.clip(r, -DELTA, DELTA)
        return float(np.sum(huber(DELTA, r))), np.array([np.sum(psi), np.sum(psi * lnc)])
    slope, intercept = np.polyfit(lnc, lne, 1)
    best = minimize(lambda t: f(t)[0], np.array([intercept, slope]), method="Nelder-Mead",
                    options={"xatol": 1e-13, "fatol": 1e-18, "maxiter": 20000, "maxfev": 40000})
    for method in ("L-BFGS-B", "BFGS"):
        r = minimize(f, best.x, jac=True, method=method, options={"gtol": 1e-13, "maxiter": 20000})
        if r.fun < best.fun:
            best = r
    return best


def main():
    cases = json.load(sys.stdin)
    rng = np.random.default_rng(20230101)
    out = []
    for case in cases:
        res = fit(case["compute"], case["error"], rng)
        res["id"] = case["id"]
        out.append(res)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
