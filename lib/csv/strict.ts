import { Parser, type CsvError } from "csv-parse";
import { parse as parseStrict } from "csv-parse/sync";
import { describeCell, IssueCollector, type CsvIssue } from "./issues";

/** Longest record kept in memory: a stray opening quote must not swallow a 1 GB file into one string. */
export const MAX_RECORD_LENGTH = 1 << 20;

/** Receives each record's fields and the physical line it starts on. */
export type RecordHandler = (fields: string[], line: number) => void;
export interface CsvParserOptions {
  file?: string; // name used in issues
  issues?: IssueCollector; // shared, so that parse, validation and decoding issues share one cap
}
type Held = { fields: string[]; line: number; end: number; blank: boolean };
type Err = CsvError & { column?: number; lines?: number };

// LF, CRLF and lone CR all end a record (CRLF first, so it is one break, not two).
const base = { record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true };
const isBreak = (c: number) => c === 10 || c === 13;
/** Line breaks (LF, or CR not before LF) in s[0, to): csv-parse's own count takes a quoted CRLF for two. */
function countBreaks(s: string, to = s.length): number {
  let k = 0;
  for (let p = 0; p < to; p++) if (s.charCodeAt(p) === 10 || (s.charCodeAt(p) === 13 && s.charCodeAt(p + 1) !== 10)) k++;
  return k;
}
const columnOf = (e: Err) => (typeof e.column === "number" ? e.column : 0) + 1;

/**
 * csv-parse, adapted: records with the physical line they start on, and our issues. It parses
 * leniently (`relax_quotes`), and re-reads strictly the rare record with a quote in a value: a
 * quoting error is reported (the first per record) and the record dropped. Blank lines at the end
 * are dropped; elsewhere a blank line is a record of one empty field. Synchronous; no BOM handling.
 */
export class StrictCsvParser {
  readonly file: string;
  readonly issues: IssueCollector;
  dropped = 0; // records dropped because of a quoting error
  truncated = false; // the input ended inside a quoted field, or a record exceeded MAX_RECORD_LENGTH
  private readonly parser: Parser;
  private stopped = false;
  private lastByte = -1;
  private held: Held[] | null = null; // records read while locating a cut (stopAndLocate)
  private quoteOpen: { line: number; column: number } | null = null;

  /** `lastEnd`/`blank`: where CsvParser hands the file over, at a record boundary. */
  constructor(private readonly onRecord: RecordHandler, options: CsvParserOptions = {}, private lastEnd = 0, private blank: number[] = []) {
    this.file = options.file ?? "<input>";
    this.issues = options.issues ?? new IssueCollector();
    this.parser = new Parser({
      ...base, relax_quotes: true, raw: true, max_record_size: MAX_RECORD_LENGTH, skip_records_with_error: true,
      on_skip: (e, raw) => void this.skipped(e as Err, raw ?? ""),
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

  /** Stop after the text fed so far and say where the next character would have gone (physical line, CSV column); the record cut there is dropped. */
  stopAndLocate(): { line: number; column: number } {
    if (this.stopped) return { line: this.lastEnd + 1, column: 1 };
    const held: Held[] = (this.held = []);
    this.end();
    this.held = null;
    // The cut record is the open quoted field's (csv-parse skipped it), or else the last one read.
    const cut = this.quoteOpen || isBreak(this.lastByte) ? undefined : held.pop();
    for (const r of held) {
      if (r.blank) this.blank.push(r.line);
      else this.emit(r.fields, r.line);
    }
    return this.quoteOpen ?? (cut ? { line: cut.end, column: cut.fields.length } : { line: this.lastEnd + 1, column: 1 });
  }

  private drain(): void {
    let r: { record: string[]; raw: string } | null;
    while ((r = this.parser.read()) !== null) this.record(r.record, r.raw);
  }

  private record(fields: string[], raw: string): void {
    const line = this.lastEnd + 1;
    const quoted = raw.includes('"');
    // Only a quoted field can hold a line break: count those, not the one that ends the record.
    this.lastEnd = line + (quoted ? countBreaks(raw, raw.length - (isBreak(raw.charCodeAt(raw.length - 1)) ? 1 : 0)) : 0);
    const blank = fields.length === 1 && fields[0] === "" && !quoted;
    if (this.held) this.held.push({ fields, line, end: this.lastEnd, blank });
    else if (blank) this.blank.push(line);
    else if (quoted && fields.some((f) => f.includes('"')) && !this.wellQuoted(raw, fields, line)) this.dropped++;
    else this.emit(fields, line);
  }

  private emit(fields: string[], line: number): void {
    for (const b of this.blank) this.onRecord([""], b);
    this.blank = [];
    this.onRecord(fields, line);
  }

  /** The strict reading of one record's raw text; on a quoting error, report it. */
  private wellQuoted(raw: string, lenient: string[], line: number): boolean {
    try {
      parseStrict(raw, base);
      return true;
    } catch (e) {
      const err = e as Err;
      const at = { file: this.file, line: line + (err.lines ?? 1) - 1, column: columnOf(err) };
      if (err.code === "INVALID_OPENING_QUOTE") {
        const found = describeCell(lenient[at.column - 1] ?? "");
        this.issues.add({ ...at, expected: "no quote inside an unquoted field (quote the whole field and double inner quotes)", found });
      } else if (err.code === "CSV_INVALID_CLOSING_QUOTE") {
        const got = /got "([\s\S])"/.exec(err.message)?.[1] ?? "?";
        this.issues.add({ ...at, expected: "a comma or a line break after the closing quote", found: `${JSON.stringify(got)} right after it` });
      } else this.issues.add({ ...at, expected: "a well-formed CSV record", found: err.message });
      return false;
    }
  }

  private skipped(err: Err, raw: string): void {
    this.drain(); // records parsed before the error come first (they set lastEnd)
    const at = { file: this.file, line: this.lastEnd + 1, column: columnOf(err) };
    if (this.held) {
      // Locating a cut: an open quote means the cut fell inside that quoted field.
      if (err.code === "CSV_QUOTE_NOT_CLOSED") this.quoteOpen = { line: at.line + countBreaks(raw), column: at.column };
      return;
    }
    this.truncated = true;
    this.dropped++;
    if (err.code === "CSV_QUOTE_NOT_CLOSED") this.issues.add({ ...at, expected: "a closing quote for the quoted field that starts here", found: "the end of the file" });
    else {
      this.stopped = true; // csv-parse stops reading the current chunk after this error: ignore the rest
      this.issues.add({ ...at, expected: `a record of at most ${MAX_RECORD_LENGTH} characters`, found: "a longer record" });
    }
  }
}
