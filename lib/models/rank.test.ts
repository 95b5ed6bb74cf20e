import { describe, expect, it } from "vitest";
import { rankAmong, rankedCount } from "./rank";

describe("rankAmong", () => {
  const values = [0.9, 0.7, 0.9, 0.5, null, 0.7];
  it("gives 1 to the best and lets ties share the best rank of their group (1224 ranking)", () => {
    expect(rankAmong(0.9, values)).toBe(1);
    expect(rankAmong(0.7, values)).toBe(3); // two 0.9s are better
    expect(rankAmong(0.5, values)).toBe(5); // 0.9, 0.9, 0.7, 0.7 are better
  });
  it("ranks lower-is-better values (errors) the other way round", () => {
    expect(rankAmong(0.1, [0.1, 0.3, 0.1, 0.2], false)).toBe(1);
    expect(rankAmong(0.3, [0.1, 0.3, 0.1, 0.2], false)).toBe(4);
  });
  it("ignores missing values and gives none to a missing value", () => {
    expect(rankAmong(null, values)).toBeNull();
    expect(rankAmong(Number.NaN, values)).toBeNull();
    expect(rankAmong(0.6, [null, undefined, Number.NaN, 0.8])).toBe(2);
    expect(rankedCount(values)).toBe(5);
  });
});
