import { describe, expect, it } from "vitest";
import { axisTicks, valueName, xDomainOf, yDomainOf, yLabel } from "./axes";

describe("axes", () => {
  it("gives compute whole decades with power-of-ten ticks", () => {
    expect(xDomainOf([1.8e10, 6.6e12])).toEqual([1e10, 1e13]);
    expect(axisTicks([1e10, 1e13])).toEqual([1e10, 1e11, 1e12, 1e13]);
  });

  it("gives error a tight domain snapped to one significant digit, with 1…9 ticks inside a decade", () => {
    // 22.03 / 1.05 = 20.98 → 20; 48.06 × 1.05 = 50.46 → 60
    expect(yDomainOf([22.03, 48.06])).toEqual([20, 60]);
    expect(axisTicks([20, 60])).toEqual([20, 30, 40, 50, 60]);
  });

  it("never extends a percent axis past 100", () => {
    expect(yDomainOf([50, 100])).toEqual([40, 100]);
  });

  it("thins dense ticks and falls back to a default domain without values", () => {
    expect(axisTicks([1, 9])).toEqual([1, 2, 5]); // three 1-2-5 ticks are enough
    expect(axisTicks([20, 90], 4)).toEqual([20, 40, 60, 80]); // 20…90 is 8 ticks, every second kept
    expect(yDomainOf([])).toEqual([1, 100]);
    expect(xDomainOf([0, -1])).toEqual([1, 10]);
  });

  it("puts the unit on the axis and names the metric of the error in the value name", () => {
    expect(yLabel("error")).toBe("Error (%)");
    expect(yLabel("acc5")).toBe("Top-5 accuracy (%)");
    expect(valueName("error", "image_retrieval_recall@5")).toBe("Error (1 − image retrieval recall@5)");
  });
});
