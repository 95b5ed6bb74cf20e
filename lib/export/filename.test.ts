import { describe, expect, it } from "vitest";
import { contentDisposition, exportStem, fileNamePiece } from "./filename";

const date = new Date("2026-11-26T15:00:00Z");

describe("exportStem", () => {
  it("names view, task, filters and date", () => {
    const filters = new URLSearchParams("arch=ViT-B-32");
    expect(exportStem({ view: "explore", lead: ["imagenet1k"], filters, date })).toBe("explore_imagenet1k_arch-ViT-B-32_2026-11-26");
  });
  it("joins repeated values, skips lead keys and marks the part", () => {
    const filters = new URLSearchParams("task=vtab/caltech101&arch=ViT-B-32&arch=ViT-L-14&upstream=LAION-2B");
    expect(exportStem({ view: "explore", lead: ["vtab/caltech101"], filters, skip: ["task"], part: "fits", date }))
      .toBe("explore_vtab-caltech101_arch-ViT-B-32+ViT-L-14_etc_fits_2026-11-26"); // under 80 characters with ".json"
    expect(exportStem({ view: "explore", lead: ["cars"], filters: new URLSearchParams("arch=ViT-B-32"), skip: ["task"], date }))
      .toBe("explore_cars_arch-ViT-B-32_2026-11-26");
  });
  it("keeps names short and ASCII whatever the input", () => {
    const filters = new URLSearchParams({ arch: Array.from({ length: 40 }, (_, i) => `Arch-${i}`).join(",") });
    const stem = exportStem({ view: "explore", lead: ['"><script>'], filters, date });
    expect(`${stem}.json`.length).toBeLessThan(80);
    expect(stem).toMatch(/^[A-Za-z0-9._+\-]+$/);
    expect(stem.endsWith("_etc_2026-11-26")).toBe(true);
  });
});

describe("fileNamePiece / contentDisposition", () => {
  it("replaces unsafe characters", () => {
    expect(fileNamePiece("image_retrieval_recall@5")).toBe("image-retrieval-recall-5");
    expect(fileNamePiece("../../etc")).toBe("etc");
  });
  it("quotes an ASCII file name", () => {
    expect(contentDisposition("explore_imagenet1k_2026-11-26", "csv")).toBe('attachment; filename="explore_imagenet1k_2026-11-26.csv"');
  });
});
