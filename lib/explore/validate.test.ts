import { describe, expect, it } from "vitest";
import { EXPLORE_DEFAULTS } from "../url-state/explore";
import { switchTask, validateAgainstData } from "./validate";

const facets = { task: ["imagenet1k", "mscoco_captions"], arch: ["ViT-B-32"], upstream: ["LAION-2B"], samples_seen: ["3B"] };
const metrics = { imagenet1k: ["acc1", "acc5"] as const, mscoco_captions: ["image_retrieval_recall@5", "text_retrieval_recall@5"] as const };

describe("validateAgainstData", () => {
  it("accepts the defaults", () => {
    expect(validateAgainstData(EXPLORE_DEFAULTS, facets, metrics)).toEqual([]);
  });
  it("names the parameter of an unknown task or filter value", () => {
    const e = validateAgainstData({ ...EXPLORE_DEFAULTS, task: "imagenet2k", arch: ["ViT-Z-1"] }, facets, metrics);
    expect(e.map((x) => x.param)).toEqual(["task", "arch"]);
    expect(e[0]!.message).toContain('"imagenet2k"');
  });
  it("rejects a metric or y column the task does not have", () => {
    const e = validateAgainstData({ ...EXPLORE_DEFAULTS, metric: "acc1", y: "acc5", task: "mscoco_captions" }, facets, metrics);
    expect(e.map((x) => x.param)).toEqual(["metric", "y"]);
  });
});

describe("switchTask", () => {
  it("keeps metric and y when the new task has them, resets them otherwise", () => {
    const coco = { ...EXPLORE_DEFAULTS, task: "mscoco_captions", metric: "text_retrieval_recall@5" as const, y: "text_retrieval_recall@5" as const, arch: ["ViT-B-32"] };
    const s = switchTask(coco, "imagenet1k", metrics);
    expect(s).toMatchObject({ task: "imagenet1k", metric: undefined, y: "error", arch: ["ViT-B-32"] });
    expect(switchTask({ ...EXPLORE_DEFAULTS, y: "acc5" }, "imagenet1k", metrics).y).toBe("acc5");
  });
});
