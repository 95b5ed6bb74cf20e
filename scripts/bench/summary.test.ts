import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { summaryRows, writeSummary } from "./summary";

describe("bench summary", () => {
  it("reads the rows format, flat objects, missing scripts and failures", () => {
    const rows = summaryRows([
      { name: "load", status: "ok", seconds: 12, json: { bench: "load", ok: true, rows: [{ metric: "p99", value: 31, unit: "ms", goal: "< 50", pass: true }] } },
      { name: "ingest", status: "ok", seconds: 3, json: { bench: "ingest", real_ms_median: 253.456, rows_per_s: 297740.4, synthetic_s: 0.0656512, nested: { x: 1 } } },
      { name: "export", status: "missing", seconds: 0 },
      { name: "web", status: "exit 1", seconds: 5 },
      { name: "kill", status: "exit 1", seconds: 9, json: { bench: "kill", ok: false, rows: [{ metric: "neither", value: 2, pass: false }] } },
    ]);
    expect(rows).toContainEqual(["load (12 s)", "p99", "31 ms", "< 50", "yes"]);
    expect(rows).toContainEqual(["ingest (3 s)", "real_ms_median", "253.5", "", ""]);
    expect(rows).toContainEqual(["ingest (3 s)", "rows_per_s", "297,740", "", ""]);
    expect(rows).toContainEqual(["ingest (3 s)", "synthetic_s", "0.06565", "", ""]);
    expect(rows.some((r) => r[1] === "nested")).toBe(false);
    expect(rows).toContainEqual(["export", "–", "script not present (skipped)", "", ""]);
    expect(rows).toContainEqual(["web (5 s)", "–", "exit 1, no BENCH_JSON line", "", "**NO**"]);
    expect(rows).toContainEqual(["kill (9 s)", "exit status", "exit 1", "0", "**NO**"]);
    expect(rows).toContainEqual(["kill (9 s)", "neither", "2", "", "**NO**"]);
  });

  it("rewrites only the text between the summary markers", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-md-")), "B.md");
    fs.writeFileSync(file, "# B\n<!-- bench:summary -->\nold\n<!-- /bench:summary -->\n## bench:ingest\nkeep\n");
    expect(writeSummary(file, [["load", "p99", "31 ms", "< 50", "yes"]], new Date("2026-01-02T03:04:00Z"), false)).toBe(true);
    const text = fs.readFileSync(file, "utf8");
    expect(text).not.toContain("\nold\n");
    expect(text).toContain("| load | p99 | 31 ms | < 50 | yes |");
    expect(text).toContain("2026-01-02 03:04 UTC");
    expect(text.endsWith("<!-- /bench:summary -->\n## bench:ingest\nkeep\n")).toBe(true);
    fs.writeFileSync(file, "no markers");
    expect(writeSummary(file, [], new Date(), false)).toBe(false);
  });
});
