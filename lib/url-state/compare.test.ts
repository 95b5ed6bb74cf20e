import { describe, expect, it } from "vitest";
import { compareQuery, parseCompareState, COMPARE_DEFAULTS } from "./compare";

describe("/compare URL state", () => {
  it("defaults to LAION-400M vs LAION-2B on imagenet1k with an empty canonical query", () => {
    expect(COMPARE_DEFAULTS).toEqual({ a: "LAION-400M", b: "LAION-2B", method: "paper", task: "imagenet1k", sort: "task", dir: "asc" });
    expect(compareQuery(COMPARE_DEFAULTS)).toBe("");
  });
  it("round-trips a state", () => {
    const r = parseCompareState(new URLSearchParams("task=cars&b=CLIP-WIT&a=LAION&method=ols"));
    if (!r.ok) throw new Error("expected a valid state");
    expect(compareQuery(r.state)).toBe("a=LAION&b=CLIP-WIT&method=ols&task=cars");
  });
  it("carries the table's sort", () => {
    const r = parseCompareState(new URLSearchParams("sort=multiplier&dir=desc"));
    if (!r.ok) throw new Error("expected a valid state");
    expect(compareQuery(r.state)).toBe("sort=multiplier&dir=desc");
  });
  it.each([
    ["a=LAION-9B", "a"],
    ["a=LAION-2B", "b"],
    ["method=huber", "method"],
    ["task=%3Cb%3E", "task"],
    ["b=LAION&b=CLIP-WIT", "b"],
    ["sort=alpha", "sort"],
    ["dir=up", "dir"],
  ])("rejects %s naming %s", (q, param) => {
    const r = parseCompareState(new URLSearchParams(q));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.param)).toContain(param);
  });
});
