import { describe, expect, it } from "vitest";
import { fit } from "./fixtures.test-helpers";
import { fitCaption, formatCi, formatCoefCi, lineParams, selectFits } from "./fits";

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
  it("writes the law, α's interval with typographic minus signs and n", () => {
    expect(fitCaption(fit({ coefficient: 5.858, slope: -0.11139, slope_ci: [-0.13693, -0.08756], n: 29 })))
      .toBe("E = 5.86·C^−0.111 · α 95% CI [−0.137, −0.088] · n = 29");
  });
  it("says why there is no fit, and has no line for it", () => {
    const f = fit({ status: "no_fit", reason: "no observations", slope: null, coefficient: null, n: 0 });
    expect(fitCaption(f)).toBe("no fit (no observations) · n = 0");
    expect(lineParams(f)).toBeNull();
    expect(formatCi(null)).toBe("–");
    expect(formatCoefCi([1.3456, 80712])).toBe("[1.35, 8.07×10⁴]");
  });
});
