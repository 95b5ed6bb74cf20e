import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { IngestError, ShrinkError } from "./run-ingest";
import { copyUpstream, ingestQuiet, sha256File, SHARED } from "../../tests/support/ingest";

// An ingest must not empty or shrink the dashboard by accident. Each case starts from its own
// copy of a database ingested from the real files and checks that a refused ingest leaves it
// byte-identical with no temp files.
let good: string;
let goodSha: string;
beforeAll(async () => {
  good = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "shrink-good-")), "scaling.db");
  const r = await ingestQuiet(SHARED, good);
  if (!r.ok) throw r.error;
  goodSha = sha256File(good);
});

/** A fresh copy of the good database, in its own directory. */
function current(): string {
  const p = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "shrink-")), "scaling.db");
  fs.copyFileSync(good, p);
  return p;
}
const untouched = (p: string) => {
  expect(sha256File(p)).toBe(goodSha);
  expect(fs.readdirSync(path.dirname(p))).toEqual(["scaling.db"]);
};
const count = (db: string, sql: string) => {
  const h = new Database(db, { readonly: true });
  const n = (h.prepare(sql).get() as { n: number }).n;
  h.close();
  return n;
};
const ZS = "zeroshot_results.csv";
/** Rewrite the data rows of the results file (header kept; the real files have no quoted fields). */
function editResults(dir: string, f: (cells: string[]) => string[] | null): void {
  const [header, ...rows] = fs.readFileSync(path.join(dir, ZS), "utf8").trimEnd().split("\n");
  const kept = rows.map((r) => f(r.split(","))).filter((c): c is string[] => c !== null).map((c) => c.join(","));
  fs.writeFileSync(path.join(dir, ZS), `${[header, ...kept].join("\n")}\n`);
}
const withoutCars = (dir: string) => editResults(dir, (c) => (c[5] === "cars" ? null : c));

describe("a file with a header and no rows is an error naming the file", () => {
  it.each(["arch_info.csv", "trained_models_info.csv", ZS, "imagenet_zeroshot_learning_curves.csv"])("%s", async (file) => {
    const src = copyUpstream();
    const header = fs.readFileSync(path.join(src, file), "utf8").split("\n")[0];
    fs.writeFileSync(path.join(src, file), `${header}\n`);
    const db = current();
    const r = await ingestQuiet(src, db);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error instanceof IngestError && r.error.formatted()).toEqual([
      `${file}:2:1: expected at least one data row after the header, found the end of the file`,
    ]);
    untouched(db);
  });
});

describe("an ingest that would shrink the dashboard", () => {
  it("stops with the summary when the results miss one task; the database is byte-identical", async () => {
    const src = copyUpstream();
    withoutCars(src);
    const db = current();
    const r = await ingestQuiet(src, db);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toBeInstanceOf(ShrinkError);
    expect(!r.ok && r.error.message).toBe(
      "the new database would shrink the dashboard (tasks 41 → 40, evaluations 1312 → 1280); the database was not changed. " +
        "If that is intended, run the ingest again with --allow-shrink.",
    );
    // Expected counts from the current database itself, not from the code under test.
    const carsFits = count(good, "SELECT COUNT(*) AS n FROM fits WHERE task = 'cars'");
    expect(carsFits).toBeGreaterThan(0);
    expect(r.logs).toContain("  evaluations: 1312 → 1280 rows (0 added, 32 removed, 0 changed)");
    expect(r.logs).toContain(`  fits: ${count(good, "SELECT COUNT(*) AS n FROM fits")} → ${count(good, "SELECT COUNT(*) AS n FROM fits WHERE task <> 'cars'")} rows (0 added, ${carsFits} removed, 0 changed)`);
    expect(r.logs).toContain("  models: 32 → 32 rows (0 added, 0 removed, 0 changed)");
    untouched(db);
  });

  it("goes ahead with --allow-shrink (allowShrink) and reports the same changes", async () => {
    const src = copyUpstream();
    withoutCars(src);
    const db = current();
    const r = await ingestQuiet(src, db, {}, { allowShrink: true });
    if (!r.ok) throw r.error;
    expect(r.summary.diff?.shrunk).toEqual(["tasks 41 → 40", "evaluations 1312 → 1280"]);
    expect(r.summary.diff?.tables.find((t) => t.table === "evaluations")).toEqual({ table: "evaluations", before: 1312, after: 1280, added: 0, removed: 32, changed: 0 });
    expect(count(db, "SELECT COUNT(*) AS n FROM evaluations")).toBe(1280);
  });

  it("needs no flag on a first ingest (no database yet)", async () => {
    const src = copyUpstream();
    withoutCars(src);
    const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "shrink-first-")), "scaling.db");
    const r = await ingestQuiet(src, db);
    if (!r.ok) throw r.error;
    expect(r.summary.diff).toBeNull();
    expect(count(db, "SELECT COUNT(*) AS n FROM evaluations")).toBe(1280);
  });

  it("the same files again: no rows added, removed or changed, no α moved", async () => {
    const r = await ingestQuiet(SHARED, current());
    if (!r.ok) throw r.error;
    for (const t of r.summary.diff!.tables) expect([t.added, t.removed, t.changed], t.table).toEqual([0, 0, 0]);
    expect(r.summary.diff!.alphaMoves).toEqual([]);
    expect(r.logs).toContain("  fits: no α moved outside its previous 95% interval");
  });
});

describe("the summary lists fits whose α moved by more than its interval", () => {
  it("cars rewritten to follow E = 100·C^-0.3 exactly", async () => {
    const src = copyUpstream();
    // Column 3 is gmacs_total (C), column 7 acc1 (cars' metric): acc1 = 1 − 100·C^−0.3.
    editResults(src, (c) => (c[5] === "cars" ? c.map((v, i) => (i === 6 ? String(1 - 100 * Number(c[2]) ** -0.3) : v)) : c));
    const r = await ingestQuiet(src, current());
    if (!r.ok) throw r.error;
    const moved = new Map(r.summary.diff!.alphaMoves.map((m) => [m.key, m]));
    for (const group of ["LAION", "LAION-400M"]) {
      const m = moved.get(`cars / acc1 / ${group} / ols`);
      expect(m, group).toBeDefined();
      expect(m!.after).toBeCloseTo(-0.3, 9);
      expect(m!.after < m!.interval[0] || m!.after > m!.interval[1]).toBe(true);
    }
    expect([...moved.keys()].every((k) => k.startsWith("cars / acc1 / "))).toBe(true);
    // OpenAI's 3 models carry no interval (fewer than 5 points), so their α cannot be "outside" one.
    expect([...moved.keys()].some((k) => k.includes("CLIP-WIT"))).toBe(false);
    expect(r.summary.diff!.tables.find((t) => t.table === "evaluations")).toMatchObject({ added: 0, removed: 0, changed: 32 });
  });
});
