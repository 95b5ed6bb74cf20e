import { describe, expect, it } from "vitest";
import { curvesQuery, parseCurvesState } from "./learning-curves";
import { modelsQuery, parseModelsState } from "./models";

describe("models URL state", () => {
  it("parses sort, direction and repeated or comma-separated filters", () => {
    const p = parseModelsState(new URLSearchParams("sort=top1&dir=desc&arch=ViT-B-32,ViT-L-14&upstream=LAION-2B&upstream=CLIP-WIT"));
    expect(p).toEqual({ ok: true, state: { sort: "top1", dir: "desc", arch: ["ViT-B-32", "ViT-L-14"], upstream: ["LAION-2B", "CLIP-WIT"], samples_seen: [] } });
  });
  it("names a bad parameter", () => {
    const p = parseModelsState(new URLSearchParams("sort=colour&dir=up"));
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.errors.map((e) => e.param).sort()).toEqual(["dir", "sort"]);
    const q = parseModelsState(new URLSearchParams("sorting=id"));
    expect(q.ok ? [] : q.errors.map((e) => e.param)).toEqual(["sorting"]);
  });
  it("writes a canonical query without defaults", () => {
    expect(modelsQuery({ sort: "compute", dir: "asc", arch: [], upstream: [], samples_seen: [] })).toBe("");
    expect(modelsQuery({ sort: "lr", dir: "desc", arch: ["ViT-B-32"], upstream: [], samples_seen: ["3B", "13B"] })).toBe("sort=lr&dir=desc&arch=ViT-B-32&samples_seen=3B&samples_seen=13B");
  });
});

describe("learning-curves URL state", () => {
  it("round-trips x, y and filters", () => {
    const p = parseCurvesState(new URLSearchParams("x=epoch&y=top5&upstream=LAION-80M"));
    expect(p.ok && curvesQuery(p.state)).toBe("x=epoch&y=top5&upstream=LAION-80M");
    const d = parseCurvesState(new URLSearchParams("x=samples"));
    expect(d.ok && curvesQuery(d.state)).toBe(""); // samples seen is the default x
    expect(parseCurvesState(new URLSearchParams("x=hours")).ok).toBe(false);
  });
});
