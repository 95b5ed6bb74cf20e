import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mulberry32 } from "../../lib/fit/rng";
import { smallDisk } from "./full-disk";
import { digest, restore, runIngestChild, tempFiles, variantSource, type Digest } from "../../tests/support/kill-harness";
import { SHARED } from "../../tests/support/ingest";

// SIGKILL the ingest child at seeded moments spread over its run; afterwards the database must be
// exactly the old file (same sha256) or exactly the new content (same rows, integrity ok) — never
// a mix — and the next ingest must remove the dead process's temp files.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kill-"));
const db = path.join(dir, "scaling.db");
const pristine = path.join(dir, "old.db");
let variant: string;
let oldDigest: Digest;
let newDigest: Digest;
let fullRun = 0;

beforeAll(async () => {
  variant = variantSource().dir;
  expect((await runIngestChild(SHARED, pristine)).code).toBe(0);
  oldDigest = digest(pristine);
  const ref = path.join(dir, "new.db");
  const r = await runIngestChild(variant, ref);
  expect(r.code).toBe(0);
  fullRun = r.ms;
  newDigest = digest(ref);
  expect(oldDigest.integrity).toBe("ok");
  expect(newDigest.content).not.toBe(oldDigest.content);
}, 60_000);
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(variant, { recursive: true, force: true });
});

describe("killed ingest", () => {
  it("leaves the old database or the complete new one at every kill point, and cleans up after", async () => {
    const rng = mulberry32(4242);
    const outcomes: string[] = [];
    const killAndCheck = async (plan: { killAfterMs: number; killAfterStage?: string }) => {
      restore(pristine, db);
      const r = await runIngestChild(variant, db, plan);
      const d = digest(db);
      const isOld = d.sha256 === oldDigest.sha256;
      const isNew = d.integrity === "ok" && d.content === newDigest.content && d.version === newDigest.version;
      outcomes.push(`${r.signal ?? `exit ${r.code}`} at ${r.killedAtMs?.toFixed(0) ?? "-"} ms (last stage logged: ${r.stage}): ${isOld ? "old" : isNew ? "new" : "NEITHER"}`);
      expect(isOld || isNew, outcomes.at(-1)).toBe(true);
    };
    // Three delays spread over the whole run (one per third of it)…
    for (const k of [0, 1, 2]) await killAndCheck({ killAfterMs: fullRun * ((k + rng()) / 3) });
    // …and kills inside the ~40 ms write stage until one leaves a temp file (timing varies with load).
    for (let i = 0; i < 8 && tempFiles(db).length === 0; i++) await killAndCheck({ killAfterStage: "write", killAfterMs: 8 + rng() * 24 });
    expect(outcomes.filter((o) => o.startsWith("SIGKILL")).length, outcomes.join("\n")).toBeGreaterThanOrEqual(3);
    console.log(`kill points:\n${outcomes.join("\n")}`);
    // The dead process's temp file is there now; the next ingest removes it.
    const stale = tempFiles(db);
    expect(stale.length, outcomes.join("\n")).toBeGreaterThan(0);
    expect(stale.every((f) => /^scaling\.db\.tmp-\d+-/.test(f))).toBe(true);
    const next = await runIngestChild(SHARED, db);
    expect(next.code).toBe(0);
    expect(tempFiles(db)).toEqual([]);
    expect(digest(db).content).toBe(oldDigest.content);
  }, 120_000);

  it("fails with a clear error on a full disk and leaves the old database untouched", async () => {
    const disk = smallDisk(fs.statSync(pristine).size);
    try {
      const target = path.join(disk.dir, "scaling.db");
      fs.copyFileSync(pristine, target);
      const r = await runIngestChild(variant, target, { wrap: disk.wrap });
      expect(r.code, `${disk.how}\n${r.stderr}`).toBe(1);
      console.log(`full disk via ${disk.how}: ${r.stderr.trim().split("\n").at(-1)}`);
      // A full file system is SQLITE_FULL; the fallback's file-size limit surfaces as an I/O error.
      expect(r.stderr).toMatch(disk.wrap ? /ingest failed: .*(disk I\/O error|EFBIG|file too large)/i : /ingest failed: .*(database or disk is full|ENOSPC)/i);
      expect(digest(target).sha256).toBe(oldDigest.sha256);
      expect(tempFiles(target)).toEqual([]);
    } finally {
      disk.release();
    }
  }, 60_000);
});
