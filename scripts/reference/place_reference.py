#!/usr/bin/env python3
"""Independent numpy reference for lib/place (placement of a model's error against a law).

Reads JSON on stdin: {"law": {"alpha", "log10A", "draws_alpha", "draws_log10A", "residuals"},
"cases": [{"compute", "error"}]} and prints, per case, the law's error at the compute, the 95%
prediction interval (numpy.percentile, linear, of log10 law_b(C) + r_j over every bootstrap draw b
and residual r_j, back-transformed), residual, relative residual, effective compute
C_eff = (E / A)^(1 / alpha), the compute multiplier C_eff / C and whether E lies in the interval.
The residuals are recomputed here from the fitted points (log10 C, log10 E) given in "fitted".
"""
import json
import sys

import numpy as np


def main():
    spec = json.load(sys.stdin)
    law = spec["law"]
    alpha, log10a = law["alpha"], law["log10A"]
    a = 10.0 ** log10a
    fitted = np.array(law["fitted"], dtype=float).reshape(-1, 2)
    residuals = fitted[:, 1] - (log10a + alpha * fitted[:, 0])
    da = np.array(law["draws_alpha"], dtype=float)
    dl = np.array(law["draws_log10A"], dtype=float)
    out = []
    for case in spec["cases"]:
        c, e = case["compute"], case["error"]
        law_error = a * c ** alpha
        preds = (dl + da * np.log10(c))[:, None] + residuals[None, :]
        lo, hi = 10.0 ** np.percentile(preds.ravel(), [2.5, 97.5])
        eff = (e / a) ** (1.0 / alpha)
        out.append({
            "law_error": law_error, "lo": lo, "hi": hi, "residual": e - law_error,
            "rel_residual": e / law_error - 1.0, "effective_compute": eff,
            "compute_multiplier": eff / c, "within_interval": bool(lo <= e <= hi),
        })
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
