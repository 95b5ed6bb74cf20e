import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { resolvePlan, type PlanInput } from "./request";

const G = new Map([["ViT-H-14", 190.97]]);
const run = (q: PlanInput) => resolvePlan(q, (a) => G.get(a), () => [...G.keys()]);
const paramOf = (q: PlanInput) => {
  try {
    run(q);
  } catch (e) {
    if (e instanceof AppError) return e.param;
    throw e;
  }
  return null;
};

describe("resolvePlan", () => {
  it("turns arch + samples seen into compute, and keeps GMACs per sample for the inverse", () => {
    const r = run({ arch: "ViT-H-14", samples_seen: 1e10, target_error: 0.2 });
    expect(r.budget).toEqual({ compute: 1e10 * 190.97, arch: "ViT-H-14", samples_seen: 1e10 });
    expect(r.target).toEqual({ target_error: 0.2, arch: "ViT-H-14", gmacs_per_sample: 190.97 });
    expect(run({ compute: 5e12 })).toEqual({ budget: { compute: 5e12, arch: null, samples_seen: null }, target: null });
    expect(run({ target_error: 0.3 }).budget).toBeNull();
  });
  it("names the parameter of every impossible combination", () => {
    expect(paramOf({})).toBe("compute");
    expect(paramOf({ samples_seen: 1e9 })).toBe("arch");
    expect(paramOf({ arch: "ViT-X", samples_seen: 1e9 })).toBe("arch");
    expect(paramOf({ arch: "ViT-H-14" })).toBe("samples_seen");
    expect(paramOf({ compute: 1, arch: "ViT-H-14", samples_seen: 1e9 })).toBe("compute");
    expect(paramOf({ compute: 1, arch: "ViT-H-14", target_error: 0.2 })).toBeNull();
  });
});
