import { describe, expect, it } from "vitest";
import { fitPowerLaw, mulberry32 } from "../fit";
import type { FitMethodId } from "../fit/types";
import { chooseFitPair } from "./method";
import { crossingNote, multiplierNote } from "./notes";
import { buildCompareRow, judgeRows } from "./rows";
import { sortCompareRows } from "./sort";

const BOOT = { resamples: 400, seed: 5 };
const NAMES = { a: "A", b: "B" };

/** n observations of E = A·C^α, log-normal noise sd (log10), compute over 10^lo–10^hi. */
function law(A: number, alpha: number, n: number, sd: number, seed: number, lo = 9, hi = 13) {
  const rng = mulberry32(seed);
  const compute: number[] = [];
  const error: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = lo + ((hi - lo) * i) / Math.max(1, n - 1);
    const z = Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    compute.push(10 ** x);
    error.push(A * 10 ** (alpha * x + sd * z));
  }
  return { compute, error };
}
type Obs = ReturnType<typeof law>;
const fitter = (oa: Obs, ob: Obs) => (side: "a" | "b", m: FitMethodId) => {
  const o = side === "a" ? oa : ob;
  return fitPowerLaw(o.compute, o.error, { method: m, bootstrap: BOOT, keepDraws: true });
};
const row = (task: string, oa: Obs, ob: Obs, method = "paper") => buildCompareRow(task, "acc1", chooseFitPair(method, fitter(oa, ob), NAMES), NAMES, BOOT.seed);

describe("chooseFitPair", () => {
  it("paper: binned-min for both when both have ≥ 5 bin minima, else OLS for both", () => {
    const many = law(1.4, -0.1, 20, 0.02, 1);
    const three = law(2, -0.15, 3, 0.02, 2);
    const both = chooseFitPair("paper", fitter(many, law(2, -0.12, 20, 0.02, 3)), NAMES);
    expect(both.method).toBe("binned-min");
    expect([both.a.method, both.b.method]).toEqual(["binned-min", "binned-min"]);
    const fallback = chooseFitPair("paper", fitter(many, three), NAMES);
    expect(fallback.method).toBe("ols");
    expect([fallback.a.method, fallback.b.method]).toEqual(["ols", "ols"]);
    expect(fallback.note).toContain("B 3");
    expect(chooseFitPair("binned-min", fitter(many, three), NAMES).method).toBe("binned-min");
  });
});

describe("compare rows and the corrected verdict", () => {
  const rows = [
    row("steep", law(1.4, -0.08, 20, 0.01, 4), law(2, -0.16, 20, 0.01, 5)),
    row("same", law(1.4, -0.1, 20, 0.03, 6), law(1.4, -0.1, 20, 0.03, 7)),
    row("three", law(1.4, -0.1, 20, 0.03, 8), law(2, -0.2, 3, 0.01, 9)),
  ];
  const { rows: judged, judgement } = judgeRows(rows);

  it("a group with fewer than 5 fitted points has no interval and its task is not testable", () => {
    const t = judged.find((r) => r.task === "three")!;
    expect(t.method).toBe("ols");
    expect(t.b.ok && t.b.alphaCi).toBeNull();
    expect(t.delta!.ci).toBeNull();
    expect(t.verdict.testable).toBe(false);
    expect(crossingNote(t)).toMatch(/^not estimated/);
    expect(multiplierNote(t, "A")).toMatch(/^not estimated/);
  });

  it("the headline's counts and each row's marker come from the same decision", () => {
    expect(judgement.testable).toBe(2);
    expect(judgement.untestable.map((u) => u.task)).toEqual(["three"]);
    expect(judgement.differ).toEqual(judged.filter((r) => r.verdict.differs).map((r) => r.task));
    expect(judgement.differ).toEqual(["steep"]);
  });

  it("says the crossing in words when Δα's interval contains 0", () => {
    const same = judged.find((r) => r.task === "same")!;
    expect(same.delta!.ci![0]).toBeLessThan(0);
    expect(same.delta!.ci![1]).toBeGreaterThan(0);
    expect(crossingNote(same)).toMatch(/contains 0/);
  });

  it("says the crossing in words when it lies more than a decade outside both groups' compute", () => {
    // Nearly parallel, well-separated laws: the crossing is many decades away, yet Δα excludes 0.
    const far = row("far", law(1, -0.1, 20, 0.002, 10), law(2, -0.11, 20, 0.002, 11), "ols");
    expect(far.delta!.ci![1]).toBeLessThan(0);
    const c = far.crossing as { log10C: number };
    expect(c.log10C).toBeGreaterThan(14);
    expect(crossingNote(far)).toMatch(/far beyond/);
  });

  it("sorts by Δα in both directions, rows without a printed value last", () => {
    const asc = sortCompareRows(judged, "delta", "asc", "A").map((r) => r.delta!.value);
    expect(asc).toEqual([...asc].sort((x, y) => x - y));
    const desc = sortCompareRows(judged, "delta", "desc", "A").map((r) => r.delta!.value);
    expect(desc).toEqual([...desc].sort((x, y) => y - x));
    const byCrossing = sortCompareRows(judged, "crossing", "asc", "A");
    expect(byCrossing.at(-1)!.task).not.toBe("steep");
  });
});
