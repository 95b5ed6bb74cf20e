import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readEnv } from "../lib/env";
import { zooFilesStamp } from "./zoo-files";

// The place routes' cache key: it must change when the open_clip files appear or change, and must
// not depend on where a replica keeps its copy.
describe("zooFilesStamp", () => {
  it("names which files are there and their sizes, not their directory", () => {
    const env = (dir: string) => ({ ...readEnv(), SCALING_ZOO_DIR: dir });
    const one = fs.mkdtempSync(path.join(os.tmpdir(), "zoo-a-"));
    const two = fs.mkdtempSync(path.join(os.tmpdir(), "zoo-b-"));
    const none = zooFilesStamp(env(one));
    expect(none).toBe("results:-|retrieval:-|profile:-");
    fs.writeFileSync(path.join(one, "openclip_results.csv"), "name,x\n");
    const some = zooFilesStamp(env(one));
    expect(some).toBe("results:7|retrieval:-|profile:-");
    fs.writeFileSync(path.join(one, "openclip_results.csv"), "name,x\na,1\n");
    expect(zooFilesStamp(env(one))).not.toBe(some);
    // Another directory (and another of the accepted names) with the same contents: the same stamp.
    fs.mkdirSync(path.join(two, "docs"));
    fs.writeFileSync(path.join(two, "docs", "openclip_results.csv"), "name,x\na,1\n");
    expect(zooFilesStamp(env(two))).toBe(zooFilesStamp(env(one)));
  });
});
