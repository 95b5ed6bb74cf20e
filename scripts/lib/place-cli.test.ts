import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestRealData } from "../../tests/support/server";
import { COMMUNITY_DATA } from "../../tests/support/paths";

let db = "";
let dir = "";
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "place-cli-"));
  db = ingestRealData(dir);
}, 120_000);

function run(args: string[]) {
  return spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/place.ts", ...args], {
    encoding: "utf8", env: { ...process.env, SCALING_DB: db, SCALING_ZOO_DIR: COMMUNITY_DATA },
  });
}

describe("npm run place", () => {
  it("prints the placement table of a DataComp file with the compute given", () => {
    const r = run([path.join(COMMUNITY_DATA, "apple__ml-mobileclip__results_mobileclip_s0.jsonl"), "--gmacs", "3.5", "--samples-seen", "13B"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/compute 4\.55×10¹⁰ GMACs = 3\.5 GMACs\/sample \[given\] × 13B samples \[given\]/);
    expect(r.stdout).toMatch(/median multiplier [\d.]+× over \d+ tasks with a law/);
    expect(r.stdout).toMatch(/imagenet1k/);
  }, 120_000);
  it("--csv writes the contract's columns; a malformed file exits 1 naming file and line", () => {
    const ok = run([path.join(COMMUNITY_DATA, "apple__ml-mobileclip__results_mobileclip_s0.jsonl"), "--arch", "ViT-B-32", "--samples-seen", "13B", "--csv"]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout.split("\r\n")[0]).toMatch(/^model,task,metric,error,compute,law_error,residual,rel_residual,effective_compute,compute_multiplier,within_interval,/);
    const lines = fs.readFileSync(path.join(COMMUNITY_DATA, "apple__ml-mobileclip__results_mobileclip_s0.jsonl"), "utf8").split("\n");
    lines[3] = "{ not json";
    const bad = path.join(dir, "bad.jsonl");
    fs.writeFileSync(bad, lines.join("\n"));
    const r = run([bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^bad\.jsonl:4:\d+: expected one JSON object on this line/m);
  }, 120_000);
});
