#!/usr/bin/env python3
"""Independent numpy/scipy reference for lib/compare: paired-draw statistics and the correction.

Reads JSON on stdin: {"pairs": [{"a_alpha", "a_log10A", "b_alpha", "b_log10A": [...], "c_max": float}],
"p_sets": [[...], ...], "q": 0.05}. The b draws are already paired with the a draws (index i with index i).
Prints JSON: per pair the Δα percentiles (numpy.percentile, linear), the two-sided bootstrap
p-value, the crossing and log10 multiplier percentiles over finite draws; and the
Benjamini–Hochberg rejections of each p-value set from scipy.stats.false_discovery_control.
"""
import json
import sys

import numpy as np
from scipy.stats import false_discovery_control


def stats(case):
    aa, la = np.array(case["a_alpha"]), np.array(case["a_log10A"])
    ab, lb = np.array(case["b_alpha"]), np.array(case["b_log10A"])
    d = ab - aa
    m = len(d)
    p = min(1.0, 2 * (min((d <= 0).sum(), (d >= 0).sum()) + 1) / (m + 1))
    with np.errstate(divide="ignore", invalid="ignore"):
        cross = (la - lb) / d
    cross = cross[np.isfinite(cross) & (np.abs(d) >= 1e-12)]
    x = np.log10(case["c_max"])
    ok = aa < 0
    log10_eb = lb + ab * x
    log10_mult = ((log10_eb - la) / aa - x)[ok]
    log10_mult = log10_mult[np.isfinite(log10_mult)]
    pct = lambda v: [float(np.percentile(v, 2.5)), float(np.percentile(v, 97.5))]
    return {"delta": pct(d), "p": p, "crossing": pct(cross), "multiplier": pct(log10_mult),
            "crossing_used": int(len(cross)), "multiplier_used": int(len(log10_mult))}


def main():
    data = json.load(sys.stdin)
    out = {"pairs": [stats(c) for c in data["pairs"]]}
    out["reject"] = [[bool(v <= data["q"]) for v in false_discovery_control(np.array(p), method="bh")]
                     for p in data.get("p_sets", [])]
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
