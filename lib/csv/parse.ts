import { IssueCollector, type CsvIssue } from "./issues";
import { MAX_RECORD_LENGTH, StrictCsvParser, type CsvParserOptions, type RecordHandler } from "./strict";

export { MAX_RECORD_LENGTH, type CsvParserOptions, type RecordHandler } from "./strict";

// A record of n characters is at most 3n bytes: a longer line goes to csv-parse, which enforces the cap.
const QUICK_MAX_LINE = Math.floor(MAX_RECORD_LENGTH / 3);

/**
 * Streaming CSV reader (RFC 4180; LF, CRLF or lone CR; one leading BOM dropped). Before the first
 * line that holds a double quote, every comma ends a field and every line break a record, and that
 * is all this class reads; from that line on csv-parse reads the rest of the file (StrictCsvParser:
 * quoted fields, quoting errors, the record cap). Both give the same records, lines and issues
 * (property-tested against csv-parse alone in parse.test.ts). feed()/end() run synchronously.
 */
export class CsvParser {
  readonly file: string;
  readonly issues: IssueCollector;
  private strict: StrictCsvParser | null = null;
  private pending = ""; // text after the last complete line
  private started = false;
  private stopped = false;
  private lastEnd = 0; // physical line of the last record read
  private blank: number[] = []; // lines of blank records, emitted only if a record follows

  constructor(private readonly onRecord: RecordHandler, options: CsvParserOptions = {}) {
    this.file = options.file ?? "<input>";
    this.issues = options.issues ?? new IssueCollector();
  }

  /** Records dropped because of a quoting error (only csv-parse reads quotes). */
  get dropped(): number {
    return this.strict?.dropped ?? 0;
  }
  /** True when the input ended inside a quoted field or a record exceeded MAX_RECORD_LENGTH. */
  get truncated(): boolean {
    return this.strict?.truncated ?? false;
  }

  /** Parse some text (split anywhere); records complete in it go to onRecord before it returns. */
  feed(text: string): void {
    if (this.stopped || text.length === 0) return;
    if (!this.started) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (this.strict) return this.strict.feed(text);
    const k = this.pending === "" ? -1 : text.search(/\r\n|\r(?!$)|\n/);
    if (k < 0) return this.lines(this.pending === "" ? text : this.pending + text, 0, false);
    // Finish the line cut at the last chunk's end on its own, then scan `text` itself from where the
    // next line starts: a concatenation (a cons string) is scanned ~2× slower.
    const head = k + (text.charCodeAt(k) === 13 && text.charCodeAt(k + 1) === 10 ? 2 : 1);
    this.lines(this.pending + text.slice(0, head), 0, true);
    const strict = this.strict as StrictCsvParser | null; // set if that line holds a quote
    if (strict) strict.feed(text.slice(head));
    else this.lines(text, head, false);
  }

  /** Finish the input: emit a last record without a line break; report an unterminated quote. */
  end(): CsvIssue[] {
    if (!this.stopped) {
      if (!this.strict) this.lines(this.pending, 0, true);
      this.strict?.end();
      this.stopped = true;
    }
    return this.issues.list();
  }

  /** Stop after the text fed so far and say where the next character would have gone (physical line, CSV column); the record cut there is dropped. */
  stopAndLocate(): { line: number; column: number } {
    if (this.stopped && !this.strict) return { line: this.lastEnd + 1, column: 1 };
    if (!this.strict) this.handOver(this.pending);
    this.stopped = true;
    return this.strict!.stopAndLocate();
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
        this.record(fields);
        fields = [];
        start = record = i + 1;
      }
    }
    if (final && quote < 0 && record < p.length && p.length - record <= QUICK_MAX_LINE) {
      fields.push(p.slice(start));
      this.record(fields);
      record = p.length;
    }
    this.pending = p.slice(record);
    if (quote >= 0 || this.pending.length > QUICK_MAX_LINE) this.handOver(this.pending);
  }

  private record(fields: string[]): void {
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
    this.strict = new StrictCsvParser(this.onRecord, { file: this.file, issues: this.issues }, this.lastEnd, this.blank);
    this.blank = [];
    this.strict.feed(rest);
  }
}

/** Parse a whole text at once. */
export function parseCsv(text: string, file: string): { records: { fields: string[]; line: number }[]; issues: CsvIssue[] } {
  const records: { fields: string[]; line: number }[] = [];
  const parser = new CsvParser((fields, line) => records.push({ fields, line }), { file });
  parser.feed(text);
  return { records, issues: parser.end() };
}
