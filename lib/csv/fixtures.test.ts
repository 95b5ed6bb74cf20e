import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatIssue } from "./issues";
import { createCsvReader, readCsv } from "./read";
import { archInfoFile, learningCurvesFile, trainedModelsFile, zeroshotResultsFile, type FileSpec } from "./schemas";

// Golden fixtures: invented rows in __fixtures__/, each malformed one with its exact messages
// written by hand. The file name in a message is the fixture's name.
const dir = fileURLToPath(new URL("./__fixtures__/", import.meta.url));
const bytes = (name: string) => new Uint8Array(readFileSync(dir + name));
const read = <Row>(name: string, spec: FileSpec<Row>) => readCsv(bytes(name), name, spec);

const H = "the header imagenet-zeroshot-val-top1,imagenet-zeroshot-val-top5,name,epoch";
const TOP1 = "(imagenet-zeroshot-val-top1): expected a number in [0, 1]";
const TOP5 = "(imagenet-zeroshot-val-top5): expected a number in [0, 1] or an empty cell";

const golden: [string, FileSpec<unknown>, string[]][] = [
  ["curves.missing-column.csv", learningCurvesFile, [`curves.missing-column.csv:1:4: expected ${H}, found a header without "epoch"`]],
  ["curves.extra-column.csv", learningCurvesFile, [`curves.extra-column.csv:1:5 (note): expected ${H}, found an unknown column "note"`]],
  [
    "curves.duplicate-column.csv",
    learningCurvesFile,
    [
      `curves.duplicate-column.csv:1:2: expected ${H}, found a header without "imagenet-zeroshot-val-top5"`,
      `curves.duplicate-column.csv:1:3 (name): expected ${H}, found "name" a second time (first at column 2)`,
    ],
  ],
  [
    "curves.reordered.csv",
    learningCurvesFile,
    [`curves.reordered.csv:1:1 (name): expected ${H}, found the columns in another order: name,imagenet-zeroshot-val-top1,imagenet-zeroshot-val-top5,epoch`],
  ],
  ["empty.csv", learningCurvesFile, ["empty.csv:1:1: expected a header line, found an empty file"]],
  ["results.non-numeric.csv", zeroshotResultsFile, ['results.non-numeric.csv:3:7 (acc1): expected a number in [0, 1] or an empty cell, found "abc"']],
  ["curves.nan.csv", learningCurvesFile, [`curves.nan.csv:2:1 ${TOP1}, found "NaN"`]],
  ["results.negative.csv", zeroshotResultsFile, ['results.negative.csv:2:4 (gmacs): expected a number > 0, found "-2.5"']],
  ["results.above-one.csv", zeroshotResultsFile, ['results.above-one.csv:2:8 (acc5): expected a number in [0, 1] or an empty cell, found "1.25"']],
  [
    "curves.field-count.csv",
    learningCurvesFile,
    ["curves.field-count.csv:3:5: expected 4 fields, found 5", "curves.field-count.csv:4:4 (epoch): expected 4 fields, found 3"],
  ],
  [
    "curves.truncated-quote.csv",
    learningCurvesFile,
    ["curves.truncated-quote.csv:3:3: expected a closing quote for the quoted field that starts here, found the end of the file"],
  ],
  ["curves.invalid-utf8.csv", learningCurvesFile, ["curves.invalid-utf8.csv:3:3: expected valid UTF-8, found bytes 0xC3 0x28"]],
  [
    "curves.stray-quote.csv",
    learningCurvesFile,
    ['curves.stray-quote.csv:2:3: expected no quote inside an unquoted field (quote the whole field and double inner quotes), found "toy\\"b.pt"'],
  ],
  ["curves.junk-after-quote.csv", learningCurvesFile, ['curves.junk-after-quote.csv:2:3: expected a comma or a line break after the closing quote, found "." right after it']],
  ["curves.non-integer-epoch.csv", learningCurvesFile, ['curves.non-integer-epoch.csv:2:4 (epoch): expected an integer >= 0, found "2.5"']],
  ["models.bad-url.csv", trainedModelsFile, ['models.bad-url.csv:2:13 (url): expected an http(s) URL, found "ftp://example.org/toy-a.pt"']],
  ["results.fractional-samples.csv", zeroshotResultsFile, ['results.fractional-samples.csv:2:2 (samples_seen): expected a positive integer, found "1.5"']],
  [
    "curves.many-bad-cells.csv",
    learningCurvesFile,
    [
      `curves.many-bad-cells.csv:2:1 ${TOP1}, found " 0.5"`,
      `curves.many-bad-cells.csv:2:2 ${TOP5}, found "Infinity"`,
      "curves.many-bad-cells.csv:2:3 (name): expected a non-empty value without surrounding spaces, found an empty cell",
      'curves.many-bad-cells.csv:2:4 (epoch): expected an integer >= 0, found "-1"',
      `curves.many-bad-cells.csv:3:1 ${TOP1}, found "0x10"`,
      `curves.many-bad-cells.csv:3:2 ${TOP5}, found "1e999"`,
      'curves.many-bad-cells.csv:3:3 (name): expected a non-empty value without surrounding spaces, found "toy a.pt "',
      `curves.many-bad-cells.csv:4:1 ${TOP1}, found "1,5"`,
      `curves.many-bad-cells.csv:4:2 ${TOP5}, found "+0.5"`,
      "curves.many-bad-cells.csv:4:4 (epoch): expected an integer >= 0, found an empty cell",
    ],
  ],
];

describe("golden fixtures: every problem, exact message", () => {
  it.each(golden)("%s", (name, spec, expected) => {
    const fast = read(name, spec);
    expect(fast.issues.map(formatIssue)).toEqual(expected);
  });

  it("keeps the good rows of a file with bad ones and counts the rejected", () => {
    const r = read("curves.field-count.csv", learningCurvesFile);
    expect(r.rows.map((x) => x.line)).toEqual([2, 5]);
    expect([r.accepted, r.rejected, r.structural]).toEqual([2, 2, false]);
    const t = read("curves.truncated-quote.csv", learningCurvesFile);
    expect([t.accepted, t.rejected, t.structural]).toEqual([1, 1, true]);
  });

  it("flags structural failures: bad header, bad bytes, empty file", () => {
    expect(read("curves.missing-column.csv", learningCurvesFile)).toMatchObject({ accepted: 0, rejected: 1, structural: true });
    expect(read("curves.invalid-utf8.csv", learningCurvesFile)).toMatchObject({ accepted: 1, structural: true });
    expect(read("empty.csv", learningCurvesFile)).toMatchObject({ accepted: 0, rejected: 0, structural: true });
  });
});

describe("harmless variants parse to identical rows", () => {
  const base = read("curves.valid.csv", learningCurvesFile);

  it("the base file", () => {
    expect(base.issues).toEqual([]);
    expect(base.rows).toEqual([
      { "imagenet-zeroshot-val-top1": 0.125, "imagenet-zeroshot-val-top5": 0.25, name: "toy-a.pt", epoch: 0, line: 2 },
      { "imagenet-zeroshot-val-top1": 0.5, "imagenet-zeroshot-val-top5": null, name: "toy-a.pt", epoch: 1, line: 3 },
      { "imagenet-zeroshot-val-top1": 0.75, "imagenet-zeroshot-val-top5": 1, name: "toy-b.pt", epoch: 12, line: 4 },
    ]);
  });

  it.each(["curves.bom.csv", "curves.crlf.csv", "curves.no-final-newline.csv", "curves.trailing-empty-line.csv"])("%s", (name) => {
    const r = read(name, learningCurvesFile);
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual(base.rows);
  });
});

describe("valid fixtures of the other files", () => {
  it("results: empty metrics → null, float-written counts → integers", () => {
    const r = read("results.valid.csv", zeroshotResultsFile);
    expect(r.issues).toEqual([]);
    expect(r.rows.map((x) => [x.line, x.samples_seen, x.acc1, x["image_retrieval_recall@5"], x.mean_average_precision])).toEqual([
      [2, 2000000000, 0.25, null, null],
      [3, 2000000000, null, 0.625, null],
      [4, 4000000000, null, null, 0.125],
    ]);
  });

  it("arch info without a final line break", () => {
    const r = read("arch.valid.csv", archInfoFile);
    expect(r.issues).toEqual([]);
    expect(r.rows).toEqual([
      {
        model: "Toy-S-1", image_size: 64, image_width: 128, text_width: 96, embed_dim: 32, gmacs: 2.5, macts: 3.5, mparams: 10.25,
        image_gmacs: 1.5, image_macts: 2, image_mparams: 6, text_gmacs: 1, text_macts: 1.5, text_mparams: 4.25, line: 2,
      },
    ]);
  });
});

describe("quoted fields spanning lines", () => {
  it("keep the physical line numbers of later rows", () => {
    const r = read("models.multiline.csv", trainedModelsFile);
    expect(r.issues.map(formatIssue)).toEqual(['models.multiline.csv:5:8 (gpus): expected a positive integer, found "0"']);
    expect(r.rows).toHaveLength(1);
    expect(r.rows[0]).toMatchObject({ name: "toy-a.pt", detailed_training_info: "line one, with a comma\nline two\nline three", line: 2 });
  });

  it("keep commas and doubled quotes", () => {
    const r = read("models.valid.csv", trainedModelsFile);
    expect(r.issues).toEqual([]);
    expect(r.rows[1]).toMatchObject({ detailed_training_info: 'warmup, then "cosine"\nwith restarts', url: "http://example.org/toy-b.pt", lr: 0.001, line: 3 });
  });
});

describe("every byte split of every fixture gives the same result", () => {
  const cases: [string, FileSpec<unknown>][] = [
    ...golden.map(([n, s]): [string, FileSpec<unknown>] => [n, s]),
    ["models.multiline.csv", trainedModelsFile],
    ["curves.bom.csv", learningCurvesFile],
    ["curves.crlf.csv", learningCurvesFile],
  ];
  it.each(cases)("%s", (name, spec) => {
    const all = bytes(name);
    const whole = readCsv(all, name, spec);
    for (let cut = 0; cut <= all.length; cut++) {
      const rows: unknown[] = [];
      const reader = createCsvReader(name, spec, (r) => rows.push(r));
      reader.write(all.subarray(0, cut));
      reader.write(all.subarray(cut));
      const summary = reader.end();
      expect({ rows, issues: summary.issues }, `cut at byte ${cut}`).toEqual({ rows: whole.rows, issues: whole.issues });
    }
  });
});
