import { describe, expect, it } from "vitest";
import { mulberry32, randomIndex } from "./rng";

describe("mulberry32", () => {
  it("is deterministic for a seed and differs between seeds", () => {
    const a = mulberry32(20230101);
    const b = mulberry32(20230101);
    const c = mulberry32(20230102);
    const sa = Array.from({ length: 20 }, a);
    expect(Array.from({ length: 20 }, b)).toEqual(sa);
    expect(Array.from({ length: 20 }, c)).not.toEqual(sa);
  });

  it("draws in [0, 1) with a roughly uniform spread", () => {
    const rng = mulberry32(1);
    const counts = new Array<number>(10).fill(0);
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = rng();
      min = Math.min(min, u);
      max = Math.max(max, u);
      sum += u;
      counts[Math.floor(u * 10)]! += 1;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    // Mean of U(0,1) is 0.5 with sd 1/sqrt(12n) ≈ 0.0009; each decile expects 10 000 ± 95.
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    for (const k of counts) expect(Math.abs(k - 10_000)).toBeLessThan(600);
  });

  it("randomIndex stays in [0, n)", () => {
    const rng = mulberry32(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) seen.add(randomIndex(rng, 7));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});
