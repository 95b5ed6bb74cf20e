#!/usr/bin/env python3
"""Independent numpy reference for the paper's prediction table (figures.ipynb, cells 6-7).

For each task (ImageNet top-1, MS-COCO image retrieval recall@5):
  - law: the notebook's binned fit (5 equal-width bins over [min x, max x + 0.1], the minimum
    log10 error per non-empty bin at the bin centre, lstsq) on the LAION models of the task whose
    architecture is in ARCHS (OpenAI's CLIP-WIT models excluded);
  - compute = samples seen x the architecture's GMACs per sample (arch_info.csv);
  - predicted error % = 100 * 10^b * C^a, predicted accuracy % = 100 - that;
  - actual = the lowest error among LAION models with that architecture and samples-seen label;
  - MAE = mean |predicted error % - actual error %| over the rows that have an actual.

Reads the upstream CSVs with the csv module (no code shared with the TypeScript under test) and
prints JSON: {task: {alpha, log10A, mae, rows: [{label, arch, samples_seen, compute,
pred_err_pct, pred_acc_pct, actual_err_pct, actual_acc_pct}]}}.

Usage: python3 scripts/reference/paper_predictions.py [DATA_DIR]
"""
import csv
import json
import os
import sys

import numpy as np

from binned_fit import binned_fit, lstsq  # the notebook's estimator, one copy (scripts/reference/binned_fit.py)

ARCHS = ["ViT-B-32", "ViT-B-16", "ViT-L-14", "ViT-H-14", "ViT-g-14", "ViT-G-14"]
SAMPLES = [
    ("1B", 1e9),
    ("3B", 80000415 * 32),
    ("13B", 407332084 * 32),
    ("34B", 407332084 * 84),
    ("68B", 407332084 * 84 * 2),
]
TASKS = {"imagenet1k": "acc1", "mscoco_captions": "image_retrieval_recall@5"}



def short(arch):
    """ViT-B-32 -> B/32, as the notebook labels rows."""
    parts = arch.split("-")
    return f"{'-'.join(parts[1:-1])}/{parts[-1]}"


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    default = os.environ.get("SCALING_DATA_DIR", os.path.join(root, "..", "shared", "data", "scaling-laws-openclip"))
    data_dir = sys.argv[1] if len(sys.argv) > 1 else default
    with open(os.path.join(data_dir, "zeroshot_results.csv"), newline="") as f:
        results = list(csv.DictReader(f))
    with open(os.path.join(data_dir, "arch_info.csv"), newline="") as f:
        gmacs = {r["model"]: float(r["gmacs"]) for r in csv.DictReader(f)}

    out = {}
    for task, metric in TASKS.items():
        laion = [r for r in results if r["downstream_dataset"] == task and r["upstream_dataset"] != "CLIP-WIT" and r["arch"] in ARCHS]
        x = np.log10(np.array([float(r["gmacs_total"]) for r in laion]))
        err = np.array([1.0 - float(r[metric]) for r in laion])
        a, b = binned_fit(x, np.log10(err))
        rows, diffs = [], []
        for arch in ARCHS:
            for label, samples in SAMPLES:
                compute = samples * gmacs[arch]
                pred_err = 100.0 * (10.0 ** b) * compute ** a
                here = [100.0 * e for r, e in zip(laion, err) if r["arch"] == arch and r["samples_seen_pretty"] == label]
                actual = min(here) if here else None
                if actual is not None:
                    diffs.append(abs(pred_err - actual))
                rows.append({
                    "label": f"{short(arch)} ({label})", "arch": arch, "samples_seen": samples, "compute": compute,
                    "pred_err_pct": pred_err, "pred_acc_pct": 100.0 - pred_err,
                    "actual_err_pct": actual, "actual_acc_pct": None if actual is None else 100.0 - actual,
                })
        out[task] = {"alpha": a, "log10A": b, "n": len(laion), "mae": float(np.mean(diffs)), "rows": rows}
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
