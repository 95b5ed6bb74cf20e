import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UPSTREAM, UPSTREAM_FILES } from "../../lib/upstream";
import { freePort } from "../../tests/support/server";
import { locateUpstream } from "./locate-upstream";
import { copyUpstream, sha256File, SHARED } from "../../tests/support/ingest";

// Each candidate of the search order in its own temp directory; downloads come from a loopback
// stand-in for raw.githubusercontent.com serving the files the test run was given.
let server: http.Server;
let base: string;
const hits: string[] = [];
beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    // No keep-alive: on a busy machine fetch may reuse a socket the server is just closing (ECONNRESET).
    res.setHeader("Connection", "close");
    const [commit, file] = (req.url ?? "").split("/").filter(Boolean);
    const p = path.join(SHARED, path.basename(file ?? ""));
    if (commit !== UPSTREAM.commit || !fs.existsSync(p)) res.writeHead(404).end();
    else res.writeHead(200).end(fs.readFileSync(p));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "locate-"));
const nowhere = () => path.join(tmp(), "absent");
const quiet = () => {};

describe("locateUpstream: SCALING_DATA_DIR, shared copy, download cache, download", () => {
  it("takes SCALING_DATA_DIR first, even when the shared copy exists", async () => {
    const given = copyUpstream();
    const r = await locateUpstream({ dataDir: given, sharedDir: copyUpstream(), cacheDir: nowhere(), baseUrl: base, log: quiet });
    expect(r).toEqual({ dir: given, from: "SCALING_DATA_DIR" });
  });

  it("stops on an incomplete or altered SCALING_DATA_DIR instead of silently reading another copy", async () => {
    const given = copyUpstream();
    fs.rmSync(path.join(given, "arch_info.csv"));
    fs.appendFileSync(path.join(given, "zeroshot_results.csv"), "x");
    const r = locateUpstream({ dataDir: given, sharedDir: copyUpstream(), cacheDir: nowhere(), baseUrl: base, log: quiet });
    await expect(r).rejects.toThrow(`SCALING_DATA_DIR=${given} does not hold the upstream files at 652b1e7: arch_info.csv missing; zeroshot_results.csv differs from the pinned commit (sha256).`);
  });

  it("then the shared copy, then the verified download cache", async () => {
    const shared = copyUpstream();
    expect(await locateUpstream({ sharedDir: shared, cacheDir: nowhere(), baseUrl: base, log: quiet })).toEqual({ dir: shared, from: "shared copy" });
    const cache = tmp();
    fs.cpSync(copyUpstream(), path.join(cache, UPSTREAM.commit), { recursive: true });
    hits.length = 0;
    const r = await locateUpstream({ sharedDir: nowhere(), cacheDir: cache, baseUrl: base, log: quiet });
    expect(r).toEqual({ dir: path.join(cache, UPSTREAM.commit), from: "download cache" });
    expect(hits).toEqual([]);
  });

  it("downloads at the pinned commit into the cache when nothing else is there", async () => {
    const cache = tmp();
    fs.mkdirSync(path.join(cache, UPSTREAM.commit));
    fs.writeFileSync(path.join(cache, UPSTREAM.commit, "arch_info.csv"), "tampered"); // a bad cached file is replaced
    hits.length = 0;
    const r = await locateUpstream({ sharedDir: nowhere(), cacheDir: cache, baseUrl: base, log: quiet });
    expect(r).toEqual({ dir: path.join(cache, UPSTREAM.commit), from: "download" });
    expect(hits.length).toBe(4);
    for (const { file } of Object.values(UPSTREAM_FILES)) expect(sha256File(path.join(r.dir, file))).toBe(sha256File(path.join(SHARED, file)));
  });

  it("says how to provide the files when none can be had", async () => {
    const closed = await freePort();
    const r = locateUpstream({ sharedDir: nowhere(), cacheDir: tmp(), baseUrl: `http://127.0.0.1:${closed}`, log: quiet });
    await expect(r).rejects.toThrow(/^The tests need the four upstream CSVs of LAION-AI\/scaling-laws-openclip at 652b1e7; none in .*, and the download failed: Could not download http:\/\/127\.0\.0\.1:\d+\/652b1e7\w+\/arch_info\.csv \(ECONNREFUSED\)\. Provide them with SCALING_DATA_DIR=DIR npm test, where DIR holds arch_info\.csv, /);
  });
});

describe("npm test without the upstream files", () => {
  it("stops before running any suite, with the one message", () => {
    const empty = tmp();
    const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/test.ts", "unit"], {
      encoding: "utf8",
      env: { ...process.env, SCALING_DATA_DIR: empty },
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `SCALING_DATA_DIR=${empty} does not hold the upstream files at 652b1e7: arch_info.csv missing; trained_models_info.csv missing; zeroshot_results.csv missing; imagenet_zeroshot_learning_curves.csv missing. ` +
        "Provide them with SCALING_DATA_DIR=DIR npm test, where DIR holds arch_info.csv, trained_models_info.csv, zeroshot_results.csv, imagenet_zeroshot_learning_curves.csv " +
        `at commit ${UPSTREAM.commit}, or run npm test where the upstream URL (SCALING_UPSTREAM_URL) is reachable.`,
    );
    expect(r.stdout).toBe("");
  });
});
