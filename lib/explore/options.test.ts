import { describe, expect, it } from "vitest";
import { groupTasks, inOrder, orderFacets } from "./options";

describe("options", () => {
  it("orders known values first and appends unknown ones alphabetically", () => {
    expect(inOrder(["c", "x", "a", "b"], ["b", "a"])).toEqual(["b", "a", "c", "x"]);
    expect(orderFacets({ arch: ["ViT-g-14", "ViT-B-16", "ViT-B-32"], upstream: ["LAION-2B", "CLIP-WIT", "LAION-80M"], samples_seen: ["34B", "13B", "3B"] }))
      .toEqual({ arch: ["ViT-B-32", "ViT-B-16", "ViT-g-14"], upstream: ["LAION-80M", "LAION-2B", "CLIP-WIT"], samples_seen: ["3B", "13B", "34B"] });
  });
  it("groups tasks by category with ImageNet first", () => {
    const g = groupTasks(["cars", "imagenet-a", "imagenet1k", "vtab/dtd", "mscoco_captions"]);
    expect(g.map((x) => x.category)).toEqual(["ImageNet & shifts", "VTAB+", "Retrieval", "Other"]);
    expect(g[0]!.tasks.map((t) => t.value)).toEqual(["imagenet1k", "imagenet-a"]);
    expect(g[2]!.tasks).toEqual([{ value: "mscoco_captions", label: "MS-COCO" }]);
  });
});
