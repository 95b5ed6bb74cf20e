import { describe, expect, it } from "vitest";
import { fit } from "../../tests/support/explore-rows";
import { fitCaption, formatCi, formatCoefCi, lineParams, r2Text, selectFits } from "./fits";

describe("selectFits", () => {
  const all = [
    fit({ group: "CLIP-WIT" }), fit({ group: "LAION" }), fit({ group: "LAION", method: "ols" }),
    fit({ group: "LAION-2B" }), fit({ group: "LAION", metric: "text_retrieval_recall@5" }),
  ];
  it("keeps the chosen groups, metric and method, in FIT_GROUPS order", () => {
    expect(selectFits(all, ["CLIP-WIT", "LAION"], "acc1", "binned-min").map((f) => f.group)).toEqual(["LAION", "CLIP-WIT"]);
    expect(selectFits(all, ["LAION"], "acc1", "ols").map((f) => f.method)).toEqual(["ols"]);
    expect(selectFits(all, [], "acc1", "binned-min")).toEqual([]);
  });
});

describe("fit labels", () => {
  it("writes the law, α's interval with typographic minus signs and n; R² is labelled with n_fit", () => {
    expect(fitCaption(fit({ coefficient: 5.858, slope: -0.11139, slope_ci: [-0.13693, -0.08756], r2: 0.9812, n_fit: 5, n: 29 })))
      .toBe("E = 5.86·C^−0.111 · α 95% CI [−0.137, −0.088] · n = 29");
    expect(r2Text({ r2: 0.9812, n_fit: 5 })).toBe("R² = 0.98 on n_fit = 5");
  });
  it("gives the interval rule's reason instead of an interval, and the saturating formula with E∞", () => {
    const reason = "no interval: 3 fitted points (an interval needs at least 5)";
    expect(fitCaption(fit({ coefficient: 23.2, slope: -0.164, slope_ci: null, coefficient_ci: null, ci_reason: reason, r2: 0.99, n_fit: 3, n: 3 })))
      .toBe(`E = 23.2·C^−0.164 · ${reason} · n = 3`);
    expect(fitCaption(fit({ method: "saturating", coefficient: 50, slope: -0.2, e_inf: 0.1, slope_ci: [-0.25, -0.15], r2: 0.996, n_fit: 9, n: 29 })))
      .toBe("E = 0.1 + 50·C^−0.200 · α 95% CI [−0.250, −0.150] · n = 29");
    expect(lineParams(fit({ e_inf: 0.1 }))!.eInf).toBe(0.1);
  });
  it("says why there is no fit, and has no line for it", () => {
    const f = fit({ status: "no_fit", reason: "no observations", slope: null, coefficient: null, n: 0 });
    expect(fitCaption(f)).toBe("no fit (no observations) · n = 0");
    expect(lineParams(f)).toBeNull();
    expect(formatCi(null)).toBe("–");
    expect(formatCoefCi([1.3456, 80712])).toBe("[1.35, 8.07×10⁴]");
  });
});
