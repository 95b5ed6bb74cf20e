import { describe, expect, it } from "vitest";
import { fitPowerLaw } from "../fit/fit";
import { fit, row } from "../../tests/support/explore-rows";
import { fitInputRows, fitMechanics } from "./mechanics";

// A synthetic law E = 2·C^−0.1 at compute 10^9 … 10^12, with multiplicative noise above the
// line for half of the points (so binned-min's bin minima are the on-line points).
const computes = Array.from({ length: 12 }, (_, i) => 10 ** (9 + (3 * i) / 11));
const law = (c: number) => 2 * c ** -0.1;
const rows = (noisy: boolean) => computes.map((c, i) => row({ model: `m${i}`, totalGmacs: c, values: { acc1: 1 - law(c) * (noisy && i % 2 ? 1.08 : 1) } }));

function shown(rs: ReturnType<typeof rows>, method: "binned-min" | "ols", seed = 5) {
  const r = fitPowerLaw(rs.map((x) => x.totalGmacs), rs.map((x) => 1 - x.values.acc1!), { method, bootstrap: { resamples: 400, seed } });
  if (!r.ok) throw new Error(r.reason);
  return fit({ method, slope: r.alpha, coefficient: r.A, n: rs.length, x_min: r.xMin, x_max: r.xMax, bootstrap_resamples: 400, bootstrap_used: r.bootstrap?.used ?? null, bootstrap_seed: seed });
}

describe("fitMechanics", () => {
  it("gives binned-min's bin edges (numpy.linspace over [min log C, max log C + 0.1]) and the bin minima it fitted", () => {
    const rs = rows(true);
    const m = fitMechanics(rs, shown(rs, "binned-min"), "acc1")!;
    // Edges by hand: log10 C from 9 to 12.1 in 5 equal steps of 0.62.
    expect(m.edges.map(Math.log10)).toEqual([9, 9.62, 10.24, 10.86, 11.48, 12.1].map((e) => expect.closeTo(e, 12)));
    expect(m.fitted).toHaveLength(5);
    // Each minimum is the lowest error in its bin: the on-line (even-index) points; x is the bin centre.
    for (const [k, p] of m.fitted.entries()) {
      const lo = 9 + 0.62 * k;
      const inBin = rs.filter((r) => Math.log10(r.totalGmacs) >= lo && Math.log10(r.totalGmacs) < lo + 0.62);
      expect(p.y).toBeCloseTo(Math.min(...inBin.map((r) => (1 - r.values.acc1!) * 100)), 9);
      expect(Math.log10(p.x)).toBeCloseTo(lo + 0.31, 9);
    }
  });

  it("draws a band of zero width on an exact law, and one that contains the line on noisy data", () => {
    const exact = rows(false);
    const m0 = fitMechanics(exact, shown(exact, "ols"), "acc1")!;
    expect(m0.bandReason).toBeNull();
    for (const b of m0.band!) {
      expect(b.lo).toBeCloseTo(law(b.x) * 100, 6);
      expect(b.hi).toBeCloseTo(law(b.x) * 100, 6);
    }
    const noisy = rows(true);
    const f = shown(noisy, "ols");
    const m1 = fitMechanics(noisy, f, "acc1")!;
    expect(m1.band!.length).toBe(24);
    for (const b of m1.band!) {
      const line = f.coefficient! * b.x ** f.slope! * 100;
      expect(b.lo).toBeLessThan(line);
      expect(b.hi).toBeGreaterThan(line);
    }
    expect(m1.band![0]!.x).toBeCloseTo(1e9, 0);
    expect(m1.band![23]!.x / 1e12).toBeCloseTo(1, 9);
  });

  it("follows the CI rule: fewer than 5 fitted points → no band, with the rule's reason", () => {
    const few = rows(true).slice(0, 4);
    const m = fitMechanics(few, shown(few, "ols"), "acc1")!;
    expect(m.band).toBeNull();
    expect(m.bandReason).toMatch(/4 fitted points/);
  });

  it("draws nothing when the re-run does not reproduce the shown line", () => {
    const rs = rows(true);
    expect(fitMechanics(rs, { ...shown(rs, "ols"), slope: -0.2 }, "acc1")).toBeNull();
  });

  it("takes a group's rows with the metric, and the visible slice for a live refit", () => {
    const all = [row({ model: "a", upstream: "LAION-2B" }), row({ model: "b", upstream: "CLIP-WIT" }), row({ model: "c", upstream: "LAION-80M", values: { acc1: null } })];
    expect(fitInputRows(all, [], "LAION", "acc1").map((r) => r.model)).toEqual(["a"]);
    expect(fitInputRows(all, [all[1]!], "slice", "acc1").map((r) => r.model)).toEqual(["b"]);
  });
});
