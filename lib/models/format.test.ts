import { describe, expect, it } from "vitest";
import { formatInt, formatLr } from "./format";

describe("model formats", () => {
  it("formats learning rates like the upstream names", () => {
    expect(formatLr(0.001)).toBe("1e-3");
    expect(formatLr(0.0005)).toBe("5e-4");
    expect(formatLr(0.00025)).toBe("2.5e-4");
    expect(formatLr(null)).toBe("–");
  });
  it("formats whole numbers with separators", () => {
    expect(formatInt(86016)).toBe("86,016");
    expect(formatInt(8912.49)).toBe("8,912");
    expect(formatInt(null)).toBe("–");
  });
});
