import { describe, expect, it } from "vitest";
import { buildCompareRow, summarizeDifferences, toGroupFit, MIN_POINTS_FOR_CI, type StoredFit } from "./rows";

function stored(A: number, alpha: number, n: number, range: [number, number]): StoredFit {
  return {
    status: "ok", reason: null, n, alpha, alphaLo: alpha - 0.01, alphaHi: alpha + 0.01, coefficient: A, coefficientLo: A * 0.9, coefficientHi: A * 1.1,
    log10Coefficient: Math.log10(A), r2: 0.9, xMin: range[0], xMax: range[1],
  };
}
const around = (v: number) => new Float64Array(Array.from({ length: 200 }, (_, i) => v + (i - 100) * 1e-4));

describe("buildCompareRow", () => {
  it("combines the laws of both groups", () => {
    // Same synthetic laws as laws.test.ts: crossing at log10 C = 3.0103, multiplier 9.765625 at C_max = 10^4.
    const r = buildCompareRow("t", "acc1", stored(2, -0.1, 9, [100, 1e4]), stored(4, -0.2, 11, [10, 1e4]), around(-0.1), around(-0.2), 1);
    expect(r.delta!.value).toBeCloseTo(-0.1, 12);
    expect(r.crossing).toMatchObject({ position: "both" });
    expect((r.crossing as { log10C: number }).log10C).toBeCloseTo(3.0103, 4);
    expect(r.multiplier).toMatchObject({ ok: true });
    expect((r.multiplier as { multiplier: number }).multiplier).toBeCloseTo(9.765625, 9);
    expect(r.differs).toBe(true);
    expect(r.trusted).toBe(true);
  });

  it("flags fits with too few points and leaves the row empty without a fit", () => {
    const few = buildCompareRow("t", "acc1", stored(2, -0.1, 3, [100, 1e4]), stored(4, -0.2, 11, [10, 1e4]), around(-0.1), around(-0.2), 1);
    expect(few.trusted).toBe(false);
    expect(toGroupFit(stored(1, -0.1, MIN_POINTS_FOR_CI, [1, 2]))).toMatchObject({ fewPoints: false });
    const none = buildCompareRow("t", "acc1", { ...stored(2, -0.1, 1, [1, 1]), status: "no_fit", reason: "too few", alpha: null }, stored(4, -0.2, 11, [10, 1e4]), around(0), around(0), 1);
    expect(none.a).toEqual({ ok: false, n: 1, reason: "too few" });
    expect(none.delta).toBeNull();
    expect(none.differs).toBe(false);
  });

  it("summarises only rows whose Δα CI excludes 0", () => {
    const differ = buildCompareRow("x", "acc1", stored(2, -0.1, 9, [1, 10]), stored(4, -0.2, 9, [1, 10]), around(-0.1), around(-0.2), 1);
    const same = buildCompareRow("y", "acc1", stored(2, -0.1, 9, [1, 10]), stored(4, -0.1005, 9, [1, 10]), around(-0.1), around(-0.1005), 1);
    const few = buildCompareRow("z", "acc1", stored(2, -0.1, 3, [1, 10]), stored(4, -0.2, 9, [1, 10]), around(-0.1), around(-0.2), 1);
    expect(same.differs).toBe(false);
    expect(summarizeDifferences([differ, same, few])).toEqual({ trusted: ["x"], fewPoints: ["z"], comparable: 3 });
  });
});
