/**
 * `npm test`: the linter (`npm run lint`), unit tests, then a production build and the HTTP/browser
 * tests against `next start`. vitest's own summary is not a format CI reads, so this prints
 * `N passed, N failed` from the JSON reporters of both suites, plus one for the lint (a lint error
 * or warning counts as one failure). First it finds the upstream files (scripts/lib/locate-upstream.ts)
 * and hands their directory to every test process as SCALING_DATA_DIR.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readEnv } from "../lib/env";
import { locateUpstream } from "./lib/locate-upstream";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "scaling-test-"));
const only = process.argv.slice(2); // e.g. `npm test -- unit` or `npm test -- lint`
const lint = only.length === 0 || only.includes("lint");
const suites = [
  { name: "unit", args: ["run"] },
  { name: "e2e", args: ["run", "--config", "vitest.e2e.config.ts"], build: true },
].filter((s) => only.length === 0 || only.includes(s.name));

const config = readEnv();
let upstreamDir: string;
try {
  const found = await locateUpstream({
    dataDir: config.SCALING_DATA_DIR,
    sharedDir: path.resolve("../shared/data/scaling-laws-openclip"),
    cacheDir: config.SCALING_CACHE_DIR,
    baseUrl: config.SCALING_UPSTREAM_URL,
    log: (m) => console.error(m),
  });
  upstreamDir = found.dir;
  console.error(`upstream files: ${found.dir} (${found.from})`);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", SCALING_DATA_DIR: upstreamDir };
let passed = 0;
let failed = 0;
if (lint) {
  // Before the suites, since it needs no build: `eslint --max-warnings 0` exits non-zero on any finding.
  const l = spawnSync("npm", ["run", "--silent", "lint"], { stdio: "inherit" });
  if (l.status === 0) passed++;
  else failed++;
  console.log(`lint: ${l.status === 0 ? "1 passed, 0 failed" : "0 passed, 1 failed"}`);
}

for (const s of suites) {
  if (s.build) {
    const b = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env });
    if (b.status !== 0) {
      console.error("next build failed");
      failed++;
      continue;
    }
  }
  const out = path.join(tmp, `${s.name}.json`);
  spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", ...s.args, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], { stdio: "inherit", env });
  if (!fs.existsSync(out)) {
    console.error(`${s.name}: vitest wrote no report`);
    failed++;
    continue;
  }
  const r = JSON.parse(fs.readFileSync(out, "utf8")) as { numPassedTests: number; numFailedTests: number; testResults: { status: string; assertionResults: unknown[] }[] };
  // A file that fails to load has no assertions but must still count as a failure.
  const brokenFiles = r.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
  passed += r.numPassedTests;
  failed += r.numFailedTests + brokenFiles;
  console.log(`${s.name}: ${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
