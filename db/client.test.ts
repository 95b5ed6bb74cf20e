import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDb, getDb, migrateDb } from "./client";

function makeDb(file: string, version: string): void {
  const db = createDb(file);
  migrateDb(db);
  db.$client.prepare(
    "INSERT INTO ingests (source, source_repo, source_commit, files_json, row_counts_json, warnings_json, fit_config_json, started_at, finished_at, elapsed_ms, version) VALUES ('t', 'r', 'c', '[]', '{}', '[]', '{}', 'x', 'y', 1, ?)",
  ).run(version);
  db.$client.close();
}
const version = (file: string) => (getDb(file).$client.prepare("SELECT version FROM ingests").get() as { version: string }).version;

describe("getDb (the server's handle)", () => {
  it("opens read-only: writes fail", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "client-")), "a.db");
    makeDb(file, "v1");
    const db = getDb(file);
    expect(db.$client.readonly).toBe(true);
    expect(() => db.$client.prepare("DELETE FROM ingests").run()).toThrow(/readonly/);
  });

  it("keeps one handle while the file is unchanged and reopens after a rename over it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "client-"));
    const file = path.join(dir, "scaling.db");
    makeDb(file, "v1");
    const first = getDb(file);
    expect(getDb(file)).toBe(first);
    expect(version(file)).toBe("v1");
    makeDb(path.join(dir, "next.db"), "v2");
    fs.renameSync(path.join(dir, "next.db"), file);
    expect(getDb(file)).not.toBe(first);
    expect(version(file)).toBe("v2");
    // the old handle still reads the old file (in-flight requests finish on one version)
    expect((first.$client.prepare("SELECT version FROM ingests").get() as { version: string }).version).toBe("v1");
  });

  it("says how to create the database when it is missing", () => {
    expect(() => getDb("/nonexistent/scaling.db")).toThrow(/run `npm run ingest` first/);
  });
});
