import { Parser, type CsvError } from "csv-parse";
import { parse as parseStrict } from "csv-parse/sync";
import { describeCell, IssueCollector, type CsvIssue } from "./issues";

/** Longest record kept in memory: a stray opening quote must not swallow a 1 GB file into one string. */
export const MAX_RECORD_LENGTH = 1 << 20;
// A record of n characters is at most 3n bytes: a longer line goes to csv-parse, which enforces the cap.
const QUICK_MAX_LINE = Math.floor(MAX_RECORD_LENGTH / 3);

/** Receives each record's fields and the physical line it starts on. */
export type RecordHandler = (fields: string[], line: number) => void;
export interface CsvParserOptions {
  file?: string; // name used in issues
  issues?: IssueCollector; // shared, so that parse, validation and decoding issues share one cap
  quick?: boolean; // false: csv-parse reads every line, not only those from the first quote on
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
 * Streaming CSV reader (RFC 4180; LF, CRLF or lone CR; one leading BOM dropped): csv-parse, adapted
 * to records with the physical line they start on and to our issues. Before the first line that
 * holds a double quote every comma ends a field and every line break a record, and this class
 * splits those lines itself; from that line on csv-parse reads the rest of the file. Both give the
 * same records, lines and issues (property-tested against `quick: false` in parse.test.ts).
 * csv-parse parses leniently (`relax_quotes`) and the rare record with a quote in a value is re-read
 * strictly: a quoting error is reported (the first per record) and the record dropped. Blank lines
 * at the end are dropped; elsewhere a blank line is a record of one empty field. feed()/end() run
 * synchronously.
 */
export class CsvParser {
  readonly file: string;
  readonly issues: IssueCollector;
  dropped = 0; // records dropped because of a quoting error
  truncated = false; // the input ended inside a quoted field, or a record exceeded MAX_RECORD_LENGTH
  private csv: Parser | null = null; // csv-parse, from the first quote on
  private pending = ""; // quick path: text after the last complete line
  private started = false;
  private stopped = false;
  private lastEnd = 0; // physical line of the last record read
  private lastByte = -1;
  private blank: number[] = []; // lines of blank records, emitted only if a record follows
  private held: Held[] | null = null; // records read while locating a cut (stopAndLocate)
  private quoteOpen: { line: number; column: number } | null = null;

  constructor(private readonly onRecord: RecordHandler, options: CsvParserOptions = {}) {
    this.file = options.file ?? "<input>";
    this.issues = options.issues ?? new IssueCollector();
    if (options.quick === false) this.handOver("");
  }

  /** Parse some text (split anywhere); records complete in it go to onRecord before it returns. */
  feed(text: string): void {
    if (this.stopped || text.length === 0) return;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.csv) return this.write(text);
    const k = this.pending === "" ? -1 : text.search(/\r\n|\r(?!$)|\n/);
    if (k < 0) return this.lines(this.pending === "" ? text : this.pending + text, 0, false);
    // Finish the line cut at the last chunk's end on its own, then scan `text` itself from where the
    // next line starts: a concatenation (a cons string) is scanned ~2× slower.
    const head = k + (text.charCodeAt(k) === 13 && text.charCodeAt(k + 1) === 10 ? 2 : 1);
    this.lines(this.pending + text.slice(0, head), 0, true);
    if (this.csv) this.write(text.slice(head)); // that line holds a quote
    else this.lines(text, head, false);
  }

  /** Finish the input: emit a last record without a line break; report an unterminated quote. */
  end(): CsvIssue[] {
    if (!this.stopped) {
      if (!this.csv) this.lines(this.pending, 0, true);
      this.csv?.end();
      this.drain();
      this.stopped = true;
    }
    return this.issues.list();
  }

  /** Stop after the text fed so far and say where the next character would have gone (physical line, CSV column); the record cut there is dropped. */
  stopAndLocate(): { line: number; column: number } {
    if (this.stopped) return { line: this.lastEnd + 1, column: 1 };
    if (!this.csv) this.handOver(this.pending);
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

  /**
   * Read the complete lines of p[from…] up to the first line that holds a quote; csv-parse reads on
   * from that line. Without quotes every comma ends a field and every LF, CR or CRLF a record. The
   * rest is kept in `pending`; `final`: no text follows p's last line (the end of the input, or p
   * ends with a line break), else a CR at its end may be half a CRLF and waits for more text.
   */
  private lines(p: string, from: number, final: boolean): void {
    const quote = p.indexOf('"', from);
    const stop = quote >= 0 ? quote : final ? p.length : p.length - (p.endsWith("\r") ? 1 : 0);
    let start = from; // of the current field
    let record = from; // start of the current record
    let fields: string[] = [];
    for (let i = from; i < stop; i++) {
      const c = p.charCodeAt(i);
      if (c > 44) continue; // not a comma, CR or LF (most characters)
      if (c === 44) {
        fields.push(p.slice(start, i));
        start = i + 1;
      } else if (c === 10 || c === 13) {
        if (i - record > QUICK_MAX_LINE) return this.handOver(p.slice(record)); // rare; csv-parse enforces the cap
        fields.push(p.slice(start, i));
        if (c === 13 && p.charCodeAt(i + 1) === 10) i++;
        this.quickRecord(fields);
        fields = [];
        start = record = i + 1;
      }
    }
    if (final && quote < 0 && record < p.length && p.length - record <= QUICK_MAX_LINE) {
      fields.push(p.slice(start));
      this.quickRecord(fields);
      record = p.length;
    }
    this.pending = p.slice(record);
    if (quote >= 0 || this.pending.length > QUICK_MAX_LINE) this.handOver(this.pending);
  }

  private quickRecord(fields: string[]): void {
    const line = ++this.lastEnd;
    if (fields.length === 1 && fields[0] === "") this.blank.push(line);
    else this.emit(fields, line);
  }

  private emit(fields: string[], line: number): void {
    if (this.blank.length > 0) {
      for (const b of this.blank) this.onRecord([""], b);
      this.blank = [];
    }
    this.onRecord(fields, line);
  }

  /** csv-parse reads the rest of the file, from `rest` (which starts at a record boundary). */
  private handOver(rest: string): void {
    this.pending = "";
    this.csv = new Parser({
      ...base, relax_quotes: true, raw: true, max_record_size: MAX_RECORD_LENGTH, skip_records_with_error: true,
      on_skip: (e, raw) => void this.skipped(e as Err, raw ?? ""),
    });
    this.write(rest);
  }

  private write(text: string): void {
    if (text.length === 0) return;
    this.lastByte = text.charCodeAt(text.length - 1);
    this.csv!.write(Buffer.from(text, "utf8"));
    this.drain();
  }

  private drain(): void {
    let r: { record: string[]; raw: string } | null;
    while ((r = this.csv?.read() ?? null) !== null) this.csvRecord(r.record, r.raw);
  }

  private csvRecord(fields: string[], raw: string): void {
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

/** Parse a whole text at once. */
export function parseCsv(text: string, file: string): { records: { fields: string[]; line: number }[]; issues: CsvIssue[] } {
  const records: { fields: string[]; line: number }[] = [];
  const parser = new CsvParser((fields, line) => records.push({ fields, line }), { file });
  parser.feed(text);
  return { records, issues: parser.end() };
}
