import { describe, expect, it } from "vitest";
import { parseCompareState } from "./compare";
import { EXPLORE_PARAMS, exploreQuery, parseExploreState } from "./explore";
import { splitList, viewQuery } from "./params";

// Expected messages were produced by the hand-written parser these nuqs parsers replaced (same
// URLs, before the change): the public messages must not move.
describe("view parsers (nuqs over zod field schemas)", () => {
  it("names unknown, repeated and bad parameters with zod's messages, in URL then parameter order", () => {
    expect(parseExploreState(new URLSearchParams("task=a&task=b&x=flops&arch=a<&colour=red"))).toEqual({ ok: false, errors: [
      { param: "task", message: '"task" may appear only once' },
      { param: "colour", message: 'unknown parameter "colour"' },
      { param: "x", message: '"x": Invalid option: expected one of "compute"|"samples"|"gmacs"|"params"' },
      { param: "arch", message: '"arch": has characters outside [A-Za-z0-9_.+-/@ ]' },
    ] });
    expect(parseExploreState(new URLSearchParams("task=&arch=" + Array.from({ length: 51 }, (_, i) => `a${i}`).join(",")))).toEqual({ ok: false, errors: [
      { param: "task", message: '"task": must not be empty' },
      { param: "task", message: '"task": has characters outside [A-Za-z0-9_.+-/@ ]' },
      { param: "arch", message: '"arch": Too big: expected array to have <=50 items' },
    ] });
  });
  it("runs the whole-state check once every value is valid, next to unknown or repeated keys", () => {
    expect(parseCompareState(new URLSearchParams("a=LAION-2B&foo=1"))).toEqual({ ok: false, errors: [
      { param: "foo", message: 'unknown parameter "foo"' }, { param: "b", message: '"b": must be a different group from a' },
    ] });
    expect(parseCompareState(new URLSearchParams("a=LAION-2B&b=LAION-2B&b=x"))).toEqual({ ok: false, errors: [
      { param: "b", message: '"b" may appear only once' }, { param: "b", message: '"b": must be a different group from a' },
    ] });
    expect(parseCompareState(new URLSearchParams("a=LAION-9B&b=LAION-400M")).ok).toBe(false);
  });
  it("reads lists repeated or comma-separated, and the nuqs parser of each parameter agrees with the page", () => {
    expect(splitList(["a,b", "", "c"])).toEqual(["a", "b", "c"]);
    const r = parseExploreState(new URLSearchParams("arch=ViT-B-32,ViT-L-14&groups=none&task=cars"));
    expect(r.ok && r.state).toMatchObject({ task: "cars", arch: ["ViT-B-32", "ViT-L-14"], groups: [] });
    expect(EXPLORE_PARAMS.arch.parse(["ViT-B-32,ViT-L-14"])).toEqual(["ViT-B-32", "ViT-L-14"]);
    expect(EXPLORE_PARAMS.groups.parse(["none"])).toEqual([]);
    expect(EXPLORE_PARAMS.groups.serialize([])).toEqual(["none"]);
    expect(EXPLORE_PARAMS.x.parse("flops")).toBeNull();
    expect(EXPLORE_PARAMS.task.defaultValue).toBe("imagenet1k");
  });
  it("writes the canonical query: parameter order, defaults dropped, no fit groups last as groups=none", () => {
    const r = parseExploreState(new URLSearchParams("groups=none&method=ols&task=cars&arch=ViT-B-32"));
    if (!r.ok) throw new Error("expected a valid state");
    expect(exploreQuery(r.state)).toBe("task=cars&arch=ViT-B-32&method=ols&groups=none");
    expect(viewQuery({ task: "cars", x: "compute" }, EXPLORE_PARAMS)).toBe("task=cars");
  });
});
