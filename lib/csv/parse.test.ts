import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatIssue } from "./issues";
import { CsvParser, MAX_RECORD_LENGTH, parseCsv } from "./parse";

const rec = (text: string) => parseCsv(text, "t.csv").records.map((r) => [r.line, ...r.fields]);
const msgs = (text: string) => parseCsv(text, "t.csv").issues.map(formatIssue);

describe("parseCsv (RFC 4180)", () => {
  it("splits simple rows with LF, CRLF, lone CR, and no final line break", () => {
    expect(rec("a,b\n1,2\n")).toEqual([[1, "a", "b"], [2, "1", "2"]]);
    expect(rec("a,b\r\n1,2\r\n")).toEqual([[1, "a", "b"], [2, "1", "2"]]);
    expect(rec("a,b\r1,2")).toEqual([[1, "a", "b"], [2, "1", "2"]]);
    expect(rec("a,b\n1,2")).toEqual([[1, "a", "b"], [2, "1", "2"]]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(rec(",\n,x,\n")).toEqual([[1, "", ""], [2, "", "x", ""]]);
    expect(rec("a,")).toEqual([[1, "a", ""]]);
  });

  it("unquotes fields: commas, doubled quotes, embedded CRLF and LF", () => {
    expect(rec('"a,b","say ""hi""",""\n"x\r\ny","p\nq"\nlast,1\n')).toEqual([
      [1, "a,b", 'say "hi"', ""],
      [2, "x\r\ny", "p\nq"],
      [5, "last", "1"],
    ]);
  });

  it("drops blank lines at the end; a blank line before a record is a one-field record", () => {
    expect(rec("a\n1\n\n\n")).toEqual([[1, "a"], [2, "1"]]);
    expect(rec("a\r\n\r\n1\r\n\r\n")).toEqual([[1, "a"], [2, ""], [3, "1"]]);
    expect(rec("")).toEqual([]);
    expect(rec("\n")).toEqual([]);
    expect(rec('""\n')).toEqual([[1, ""]]);
  });

  it("reports an unterminated quote where the field starts and drops that record", () => {
    const r = parseCsv('a,b\n1,"2\n3\n', "t.csv");
    expect(r.records.map((x) => x.fields)).toEqual([["a", "b"]]);
    expect(r.issues.map(formatIssue)).toEqual(["t.csv:2:2: expected a closing quote for the quoted field that starts here, found the end of the file"]);
  });

  it("reports a stray quote and text after a closing quote, one issue per record, and keeps going", () => {
    expect(msgs('a,b\n1,x"y""z\n"p"q,2\n3,4\n')).toEqual([
      't.csv:2:2: expected no quote inside an unquoted field (quote the whole field and double inner quotes), found "x\\"y\\"\\"z"',
      't.csv:3:1: expected a comma or a line break after the closing quote, found "q" right after it',
    ]);
    expect(rec('a,b\n1,x"y\n"p"q,2\n3,4\n')).toEqual([[1, "a", "b"], [4, "3", "4"]]);
  });

  it("caps a runaway record instead of holding it all, and reads no further", () => {
    const big = "x".repeat(MAX_RECORD_LENGTH + 10);
    const r = parseCsv(`a\n${big}\nok\n`, "t.csv");
    expect(r.records.map((x) => x.fields.map((f) => f.length))).toEqual([[1]]);
    expect(r.issues.map(formatIssue)).toEqual([`t.csv:2:1: expected a record of at most ${MAX_RECORD_LENGTH} characters, found a longer record`]);
    // Fed in chunks, the text inside an unclosed quote is not accumulated past the cap.
    const p = new CsvParser(() => {}, { file: "t.csv" });
    p.feed('a\n"');
    for (let k = 0; k < 40; k++) p.feed("y".repeat(1 << 16));
    expect(p.truncated).toBe(true);
    expect(p.end().map(formatIssue)).toEqual([`t.csv:2:1: expected a record of at most ${MAX_RECORD_LENGTH} characters, found a longer record`]);
  });
});

describe("CsvParser streaming", () => {
  const tricky = 'h1,h2,h3\r\n"a ""q"", b",2,\r\n"multi\r\nline\nfield",x,"y"\n\n"",,"\r"\rlast,"",z\r\n\r\n';

  function chunked(text: string, cuts: number[]) {
    const out: [number, ...string[]][] = [];
    const p = new CsvParser((f, l) => out.push([l, ...f]), { file: "t.csv" });
    let prev = 0;
    for (const c of [...cuts, text.length]) {
      p.feed(text.slice(prev, c));
      prev = c;
    }
    const issues = p.end();
    return { out, issues };
  }

  it("parses the tricky text as expected", () => {
    expect(chunked(tricky, []).out).toEqual([
      [1, "h1", "h2", "h3"],
      [2, 'a "q", b', "2", ""],
      [3, "multi\r\nline\nfield", "x", "y"],
      [6, ""],
      [7, "", "", "\r"],
      [9, "last", "", "z"],
    ]);
  });

  it("gives the same records for every split point and for one character at a time", () => {
    const whole = chunked(tricky, []);
    for (let cut = 0; cut <= tricky.length; cut++) expect(chunked(tricky, [cut]), `cut ${cut}`).toEqual(whole);
    expect(chunked(tricky, Array.from({ length: tricky.length }, (_, i) => i))).toEqual(whole);
  });

  it("stopAndLocate() gives the physical line and CSV column of the next character", () => {
    const p = new CsvParser(() => {});
    p.feed('a,b\n"x\ny",1,');
    expect(p.stopAndLocate()).toEqual({ line: 3, column: 3 });
    const q = new CsvParser(() => {});
    q.feed('a,b\n"x\r\ny",1,"open\r\nquote');
    expect(q.stopAndLocate()).toEqual({ line: 4, column: 3 });
    const r = new CsvParser(() => {});
    r.feed("a,b\r\n1,2\r\n");
    expect(r.stopAndLocate()).toEqual({ line: 3, column: 1 });
  });
});

describe("the quote-free path and csv-parse read every text alike", () => {
  // CsvParser splits quote-free lines on commas itself and hands the rest of a file to csv-parse
  // (`quick: false`). On any text, in any chunks, it must give what csv-parse alone gives.
  type Run = { records: [number, ...string[]][]; issues: string[]; dropped: number; truncated: boolean; at?: { line: number; column: number } };
  function run(make: (on: (f: string[], l: number) => void) => CsvParser, chunks: string[], stop: boolean): Run {
    const records: [number, ...string[]][] = [];
    const p = make((f, l) => records.push([l, ...f]));
    for (const c of chunks) p.feed(c);
    const at = stop ? p.stopAndLocate() : undefined;
    const issues = p.end().map(formatIssue);
    return { records, issues, dropped: p.dropped, truncated: p.truncated, ...(at ? { at } : {}) };
  }
  // Mostly quote-free lines (the quick path), sometimes a quote, a CR or a blank line.
  const line = fc.string({ unit: fc.constantFrom("a", "b", "1", ",", ",", " ", "é"), maxLength: 8 });
  const sep = fc.constantFrom("\n", "\n", "\n", "\r\n", "\r", "");
  const text = fc.oneof(
    fc.array(fc.tuple(line, sep).map(([l, s]) => l + s), { maxLength: 12 }).map((xs) => xs.join("")),
    fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", " "), maxLength: 40 }),
    fc.tuple(fc.array(line.map((l) => `${l}\n`), { maxLength: 6 }), fc.constantFrom('"q,\nx"', 'x"y', '"p"q', '"open', '""', "\r", "\r\n"), fc.array(line.map((l) => `${l}\n`), { maxLength: 4 })).map(
      ([a, mid, b]) => a.join("") + mid + b.join(""),
    ),
  );
  const split = (t: string, cuts: number[]) => {
    const at = [...new Set(cuts.map((c) => c % (t.length + 1)))].sort((x, y) => x - y);
    return [...at, t.length].map((c, i) => t.slice(i === 0 ? 0 : at[i - 1], c));
  };

  it("same records, lines, issues and stop position for random texts and chunkings", () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 4 }), fc.boolean(), (t, cuts, stop) => {
        const chunks = split(t, cuts);
        const strict = run((on) => new CsvParser(on, { file: "t.csv", quick: false }), [t], stop);
        expect(run((on) => new CsvParser(on, { file: "t.csv" }), chunks, stop), JSON.stringify(chunks)).toEqual(strict);
      }),
      { numRuns: 3000 },
    );
  });

  it("the quick path takes quote-free text and long files with one quote late are still exact", () => {
    const body = Array.from({ length: 3000 }, (_, i) => `r${i},${i % 7},,x`).join("\r\n");
    const t = `h1,h2,h3,h4\r\n${body}\r\n"q\r\nq",1,2,3\r\nlast,1,2,3\r\n`;
    const chunks = split(t, [5, 70001, 70002, t.length - 9]);
    expect(run((on) => new CsvParser(on), chunks, false)).toEqual(run((on) => new CsvParser(on, { quick: false }), [t], false));
  });
});
