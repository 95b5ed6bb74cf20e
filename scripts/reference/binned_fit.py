#!/usr/bin/env python3
"""Independent numpy reference for lib/fit: power-law fits E = A * C^alpha in log10-log10 space.

Binned fit as in the paper's notebook (Cherti et al., CVPR 2023): 5 equal-width bins over
[min x, max x + 0.1] via numpy.histogram, bin membership via numpy.digitize, the minimum y of
each non-empty bin paired with the bin centre, then numpy.linalg.lstsq. Plain OLS is lstsq on
all points. Prints slope (alpha) and intercept (log10 A) with repr() so lib/fit/paper-reference.test.ts
can compare to 1e-9.

Usage: python3 scripts/reference/binned_fit.py [DATA_DIR]
DATA_DIR defaults to $SCALING_DATA_DIR or ../shared/data/scaling-laws-openclip relative to the repo root.
"""
import csv
import os
import sys

import numpy as np

NBINS = 5
EPS = 0.1


def lstsq(x, y):
    """(slope, intercept) of the least-squares line through (x, y)."""
    design = np.vstack([x, np.ones(len(x))]).T
    coefs, *_ = np.linalg.lstsq(design, y, rcond=None)
    return float(coefs[0]), float(coefs[1])


def binned_fit(x, y, nbins=NBINS, eps=EPS):
    """Minimum y per non-empty bin, at the bin centre, then lstsq (empty bins are skipped)."""
    _, edges = np.histogram(x, range=(x.min(), x.max() + eps), bins=nbins)
    which = np.digitize(x, edges)  # 1-based: edges[k-1] <= x < edges[k]
    centres, minima = [], []
    for k in range(1, nbins + 1):
        members = y[which == k]
        if members.size == 0:
            continue
        centres.append((edges[k - 1] + edges[k]) / 2)
        minima.append(members.min())
    return lstsq(np.array(centres), np.array(minima))


def load(data_dir):
    with open(os.path.join(data_dir, "zeroshot_results.csv"), newline="") as f:
        return list(csv.DictReader(f))


def series(rows, task, metric, group):
    """log10 compute and log10 error (1 - metric) for one task and fit group."""
    def in_group(upstream):
        return upstream.startswith("LAION-") if group == "LAION" else upstream == group

    picked = [r for r in rows if r["downstream_dataset"] == task and in_group(r["upstream_dataset"])]
    compute = np.array([float(r["gmacs_total"]) for r in picked])
    error = 1.0 - np.array([float(r[metric]) for r in picked])
    return np.log10(compute), np.log10(error)


def main():
    repo_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    default_dir = os.environ.get(
        "SCALING_DATA_DIR", os.path.join(repo_root, "..", "shared", "data", "scaling-laws-openclip")
    )
    data_dir = sys.argv[1] if len(sys.argv) > 1 else default_dir
    rows = load(data_dir)
    cases = [
        ("imagenet1k", "acc1", "LAION"),
        ("imagenet1k", "acc1", "CLIP-WIT"),
        ("mscoco_captions", "image_retrieval_recall@5", "LAION"),
    ]
    print(f"numpy {np.__version__}; nbins={NBINS}, eps={EPS}")
    for task, metric, group in cases:
        x, y = series(rows, task, metric, group)
        for method, fit in (("binned-min", binned_fit), ("ols", lstsq)):
            slope, intercept = fit(x, y)
            print(
                f"{task} {metric} {group} n={len(x)} {method}: "
                f"alpha={slope!r} log10A={intercept!r} A={10 ** intercept!r}"
            )


if __name__ == "__main__":
    main()
