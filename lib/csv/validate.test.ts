import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TOKENS } from "./__fixtures__/tokens";
import { formatIssue } from "./issues";
import { CsvParser, parseCsv } from "./parse";
import { readCsv } from "./read";
import { fileSpecs, learningCurvesFile, zeroshotResultsFile, type FileSpec } from "./schemas";
import { RowValidator, validateRecords } from "./validate";

const CURVES_HEADER = learningCurvesFile.header.join(",");

describe("validateRecords / RowValidator", () => {
  it("accepts a header-only file with 0 rows", () => {
    const { records } = parseCsv(`${CURVES_HEADER}\n`, "h.csv");
    expect(validateRecords("h.csv", learningCurvesFile, records)).toEqual({ rows: [], issues: [] });
  });

  it("reports an empty file once", () => {
    expect(validateRecords("e.csv", learningCurvesFile, []).issues.map(formatIssue)).toEqual(["e.csv:1:1: expected a header line, found an empty file"]);
  });

  it("streams from the parser callback", () => {
    const v = new RowValidator("s.csv", learningCurvesFile);
    const rows: unknown[] = [];
    const p = new CsvParser((f, l) => {
      const r = v.record(f, l);
      if (r) rows.push(r);
    }, { file: "s.csv", issues: v.issues });
    p.feed(`${CURVES_HEADER}\n0.5,0.75,toy,3\n0.5,0.75,toy,x\n`);
    p.end();
    expect(rows).toEqual([{ "imagenet-zeroshot-val-top1": 0.5, "imagenet-zeroshot-val-top5": 0.75, name: "toy", epoch: 3, line: 2 }]);
    expect(v.finish().map(formatIssue)).toEqual(['s.csv:3:4 (epoch): expected an integer >= 0, found "x"']);
    expect([v.accepted, v.rejected]).toEqual([1, 1]);
  });

  it("caps listed issues at 200 and summarises the rest", () => {
    const text = `${CURVES_HEADER}\n${"2,0.5,toy,1\n".repeat(1000)}`;
    const r = readCsv(new TextEncoder().encode(text), "big.csv", learningCurvesFile);
    expect(r.issues).toHaveLength(201);
    expect(r.issueCount).toBe(1000);
    expect(r.rejected).toBe(1000);
    expect(formatIssue(r.issues[199]!)).toBe('big.csv:201:1 (imagenet-zeroshot-val-top1): expected a number in [0, 1], found "2"');
    expect(formatIssue(r.issues[200]!)).toBe("big.csv:202:1: expected fewer problems (only the first 200 are listed), found … and 800 more from here on");
  });
});

// Random rows (seeded, invented): each cell is usually a token its column accepts, sometimes any token.
function generate(spec: FileSpec<unknown>, n: number, seed: number): string {
  let s = seed;
  const rnd = (k: number) => ((s = (s * 1103515245 + 12345) >>> 0) >>> 8) % k;
  const pool = [...TOKENS, "0.25", "toy-a.pt", "https://example.org/t.pt"];
  const valid = spec.cells.map((cell) => pool.filter((t) => cell.schema.safeParse(t).success));
  const pick = (list: readonly string[]) => list[rnd(list.length)] ?? "";
  const q = (t: string) => (/[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);
  const lines = [spec.header.join(",")];
  for (let i = 0; i < n; i++) lines.push(valid.map((v) => q(rnd(20) === 0 ? pick(pool) : pick(v))).join(","));
  return lines.join("\n");
}

describe("generated rows: the schema decides, every rejected cell is reported", () => {
  it.each(Object.values(fileSpecs).map((s): [string, FileSpec<unknown>] => [s.name, s]))("%s", (name, spec) => {
    const bytes = new TextEncoder().encode(generate(spec, 3000, name.length));
    const read = readCsv(bytes, name, spec, { limit: 100000 });
    expect(read.rows.length).toBeGreaterThan(0);
    expect(read.issues.length).toBeGreaterThan(0);
    const raw = new Map(parseCsv(new TextDecoder().decode(bytes), name).records.map((r) => [r.line, r.fields]));
    const accepted = new Set(read.rows.map((r) => r.line));
    for (const [line, fields] of raw) {
      if (line === 1) continue;
      // Cell by cell, independently of the row schema: which cells does each column's schema reject?
      const badColumns = spec.cells.flatMap((cell, c) => (cell.schema.safeParse(fields[c]).success ? [] : [c + 1]));
      const reported = read.issues.filter((i) => i.line === line).map((i) => i.column);
      expect(reported, `line ${line}`).toEqual(badColumns);
      expect(accepted.has(line), `line ${line}`).toBe(badColumns.length === 0);
    }
    for (const row of read.rows) {
      const fields = raw.get(row.line)!;
      const { line, ...typed } = row as Record<string, unknown>;
      expect(line).toBe(row.line);
      expect(spec.schema.parse(Object.fromEntries(spec.header.map((h, c) => [h, fields[c]])))).toEqual(typed);
    }
  });
});

const DATA = `${process.env.SCALING_DATA_DIR ?? "../shared/data/scaling-laws-openclip"}/`;

describe.skipIf(!existsSync(DATA))("the real upstream files", () => {
  it.each([
    ["arch_info.csv", 28],
    ["trained_models_info.csv", 29],
    ["zeroshot_results.csv", 1312],
    ["imagenet_zeroshot_learning_curves.csv", 3359],
  ] as const)("%s validates cleanly (%i rows)", (name, count) => {
    const r = readCsv(new Uint8Array(readFileSync(DATA + name)), name, fileSpecs[name] as FileSpec<unknown>);
    expect(r.issues.map(formatIssue)).toEqual([]);
    expect(r.rows).toHaveLength(count);
  });

  it("keeps empty metrics as null and float-written sample counts as integers", () => {
    const r = readCsv(new Uint8Array(readFileSync(DATA + "zeroshot_results.csv")), "zeroshot_results.csv", zeroshotResultsFile);
    const retrieval = r.rows.find((x) => x.task === "zeroshot_retrieval");
    expect(retrieval?.acc1).toBeNull();
    expect(r.rows.every((x) => Number.isInteger(x.samples_seen))).toBe(true);
  });
});
