import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fillPath } from "../support/fuzz/arbitraries";
import { coverage, routesFromManifest } from "../support/fuzz/routes";
import { SEGMENT_FILL } from "../support/fuzz/values";
import { variantSource, type VariantChange } from "@/tests/support/kill-harness";
import { SHARED_DATA } from "../support/paths";
import { startServer } from "../support/server";

// Re-ingest while serving: ingests alternate between the real files (A) and a copy whose
// zeroshot_results.csv differs in the last digit of one accuracy (B), while clients hammer the API
// and the pages. Every response must succeed and come from one database version.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reingest-"));
const db = path.join(dir, "scaling.db");
let variant: string;
let server: Awaited<ReturnType<typeof startServer>>;
let changed: VariantChange;
const dataVersion: { a?: string; b?: string } = {};

/** One ingest as a child process, the way an operator runs it. */
function ingest(source: string): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/ingest.ts", "--source", source, "--db", db], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    p.stderr.on("data", (d) => (err += d));
    p.on("exit", (code) => resolve({ code, err }));
  });
}

/** "data_version ingested_at" of the database file now on disk. */
function versionOnDisk(): string {
  const h = new Database(db, { readonly: true });
  try {
    const r = h.prepare("SELECT version, finished_at FROM ingests ORDER BY id DESC").get() as { version: string; finished_at: string };
    return `${r.version} ${r.finished_at}`;
  } finally {
    h.close();
  }
}

beforeAll(async () => {
  ({ dir: variant, changed } = variantSource());
  expect(changed.a).not.toBe(changed.b);
  expect((await ingest(variant)).code).toBe(0);
  dataVersion.b = versionOnDisk().split(" ")[0];
  expect((await ingest(SHARED_DATA)).code).toBe(0);
  dataVersion.a = versionOnDisk().split(" ")[0];
  expect(dataVersion.a).not.toBe(dataVersion.b);
  server = await startServer(db);
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(variant, { recursive: true, force: true });
});

const get = async (p: string) => {
  const r = await fetch(server.url + p);
  return { status: r.status, type: r.headers.get("content-type") ?? "", text: await r.text() };
};

describe("re-ingest while serving", () => {
  it("serves every request from one complete database version across ≥5 ingests", async () => {
    const { model, task } = changed;
    const json = [`/api/v1/evals?task=${task}`, `/api/v1/fits?task=${task}`, `/api/v1/models/${model}`, `/api/v1/fit?task=${task}&bootstrap=200`, "/api/health"];
    const manifest = path.join(process.env.NEXT_DIST_DIR || ".next", "app-path-routes-manifest.json");
    const pages = coverage(routesFromManifest(JSON.parse(fs.readFileSync(manifest, "utf8")))).routes.filter((r) => r.kind !== "api").map((r) => fillPath(r.pattern, (n) => SEGMENT_FILL[n] ?? "x"));
    const seen = new Map<string, Set<string>>(); // url + data_version → distinct row payloads
    const pairs = new Set<string>(); // (data_version, ingested_at) seen in responses
    const failures: string[] = [];
    const versions = new Set<string>([versionOnDisk()]);
    let done = false;
    let requests = 0;
    const check = (p: string, r: { status: number; type: string; text: string }) => {
      requests++;
      if (r.status !== 200) return failures.push(`${p}: ${r.status} ${r.text.slice(0, 200)}`);
      if (!r.type.includes("json")) return;
      const body = JSON.parse(r.text);
      const meta = p === "/api/health" ? body.database : body.meta;
      pairs.add(`${meta.data_version} ${meta.ingested_at}`);
      if (p === "/api/health") expect(body.database.row_counts).toMatchObject({ models: 32, evaluations: 1312, learning_curve_points: 3359, fits: 645 });
      const rows = body.rows ?? body.evaluations;
      const key = `${p} ${meta.data_version}`;
      seen.set(key, (seen.get(key) ?? new Set()).add(JSON.stringify([rows, body.evaluations ?? null])));
    };
    // Two clients ask only the API (so every version is seen there often), two ask everything.
    const client = async (i: number) => {
      const urls = i < 2 ? json : [...json, ...pages, `/api/v1/evals?task=${task}&format=csv`];
      for (let k = i; !done; k++) {
        const p = urls[k % urls.length]!;
        try {
          check(p, await get(p));
        } catch (e) {
          failures.push(`${p}: ${(e as Error).message}`);
        }
      }
    };
    const clients = [0, 1, 2, 3].map(client);
    const codes: (number | null)[] = [];
    for (let n = 0; n < 6; n++) {
      const r = await ingest(n % 2 === 0 ? variant : SHARED_DATA);
      codes.push(r.code);
      if (r.code !== 0) failures.push(`ingest ${n}: ${r.err.slice(-500)}`);
      versions.add(versionOnDisk());
    }
    done = true;
    await Promise.all(clients);
    console.log(`reingest: ${requests} requests during 6 ingests; responses came from ${pairs.size} of ${versions.size} database files`);

    expect(codes).toEqual([0, 0, 0, 0, 0, 0]);
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(100);
    // Every (version, ingest time) a response carried is one a database file on disk had.
    for (const p of pairs) expect(versions).toContain(p);
    // Both versions were served, and one URL at one version always had the same rows.
    const dataVersions = new Set([...pairs].map((p) => p.split(" ")[0]));
    expect(dataVersions.size).toBe(2);
    for (const [key, payloads] of seen) expect(payloads.size, key).toBe(1);
    // The rows agree with the version in the meta: A's accuracy under A's version, B's under B's.
    for (const v of [dataVersion.a!, dataVersion.b!]) {
      const payloads = seen.get(`/api/v1/evals?task=${task} ${v}`);
      expect(payloads, `evals at version ${v}`).toBeDefined();
      const rows = JSON.parse([...payloads!][0]!)[0] as { model: string; acc1: number }[];
      expect(rows.find((r) => r.model === model)?.acc1).toBe(v === dataVersion.a ? changed.a : changed.b);
    }
  });

  it("answers 503 with a message when the database is missing or unreadable, and recovers", async () => {
    const health = async () => {
      const r = await get("/api/health");
      return { status: r.status, body: JSON.parse(r.text) };
    };
    fs.renameSync(db, `${db}.away`);
    const missing = await health();
    expect(missing.status).toBe(503);
    expect(missing.body.status).toBe("unavailable");
    expect(missing.body.error.message).toMatch(/not found.*ingest/i);
    fs.renameSync(`${db}.away`, db);
    expect((await health()).status).toBe(200);

    fs.writeFileSync(`${db}.garbage`, Buffer.alloc(64 * 1024, "not a database "));
    fs.renameSync(`${db}.garbage`, db);
    const broken = await health();
    expect(broken.status).toBe(503);
    expect(broken.body.error.message).toMatch(/not a database/i);
    expect(broken.body.error.message).not.toContain(dir); // no file system paths in the message

    expect((await ingest(SHARED_DATA)).code).toBe(0);
    const back = await health();
    expect(back.status).toBe(200);
    expect(back.body.database.data_version).toBe(dataVersion.a);
    expect(back.body.process.rss_bytes).toBeGreaterThan(0);
    expect(back.body.uptime_s).toBeGreaterThan(0);
  });
});
