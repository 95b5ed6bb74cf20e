import { Parser, type CsvError } from "csv-parse";
import { parse as parseStrict } from "csv-parse/sync";
import { describeCell, IssueCollector, type CsvIssue } from "./issues";

/** Longest record kept in memory: a stray opening quote must not swallow a 1 GB file into one string. */
export const MAX_RECORD_LENGTH = 1 << 20;

/** Receives each record's fields and the physical line it starts on. */
export type RecordHandler = (fields: string[], line: number) => void;

export interface CsvParserOptions {
  /** Name used in issues. */
  file?: string;
  /** Shared collector, so parse, validation and decoding issues share one cap. */
  issues?: IssueCollector;
}

// LF, CRLF and lone CR all end a record (CRLF first, so it is one break, not two).
const base = () => ({ record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true });
type Emitted = { record: string[]; raw: string };
const isBreak = (c: number | undefined) => c === 10 || c === 13;

/**
 * Line breaks in s[0, to): LF, CR not followed by LF. Counted here because csv-parse's own line count
 * takes a CRLF inside a quoted field for two lines.
 */
function countBreaks(s: string, to = s.length): number {
  let k = 0;
  for (let p = 0; p < to; p++) {
    const c = s.charCodeAt(p);
    if (c === 10 || (c === 13 && s.charCodeAt(p + 1) !== 10)) k++;
  }
  return k;
}

/** Physical lines a record spans beyond its first: only a quoted field can hold a line break. */
function extraLines(raw: string): number {
  if (!raw.includes('"')) return 0;
  return countBreaks(raw, isBreak(raw.charCodeAt(raw.length - 1)) ? raw.length - 1 : raw.length);
}

/**
 * csv-parse turned into records with their physical start line and our issues. Records are parsed
 * leniently (`relax_quotes`: a misplaced quote stays literal text), and the rare record holding a
 * quote in a value is checked again strictly: a quoting error is reported (the first per record,
 * with the whole offending field) and the record dropped. Blank lines at the end are dropped; a
 * blank line elsewhere is a record with one empty field. feed()/end() run synchronously. The
 * caller strips a BOM (see CsvParser, which hands a file over to this parser at a record boundary).
 */
export class StrictCsvParser {
  readonly file: string;
  readonly issues: IssueCollector;
  /** Records dropped because of a quoting error. */
  dropped = 0;
  /** True when the input ended inside a quoted field or a record exceeded MAX_RECORD_LENGTH. */
  truncated = false;

  private readonly parser: Parser;
  private lastEnd: number; // physical line the previous record ended on
  private blank: number[]; // lines of blank records, emitted only if a record follows
  private stopped = false;
  private lastByte = -1;
  private flushed: { fields: string[]; line: number; end: number; blank: boolean }[] | null = null;
  private quoteOpen: { line: number; column: number } | null = null;

  /** `start`: where a reader that took the file up to a record boundary hands it over (see CsvParser). */
  constructor(private readonly onRecord: RecordHandler, options: CsvParserOptions = {}, start = { lastEnd: 0, blank: [] as number[] }) {
    this.file = options.file ?? "<input>";
    this.issues = options.issues ?? new IssueCollector();
    this.lastEnd = start.lastEnd;
    this.blank = start.blank;
    this.parser = new Parser({
      ...base(), relax_quotes: true, raw: true, max_record_size: MAX_RECORD_LENGTH,
      skip_records_with_error: true,
      on_skip: (e, raw) => void this.skipped(e as CsvError, raw ?? ""),
    });
  }

  /** Parse some text (split anywhere); records complete in it go to onRecord before it returns. */
  feed(text: string): void {
    if (this.stopped || text.length === 0) return;
    this.lastByte = text.charCodeAt(text.length - 1);
    this.parser.write(Buffer.from(text, "utf8"));
    this.drain();
  }

  /** Finish the input: emit a last record without a line break; report an unterminated quote. */
  end(): CsvIssue[] {
    if (!this.stopped) {
      this.parser.end();
      this.drain();
      this.stopped = true;
    }
    return this.issues.list();
  }

  /**
   * Stop after the text fed so far (e.g. before an invalid UTF-8 sequence) and say where the
   * next character would have gone: its physical line and CSV column. The record cut there is not emitted.
   */
  stopAndLocate(): { line: number; column: number } {
    if (this.stopped) return { line: this.lastEnd + 1, column: 1 };
    this.flushed = [];
    this.parser.end();
    this.drain();
    this.stopped = true;
    const held = this.flushed;
    this.flushed = null;
    // The cut record is the open quoted field's, which csv-parse skipped, or else the last one held.
    const cut = this.quoteOpen || isBreak(this.lastByte) ? undefined : held.pop();
    for (const r of held) {
      if (r.blank) this.blank.push(r.line);
      else this.emit(r.fields, r.line);
    }
    if (this.quoteOpen) return this.quoteOpen;
    if (cut) return { line: cut.end, column: cut.fields.length };
    return { line: this.lastEnd + 1, column: 1 };
  }

  private drain(): void {
    let r: Emitted | null;
    while ((r = this.parser.read() as Emitted | null) !== null) this.record(r);
  }

  private record({ record, raw }: Emitted): void {
    const line = this.lastEnd + 1;
    this.lastEnd = line + extraLines(raw);
    const blank = record.length === 1 && record[0] === "" && !raw.includes('"');
    if (this.flushed) {
      this.flushed.push({ fields: record, line, end: this.lastEnd, blank });
      return;
    }
    if (blank) {
      this.blank.push(line);
      return;
    }
    if (raw.includes('"') && record.some((f) => f.includes('"')) && !this.wellQuoted(raw, record, line)) {
      this.dropped++;
      return;
    }
    this.emit(record, line);
  }

  private emit(fields: string[], line: number): void {
    for (const b of this.blank) this.onRecord([""], b);
    this.blank = [];
    this.onRecord(fields, line);
  }

  /** The strict reading of one record's raw text; on a quoting error, report it. */
  private wellQuoted(raw: string, lenient: string[], line: number): boolean {
    try {
      parseStrict(raw, base());
      return true;
    } catch (e) {
      const err = e as CsvError & { lines?: number; column?: number };
      const column = (typeof err.column === "number" ? err.column : 0) + 1;
      const at = { file: this.file, line: line + (err.lines ?? 1) - 1, column };
      if (err.code === "INVALID_OPENING_QUOTE") {
        const found = describeCell(lenient[column - 1] ?? "");
        this.issues.add({ ...at, expected: "no quote inside an unquoted field (quote the whole field and double inner quotes)", found });
      } else if (err.code === "CSV_INVALID_CLOSING_QUOTE") {
        const got = /got "([\s\S])"/.exec(err.message)?.[1] ?? "?";
        this.issues.add({ ...at, expected: "a comma or a line break after the closing quote", found: `${JSON.stringify(got)} right after it` });
      } else {
        this.issues.add({ ...at, expected: "a well-formed CSV record", found: err.message });
      }
      return false;
    }
  }

  private skipped(err: CsvError & { column?: number }, raw: string): void {
    this.drain(); // records parsed before the error come first (they set lastEnd)
    const column = (typeof err.column === "number" ? err.column : 0) + 1;
    if (this.flushed) {
      // Locating a cut: an open quote means the cut fell inside that quoted field.
      if (err.code === "CSV_QUOTE_NOT_CLOSED") this.quoteOpen = { line: this.lastEnd + 1 + countBreaks(raw), column };
      return;
    }
    this.truncated = true;
    this.dropped++;
    if (err.code === "CSV_QUOTE_NOT_CLOSED") {
      this.issues.add({ file: this.file, line: this.lastEnd + 1, column, expected: "a closing quote for the quoted field that starts here", found: "the end of the file" });
    } else {
      // csv-parse stops reading the current chunk after this error: ignore the rest of the input.
      this.stopped = true;
      this.issues.add({ file: this.file, line: this.lastEnd + 1, column, expected: `a record of at most ${MAX_RECORD_LENGTH} characters`, found: "a longer record" });
    }
  }
}
