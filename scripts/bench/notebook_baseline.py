#!/usr/bin/env python3
"""Notebook-equivalent baseline for `npm run bench:web`: the work the paper's notebook does when
you switch it to another task, minus plotting (pandas and matplotlib are not available here).

Per switch: select the task's rows from zeroshot_results.csv (read once with the csv module, as
the notebook reads its DataFrame once), compute the error 1 - metric, and fit the binned-minimum
power law (numpy.histogram bins, numpy.digitize, numpy.linalg.lstsq) for LAION (pooled) and OpenAI.
matplotlib rendering is NOT included, so the real notebook is slower than this baseline.

Usage: python3 scripts/bench/notebook_baseline.py DATA_DIR [SWITCHES]
Prints one JSON object: read_ms, switches, median_ms, p95_ms, per-switch times.
"""
import csv
import json
import os
import statistics
import sys
import time

import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reference"))
from binned_fit import binned_fit  # noqa: E402  (the same numpy reference the fits are checked against)


def default_metric(task):
    """The notebook's default_acc_metric: recall@5 for retrieval, mAP for VOC multilabel, else top-1."""
    if task in ("mscoco_captions", "flickr30k", "flickr8k"):
        return "image_retrieval_recall@5"
    if task == "voc2007_multilabel":
        return "mean_average_precision"
    return "acc1"


def switch_to(rows, task):
    """What re-running the notebook's plotting cell for another task computes (without drawing)."""
    metric = default_metric(task)
    picked = [r for r in rows if r["downstream_dataset"] == task]
    fits = {}
    for group, keep in (("LAION", lambda u: u.startswith("LAION-")), ("OpenAI", lambda u: u == "CLIP-WIT")):
        sel = [r for r in picked if keep(r["upstream_dataset"])]
        x = np.log10(np.array([float(r["gmacs_total"]) for r in sel]))
        y = np.log10(1.0 - np.array([float(r[metric]) for r in sel]))
        fits[group] = binned_fit(x, y)
    return fits


def main():
    data_dir = sys.argv[1]
    switches = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    t0 = time.perf_counter()
    with open(os.path.join(data_dir, "zeroshot_results.csv"), newline="") as f:
        rows = list(csv.DictReader(f))
    read_ms = (time.perf_counter() - t0) * 1000
    tasks = sorted({r["downstream_dataset"] for r in rows})
    switch_to(rows, tasks[0])  # warm-up (imports, numpy first calls)
    times = []
    for i in range(switches):
        t = time.perf_counter()
        switch_to(rows, tasks[(i + 1) % len(tasks)])
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    print(json.dumps({"read_ms": read_ms, "switches": switches, "median_ms": statistics.median(times), "p95_ms": p95, "times_ms": times}))


if __name__ == "__main__":
    main()
