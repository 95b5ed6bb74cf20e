import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createDb } from "../../db/client";
import { IngestError } from "./run-ingest";
import { copyUpstream, ingestQuiet, sha256File, SHARED } from "../../tests/support/ingest";

// Each case breaks one upstream file in a temp copy, runs the ingest over an existing good
// database, and expects (1) a failure whose messages name file:line:column, expected and found,
// and (2) the previous database byte-identical with no temp files left behind.
let dbDir: string;
let dbPath: string;
let goodSha: string;

beforeAll(async () => {
  dbDir = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-bad-"));
  dbPath = path.join(dbDir, "scaling.db");
  const r = await ingestQuiet(SHARED, dbPath);
  if (!r.ok) throw r.error;
  goodSha = sha256File(dbPath);
});

type Edit = (dir: string) => void;
const file = (dir: string, name: string) => path.join(dir, name);
/** Replace line `n` (1-based) of a file. */
const setLine = (name: string, n: number, f: (line: string) => string): Edit => (dir) => {
  const lines = fs.readFileSync(file(dir, name), "utf8").split("\n");
  lines[n - 1] = f(lines[n - 1]!);
  fs.writeFileSync(file(dir, name), lines.join("\n"));
};
/** Replace field `col` (1-based) of line `n` (the real files have no quoted fields). */
const setCell = (name: string, n: number, col: number, value: string): Edit =>
  setLine(name, n, (l) => l.split(",").map((c, i) => (i === col - 1 ? value : c)).join(","));
const ZS = "zeroshot_results.csv";
const TM = "trained_models_info.csv";
const AI = "arch_info.csv";
const LC = "imagenet_zeroshot_learning_curves.csv";

const cases: { name: string; edit: Edit; expect: (string | RegExp)[] }[] = [
  { name: "missing column", edit: (d) => {
      const t = fs.readFileSync(file(d, AI), "utf8").split("\n").map((l) => l.split(",").slice(0, -1).join(","));
      fs.writeFileSync(file(d, AI), t.join("\n"));
    }, expect: [/^arch_info\.csv:1:14: expected the header model,image_size,.*,text_mparams, found a header without "text_mparams"$/] },
  { name: "extra column", edit: setLine(TM, 1, (l) => `${l},notes`), expect: [/^trained_models_info\.csv:1:14 \(notes\): expected the header name,arch,.*, found an unknown column "notes"$/] },
  { name: "non-numeric cell", edit: setCell(ZS, 5, 7, "abc"), expect: ['zeroshot_results.csv:5:7 (acc1): expected a number in [0, 1] or an empty cell, found "abc"'] },
  { name: "NaN", edit: setCell(AI, 3, 6, "NaN"), expect: [/^arch_info\.csv:3:6 \(gmacs\): expected .*, found "NaN"$/] },
  { name: "Infinity", edit: setCell(ZS, 9, 3, "Infinity"), expect: [/^zeroshot_results\.csv:9:3 \(gmacs_total\): expected .*, found "Infinity"$/] },
  { name: "negative GPU count", edit: setCell(TM, 2, 8, "-8"), expect: ['trained_models_info.csv:2:8 (gpus): expected a positive integer, found "-8"'] },
  { name: "accuracy above 1", edit: setCell(ZS, 12, 8, "1.5"), expect: ['zeroshot_results.csv:12:8 (acc5): expected a number in [0, 1] or an empty cell, found "1.5"'] },
  { name: "empty file", edit: (d) => fs.writeFileSync(file(d, AI), ""), expect: ["arch_info.csv:1:1: expected a header line, found an empty file"] },
  { name: "missing file", edit: (d) => fs.rmSync(file(d, LC)), expect: [/imagenet_zeroshot_learning_curves\.csv: expected the upstream file/] },
  { name: "duplicate (model, task) row", edit: (d) => {
      const t = fs.readFileSync(file(d, ZS), "utf8");
      fs.writeFileSync(file(d, ZS), `${t.trimEnd()}\n${t.split("\n")[1]}\n`);
    }, expect: [/^zeroshot_results\.csv:1314:6 \(downstream_dataset\): expected one row per \(model, task\), found a duplicate of line 2 for /] },
  { name: "unknown architecture", edit: setCell(TM, 3, 2, "ViT-Z-99"), expect: [
      'trained_models_info.csv:3:2 (arch): expected an architecture listed in arch_info.csv, found "ViT-Z-99"'] },
  { name: "result without a model card", edit: setCell(ZS, 3, 15, "Model-X-1_Data-1B.pt"), expect: [
      'zeroshot_results.csv:3:15 (name): expected a model with a card in trained_models_info.csv (or "openai"), found "Model-X-1_Data-1B.pt"'] },
  { name: "gmacs_total ≠ samples_seen × gmacs", edit: (d) => {
      const line = fs.readFileSync(file(d, ZS), "utf8").split("\n")[6]!.split(",");
      setCell(ZS, 7, 3, String(Number(line[2]) * 2))(d);
    }, expect: [/^zeroshot_results\.csv:7:3 \(gmacs_total\): expected samples_seen × gmacs = [\d.e+]+, found [\d.e+]+$/] },
  { name: "learning-curve row of an unknown model", edit: setCell(LC, 4, 3, "Model-Q.pt"), expect: [
      'imagenet_zeroshot_learning_curves.csv:4:3 (name): expected a model with a card in trained_models_info.csv, found "Model-Q.pt"'] },
  { name: "truncated last line", edit: (d) => {
      const t = fs.readFileSync(file(d, ZS), "utf8").trimEnd();
      fs.writeFileSync(file(d, ZS), t.slice(0, t.lastIndexOf(",") - 30));
    }, expect: [/^zeroshot_results\.csv:1313:\d+( \([\w@]+\))?: expected 15 fields, found \d+$/] },
  { name: "invalid UTF-8", edit: (d) => {
      const b = fs.readFileSync(file(d, TM));
      const at = b.indexOf(Buffer.from("\n")) + 1 + 5; // line 2, column 1, 6th byte
      fs.writeFileSync(file(d, TM), Buffer.concat([b.subarray(0, at), Buffer.from([0xc3, 0x28]), b.subarray(at)]));
    }, expect: ["trained_models_info.csv:2:1: expected valid UTF-8, found bytes 0xC3 0x28"] },
  { name: "non-integer epoch", edit: setCell(LC, 10, 4, "3.5"), expect: [/^imagenet_zeroshot_learning_curves\.csv:10:4 \(epoch\): expected an integer >= 0, found "3.5"$/] },
  { name: "stray quote", edit: setCell(AI, 5, 1, 'Vi"T'), expect: [/^arch_info\.csv:5:1: expected .*quote.*, found /i] },
  { name: "row with a missing field", edit: setLine(ZS, 20, (l) => l.split(",").slice(1).join(",")), expect: [/^zeroshot_results\.csv:20:15 \(name\): expected 15 fields, found 14$/] },
];

describe("malformed input: a clear error and the previous database untouched", () => {
  it("has at least 15 cases", () => expect(cases.length).toBeGreaterThanOrEqual(15));
  for (const c of cases) {
    it(c.name, async () => {
      const src = copyUpstream();
      c.edit(src);
      const r = await ingestQuiet(src, dbPath);
      expect(r.ok).toBe(false);
      const messages = !r.ok && r.error instanceof IngestError ? r.error.formatted() : [r.ok ? "" : r.error.message];
      for (const want of c.expect) {
        const hit = messages.some((m) => (typeof want === "string" ? m === want : want.test(m)));
        expect(hit, `expected ${want} among:\n${messages.slice(0, 5).join("\n")}`).toBe(true);
      }
      expect(sha256File(dbPath)).toBe(goodSha);
      expect(fs.readdirSync(dbDir).filter((f) => f.includes(".tmp-"))).toEqual([]);
    });
  }
});

describe("harmless variants are accepted with identical data", () => {
  const dump = (p: string) => {
    const db = createDb(p, { readonly: true });
    const out = ["architectures", "models", "evaluations", "learning_curve_points", "fits"]
      .map((t) => JSON.stringify(db.$client.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all())).join("\n");
    db.$client.close();
    return out;
  };
  const variants: [string, Edit][] = [
    ["UTF-8 BOM", (d) => fs.writeFileSync(file(d, ZS), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(file(d, ZS))]))],
    ["CRLF line endings", (d) => { for (const f of [ZS, TM, AI, LC]) fs.writeFileSync(file(d, f), fs.readFileSync(file(d, f), "utf8").replace(/\r?\n/g, "\r\n")); }],
    ["no newline at the end", (d) => { for (const f of [ZS, TM, LC]) fs.writeFileSync(file(d, f), fs.readFileSync(file(d, f), "utf8").trimEnd()); }],
  ];
  for (const [name, edit] of variants) {
    it(name, async () => {
      const src = copyUpstream();
      edit(src);
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "variant-")), "v.db");
      const r = await ingestQuiet(src, out);
      if (!r.ok) throw r.error;
      expect(dump(out)).toBe(dump(dbPath));
    });
  }
});
