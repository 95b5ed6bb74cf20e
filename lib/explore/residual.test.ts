import { describe, expect, it } from "vitest";
import { residual } from "./residual";

describe("residual", () => {
  it("is log10(observed) − log10(predicted) and the relative difference", () => {
    // E = 1·C^−0.1 at C = 10^10 predicts 10^−1 = 0.1; observing 0.2 is log10(2) = 0.30103 above, +100%.
    const r = residual(0.2, 1e10, { A: 1, alpha: -0.1 })!;
    expect(r.log10).toBeCloseTo(0.30103, 5);
    expect(r.relative).toBeCloseTo(1, 12);
  });

  it("is negative below the line and null for an error that cannot be logged", () => {
    expect(residual(0.05, 1e10, { A: 1, alpha: -0.1 })!.log10).toBeCloseTo(-0.30103, 5);
    expect(residual(0, 1e10, { A: 1, alpha: -0.1 })).toBeNull();
  });
});
