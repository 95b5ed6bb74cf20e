#!/usr/bin/env python3
"""Independent numpy reference for /api/v1/sensitivity (issue 8) on the upstream CSV.

For one task, metric and fit group prints JSON {variant: [slope, A, n_fit]} for binned-min with
3..10 bins (eps 0.1) as `bins=k`, 5 bins with eps 0.05/0.1/0.2 as `eps=e`, and for the given
method (binned-min or ols) every leave-one-model-out fit as `leave-out:<model id>`, using
binned_fit.py's numpy.histogram / digitize / lstsq. Model ids as the app names them: openai-<arch>
for OpenAI's models, otherwise the checkpoint name without ".pt".
Usage: python3 scripts/reference/sensitivity.py TASK METRIC GROUP METHOD [DATA_DIR]
"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from binned_fit import binned_fit, load, lstsq  # noqa: E402


def model_id(row):
    name = row["name"]
    if name == "openai":
        return f"openai-{row['arch']}"
    return name[:-3] if name.endswith(".pt") else name


def main():
    task, metric, group, method = sys.argv[1:5]
    repo_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    data_dir = sys.argv[5] if len(sys.argv) > 5 else os.environ.get(
        "SCALING_DATA_DIR", os.path.join(repo_root, "..", "shared", "data", "scaling-laws-openclip"))
    in_group = (lambda u: u.startswith("LAION-")) if group == "LAION" else (lambda u: u == group)
    rows = [r for r in load(data_dir) if r["downstream_dataset"] == task and in_group(r["upstream_dataset"]) and r[metric] != ""]
    ids = [model_id(r) for r in rows]
    x = np.log10(np.array([float(r["gmacs_total"]) for r in rows]))
    y = np.log10(1.0 - np.array([float(r[metric]) for r in rows]))

    def binned_n(xs, nbins, eps):
        counts, _ = np.histogram(xs, range=(xs.min(), xs.max() + eps), bins=nbins)
        return int((counts > 0).sum())

    out = {}
    if method == "binned-min":
        for k in range(3, 11):
            s, i = binned_fit(x, y, nbins=k, eps=0.1)
            out[f"bins={k}"] = [s, 10 ** i, binned_n(x, k, 0.1)]
        for eps in (0.05, 0.1, 0.2):
            s, i = binned_fit(x, y, nbins=5, eps=eps)
            out[f"eps={eps}"] = [s, 10 ** i, binned_n(x, 5, eps)]
    for j, mid in enumerate(ids):
        keep = np.arange(len(ids)) != j
        if method == "binned-min":
            s, i = binned_fit(x[keep], y[keep])
            n = binned_n(x[keep], 5, 0.1)
        else:
            s, i = lstsq(x[keep], y[keep])
            n = int(keep.sum())
        out[f"leave-out:{mid}"] = [s, 10 ** i, n]
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
