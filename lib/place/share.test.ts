import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readResults } from "./read";
import { decodeShare, encodeShare, SHARE_MAX_BYTES } from "./share";
import { EMPTY_STORE, layerPoints, type PlaceStore } from "./stored";

const COMMUNITY = path.resolve(process.env.SCALING_COMMUNITY_DIR ?? "../shared/data/community");

function storeOf(files: string[]): PlaceStore {
  const models = files.flatMap((f) => readResults(fs.readFileSync(path.join(COMMUNITY, f), "utf8"), f).models);
  return { ...EMPTY_STORE, models: models.map((m) => ({ id: `${m.file}:${m.model}`, results: m, overrides: { gmacs: 3.5, samplesSeen: "13B" }, compute: 4.55e10, visible: true })) };
}

describe("share link", () => {
  it("round-trips a MobileCLIP placement within 4 kB", async () => {
    const store = storeOf(["apple__ml-mobileclip__results_mobileclip_s0.jsonl"]);
    const enc = await encodeShare(store);
    expect(enc).toHaveProperty("fragment");
    const fragment = (enc as { fragment: string }).fragment;
    expect(fragment.length).toBeLessThanOrEqual(SHARE_MAX_BYTES);
    const back = await decodeShare(`#${fragment}`);
    expect(back!.models[0]!.results.rows).toEqual(store.models[0]!.results.rows);
    expect(layerPoints(back!, "imagenet1k")).toEqual(layerPoints(store, "imagenet1k"));
  });
  it("refuses a placement larger than 4 kB compressed, with the size", async () => {
    const big = storeOf(["LAION-AI__CLIP_benchmark__benchmark_benchmark.csv"]);
    const enc = await encodeShare(big);
    expect(enc).toHaveProperty("reason");
    expect((enc as { reason: string }).reason).toMatch(/kB compressed \(at most 4 kB\)/);
  });
  it("rejects tampered or foreign fragments", async () => {
    expect(await decodeShare("#p=AAAA")).toBeNull();
    expect(await decodeShare("#x=1")).toBeNull();
  });
});
