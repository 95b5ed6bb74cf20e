import { describe, expect, it } from "vitest";
import { paretoFrontier } from "./frontier";

/** Brute force from the definition: kept when no other point has compute ≤ and error <. */
const brute = (c: number[], e: number[]) => c.map((_, i) => i).filter((i) => !c.some((_, j) => j !== i && c[j]! <= c[i]! && e[j]! < e[i]!));

describe("paretoFrontier", () => {
  it("keeps the points no other point beats on both compute and error (hand case)", () => {
    // (1, .5) (2, .6)x (2, .4) (3, .45)x (4, .3) (4, .3) tie kept twice (5, .35)x
    const c = [1, 2, 2, 3, 4, 4, 5];
    const e = [0.5, 0.6, 0.4, 0.45, 0.3, 0.3, 0.35];
    expect(paretoFrontier(c, e).sort()).toEqual([0, 2, 4, 5]);
  });
  it("agrees with the definition on random sets with ties", () => {
    let s = 7;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
    for (let t = 0; t < 200; t++) {
      const n = 1 + Math.floor(rnd() * 25);
      const c = Array.from({ length: n }, () => Math.ceil(rnd() * 8));
      const e = Array.from({ length: n }, () => Math.ceil(rnd() * 8) / 10);
      expect(paretoFrontier(c, e).sort((a, b) => a - b)).toEqual(brute(c, e));
    }
  });
});
