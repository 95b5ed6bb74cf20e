import { describe, expect, it } from "vitest";
import { EXPLORE_DEFAULTS, exploreQuery, parseExploreState } from "./explore";

const parse = (q: string) => parseExploreState(new URLSearchParams(q));

describe("explore URL state", () => {
  it("defaults to ImageNet error vs compute with the LAION and OpenAI fits", () => {
    const r = parse("");
    expect(r.ok && r.state).toMatchObject({ task: "imagenet1k", y: "error", x: "compute", groups: ["LAION", "CLIP-WIT"], method: "paper" });
    expect(exploreQuery(EXPLORE_DEFAULTS)).toBe("");
  });
  it("writes 'no fit groups' as groups=none and reads it back", () => {
    const q = exploreQuery({ ...EXPLORE_DEFAULTS, task: "cars", groups: [] });
    expect(q).toBe("task=cars&groups=none");
    const r = parse(q);
    expect(r.ok && r.state.groups).toEqual([]);
  });
  it("round-trips filters as repeated parameters", () => {
    const s = { ...EXPLORE_DEFAULTS, arch: ["ViT-B-32", "ViT-L-14"], samples_seen: ["3B"] };
    const r = parse(exploreQuery(s));
    expect(r.ok && r.state).toEqual(s);
  });
  it("names a bad enum value and an unknown key", () => {
    const r = parse("x=flops&colour=red");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.param).sort()).toEqual(["colour", "x"]);
  });
});
