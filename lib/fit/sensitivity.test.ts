import { describe, expect, it } from "vitest";
import { binnedMinLine } from "./binned-min";
import { olsLine } from "./ols";
import { sensitivity } from "./sensitivity";

const obs = [1e9, 3e9, 8e9, 2e10, 6e10, 1.5e11, 4e11, 1e12, 3e12].map((c, i) => ({ model: `m${i}`, compute: c, error: 1.2 * c ** -0.1 * (1 + 0.03 * Math.sin(3 * i)) }));

describe("sensitivity", () => {
  it("binned-min: bins 3–10, eps 0.05/0.1/0.2 and one leave-out per model; bins=5 and eps=0.1 are the fit itself", () => {
    const { rows, summary } = sensitivity(obs, "binned-min");
    expect(rows.map((r) => r.variant)).toEqual([
      "all", ...[3, 4, 5, 6, 7, 8, 9, 10].map((b) => `bins=${b}`), "eps=0.05", "eps=0.1", "eps=0.2", ...obs.map((o) => `leave-out:${o.model}`),
    ]);
    const by = new Map(rows.map((r) => [r.variant, r]));
    expect(by.get("bins=5")!.slope).toBe(by.get("all")!.slope);
    expect(by.get("eps=0.1")!.slope).toBe(by.get("all")!.slope);
    // bins=7 by hand: binned-min over log10 values with 7 bins.
    const line = binnedMinLine(obs.map((o) => Math.log10(o.compute)), obs.map((o) => Math.log10(o.error)), 7, 0.1);
    if ("reason" in line) throw new Error(line.reason);
    expect(by.get("bins=7")!.slope).toBeCloseTo(line.slope, 12);
    const slopes = rows.map((r) => r.slope!);
    expect(summary).toMatchObject({ slope_min: Math.min(...slopes), slope_max: Math.max(...slopes) });
  });

  it("ols: leave-one-out only, most influential = largest |Δα|, checked against a direct OLS without each model", () => {
    const { rows, summary } = sensitivity(obs, "ols");
    expect(rows).toHaveLength(1 + obs.length);
    const shifts = obs.map((o) => {
      const rest = obs.filter((x) => x !== o);
      const l = olsLine(rest.map((x) => Math.log10(x.compute)), rest.map((x) => Math.log10(x.error)));
      if ("reason" in l) throw new Error(l.reason);
      return { model: o.model, d: Math.abs(l.slope - rows[0]!.slope!) };
    });
    shifts.sort((a, b) => b.d - a.d);
    expect(summary.most_influential).toBe(shifts[0]!.model);
    expect(summary.most_influential_shift).toBeCloseTo(shifts[0]!.d, 12);
  });

  it("saturating: rows carry E∞ and n_fit (frontier points)", () => {
    const { rows } = sensitivity(obs, "saturating");
    expect(rows[0]!.e_inf).not.toBeNull();
    expect(rows[0]!.n_fit).toBeGreaterThanOrEqual(4);
  });
});
