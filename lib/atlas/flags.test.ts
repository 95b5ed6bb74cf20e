import { describe, expect, it } from "vitest";
import { doesNotScale } from "./flags";

describe("doesNotScale", () => {
  it("flags α ≥ 0 and intervals that include 0, not falling laws", () => {
    expect(doesNotScale({ alpha: -0.11, alphaCi: [-0.13, -0.09] })).toBe(false);
    expect(doesNotScale({ alpha: -0.02, alphaCi: [-0.05, 0.01] })).toBe(true);
    expect(doesNotScale({ alpha: 0.001, alphaCi: null })).toBe(true);
    expect(doesNotScale({ alpha: -0.2, alphaCi: null })).toBe(false);
    expect(doesNotScale({ alpha: -0.05, alphaCi: [-0.1, 0] })).toBe(true);
  });
});
