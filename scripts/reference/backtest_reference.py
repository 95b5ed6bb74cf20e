#!/usr/bin/env python3
"""Independent numpy reference for the backtest's point predictions (no bootstrap).

Per task, LAION models pooled (80M, 400M, 2B), error = 1 - the task's primary metric:
  m = distinct gmacs_total values; hold out the models whose compute is among the
  k = max(1, floor(holdout * m)) highest; fit binned-min (the notebook's binned_line_fit) or
  plain lstsq on log10 compute vs log10 error of the rest; for each held-out (arch,
  samples_seen_pretty): actual = lowest error there, prediction = 10^b * C^a at that model's compute.

Prints JSON {task: {method: [{arch, samples_seen, compute, pred_error, actual_error, rel_error}]}}.
Usage: python3 scripts/reference/backtest_reference.py DATA_DIR HOLDOUT TASK [TASK ...]
"""
import csv
import json
import math
import os
import sys

import numpy as np

from binned_fit import binned_fit, lstsq  # the notebook's estimator, one copy (scripts/reference/binned_fit.py)

PRIMARY = {"mscoco_captions": "image_retrieval_recall@5", "flickr30k": "image_retrieval_recall@5",
           "flickr8k": "image_retrieval_recall@5", "voc2007_multilabel": "mean_average_precision"}



def main():
    data_dir, holdout, tasks = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    with open(os.path.join(data_dir, "zeroshot_results.csv"), newline="") as f:
        results = list(csv.DictReader(f))
    out = {}
    for task in tasks:
        metric = PRIMARY.get(task, "acc1")
        rows = [r for r in results if r["downstream_dataset"] == task and r["upstream_dataset"].startswith("LAION-") and r[metric] != ""]
        comp = [float(r["gmacs_total"]) for r in rows]
        err = [1.0 - float(r[metric]) for r in rows]
        distinct = sorted(set(comp), reverse=True)
        k = max(1, math.floor(holdout * len(distinct)))
        threshold = distinct[k - 1]
        train = [i for i, c in enumerate(comp) if c < threshold]
        held = [i for i, c in enumerate(comp) if c >= threshold]
        x = np.log10(np.array([comp[i] for i in train]))
        y = np.log10(np.array([err[i] for i in train]))
        best = {}
        for i in held:
            key = (rows[i]["arch"], rows[i]["samples_seen_pretty"])
            if key not in best or err[i] < err[best[key]]:
                best[key] = i
        out[task] = {}
        for method, fit in (("binned-min", binned_fit), ("ols", lstsq)):
            a, b = fit(x, y)
            scored = []
            for (arch, label), i in sorted(best.items()):
                pred = 10.0 ** b * comp[i] ** a
                scored.append({"arch": arch, "samples_seen": label, "compute": comp[i], "pred_error": pred,
                               "actual_error": err[i], "rel_error": abs(pred - err[i]) / err[i]})
            out[task][method] = scored
    print(json.dumps(out))


if __name__ == "__main__":
    main()
