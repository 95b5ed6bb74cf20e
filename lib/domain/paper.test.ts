import { describe, expect, it } from "vitest";
import { resolveMethod, resolveSliceMethod } from "./paper";

describe("the paper's method per group", () => {
  it("is binned-min for every LAION group and OLS for OpenAI's", () => {
    for (const g of ["LAION", "LAION-80M", "LAION-400M", "LAION-2B"]) expect(resolveMethod("paper", g)).toBe("binned-min");
    expect(resolveMethod("paper", "CLIP-WIT")).toBe("ols");
  });
  it("leaves an explicit estimator alone", () => {
    expect(resolveMethod("ols", "LAION")).toBe("ols");
    expect(resolveMethod("binned-min", "CLIP-WIT")).toBe("binned-min");
  });
  it("refits a slice with OLS only when all of it is OpenAI's", () => {
    expect(resolveSliceMethod("paper", ["CLIP-WIT", "CLIP-WIT"])).toBe("ols");
    expect(resolveSliceMethod("paper", ["CLIP-WIT", "LAION-2B"])).toBe("binned-min");
    expect(resolveSliceMethod("paper", [])).toBe("binned-min");
  });
});
