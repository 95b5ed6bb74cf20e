import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { paretoFrontier } from "./frontier";
import { sortedFrontier } from "./saturating-bootstrap";
import { sortPoints } from "./sort-points";

/** The definition, by brute force: kept when no other drawn point has compute ≤ and error <. */
function bruteForce(c: Float64Array, e: Float64Array, counts: Int32Array): number[] {
  const drawn = [...counts.keys()].filter((i) => counts[i]! > 0);
  return drawn.filter((i) => !drawn.some((j) => j !== i && c[j]! <= c[i]! && e[j]! < e[i]!));
}

describe("sortedFrontier (the bootstrap's one-pass frontier of a resample)", () => {
  it("equals paretoFrontier and the brute-force definition on random resamples with ties", () => {
    // Small integer grids give many ties in compute, in error and in both.
    const point = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }));
    fc.assert(fc.property(fc.array(point, { minLength: 1, maxLength: 25 }), fc.array(fc.nat({ max: 3 }), { minLength: 25, maxLength: 25 }), (pts, cnt) => {
      const { xs: c, ys: e } = sortPoints(pts.map((p) => p[0]), pts.map((p) => p[1]));
      const counts = Int32Array.from(c, (_, i) => cnt[i]!);
      const out = new Int32Array(c.length);
      const got = [...out.subarray(0, sortedFrontier(c, e, counts, out))];
      const drawn = [...counts.keys()].filter((i) => counts[i]! > 0);
      const viaGeneral = paretoFrontier(drawn.map((i) => c[i]!), drawn.map((i) => e[i]!)).map((k) => drawn[k]!).sort((a, b) => a - b);
      expect(got).toEqual(viaGeneral);
      expect(got).toEqual(bruteForce(c, e, counts));
    }), { numRuns: 2000 });
  });

  it("a hand case: a tie at the lowest error keeps both points; a dominated point and an undrawn one are dropped", () => {
    // sorted (c, e): (1, 5) (1, 7) (2, 5) (3, 2) (4, 2) (5, 1) — (5, 1) not drawn.
    const c = Float64Array.of(1, 1, 2, 3, 4, 5), e = Float64Array.of(5, 7, 5, 2, 2, 1);
    const counts = Int32Array.of(1, 2, 1, 1, 3, 0);
    const out = new Int32Array(6);
    expect([...out.subarray(0, sortedFrontier(c, e, counts, out))]).toEqual([0, 2, 3, 4]);
  });
});
