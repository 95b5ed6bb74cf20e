import { describe, expect, it } from "vitest";
import { ciReason, MIN_CI_POINTS } from "./ci-rule";

describe("ciReason", () => {
  it("refuses an interval below 5 fitted points, whatever the bootstrap", () => {
    for (const n of [0, 1, 2, 3, 4]) expect(ciReason(n, { resamples: 1000, used: 1000 })).toMatch(/at least 5/);
    expect(MIN_CI_POINTS).toBe(5);
  });
  it("allows one from 5 fitted points with enough usable resamples", () => {
    expect(ciReason(5, { resamples: 1000, used: 1000 })).toBeNull();
    expect(ciReason(29, { resamples: 1000, used: 900 })).toBeNull();
  });
  it("drops it when fewer than 90% of resamples fitted, naming the count", () => {
    expect(ciReason(5, { resamples: 1000, used: 899 })).toBe("no interval: only 899 of 1000 resamples could be fitted (at least 90% needed)");
  });
  it("says so when no bootstrap ran", () => {
    expect(ciReason(10, null)).toMatch(/no bootstrap/);
    expect(ciReason(10, { resamples: 0, used: 0 })).toMatch(/no bootstrap/);
  });
});
