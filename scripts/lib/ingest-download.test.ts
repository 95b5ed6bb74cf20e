import { spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UPSTREAM } from "../../lib/upstream";
import { freePort } from "../../tests/support/server";
import { ingestQuiet, sha256File, SHARED } from "../../tests/support/ingest";

// A loopback stand-in for raw.githubusercontent.com serving the shared files at /<commit>/<file>;
// `/tampered/<commit>/<file>` serves zeroshot_results.csv with one byte changed.
let server: http.Server;
let base: string;
const hits: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? "");
    // No keep-alive: on a busy machine fetch may reuse a socket the server is just closing (ECONNRESET).
    res.setHeader("Connection", "close");
    const parts = (req.url ?? "").split("/").filter(Boolean);
    const tampered = parts[0] === "tampered";
    const [commit, file] = tampered ? parts.slice(1) : parts;
    const p = path.join(SHARED, path.basename(file ?? ""));
    if (commit !== UPSTREAM.commit || !fs.existsSync(p)) {
      res.writeHead(404).end("not found");
      return;
    }
    const body = fs.readFileSync(p);
    if (tampered && file === "zeroshot_results.csv") body.writeUInt8(body.readUInt8(body.length - 2) ^ 1, body.length - 2);
    res.writeHead(200, { "Content-Type": "text/plain" }).end(body);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "dl-"));

describe("download at the pinned commit", () => {
  it("downloads, verifies, caches, and then reuses the cache", async () => {
    const dir = tmp();
    const env = { SCALING_UPSTREAM_URL: base, SCALING_CACHE_DIR: path.join(dir, "cache") };
    hits.length = 0;
    const r = await ingestQuiet(undefined, path.join(dir, "a.db"), env);
    if (!r.ok) throw r.error;
    expect(hits.sort()).toEqual([
      `/${UPSTREAM.commit}/arch_info.csv`, `/${UPSTREAM.commit}/imagenet_zeroshot_learning_curves.csv`,
      `/${UPSTREAM.commit}/trained_models_info.csv`, `/${UPSTREAM.commit}/zeroshot_results.csv`,
    ]);
    const cached = path.join(dir, "cache", UPSTREAM.commit, "zeroshot_results.csv");
    expect(sha256File(cached)).toBe(sha256File(path.join(SHARED, "zeroshot_results.csv")));
    hits.length = 0;
    const again = await ingestQuiet(undefined, path.join(dir, "b.db"), env);
    expect(again.ok).toBe(true);
    expect(hits).toEqual([]);
  });

  it("rejects a file whose sha256 does not match and writes nothing", async () => {
    const dir = tmp();
    const dbPath = path.join(dir, "scaling.db");
    const r = await ingestQuiet(undefined, dbPath, { SCALING_UPSTREAM_URL: `${base}/tampered`, SCALING_CACHE_DIR: path.join(dir, "cache") });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.message).toMatch(/zeroshot_results\.csv: sha256 mismatch: expected a04786cf[0-9a-f]+, found [0-9a-f]{64}; nothing was written/);
    expect(fs.existsSync(path.join(dir, "cache", UPSTREAM.commit, "zeroshot_results.csv"))).toBe(false);
    expect(fs.existsSync(dbPath)).toBe(false);
  });

  it("says how to use a local copy when the server is unreachable (CLI exits non-zero)", async () => {
    const dir = tmp();
    const closed = await freePort(); // nothing listens there
    const r = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/ingest.ts", "--db", path.join(dir, "x.db")], {
      encoding: "utf8",
      env: { ...process.env, SCALING_DATA_DIR: "", SCALING_UPSTREAM_URL: `http://127.0.0.1:${closed}`, SCALING_CACHE_DIR: path.join(dir, "cache") },
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`Could not download http://127\\.0\\.0\\.1:${closed}/652b1e7\\w+/arch_info\\.csv \\(ECONNREFUSED\\)`));
    expect(r.stderr).toMatch(/npm run ingest -- --source DIR/);
    expect(r.stderr).toMatch(/SCALING_DATA_DIR/);
    expect(fs.existsSync(path.join(dir, "x.db"))).toBe(false);
  });
});
