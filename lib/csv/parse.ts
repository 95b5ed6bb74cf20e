import Papa from "papaparse";
import { IssueCollector, type CsvIssue } from "./issues";
import { MAX_RECORD_LENGTH, StrictCsvParser, type CsvParserOptions, type RecordHandler } from "./strict";

export { MAX_RECORD_LENGTH, type CsvParserOptions, type RecordHandler } from "./strict";

type Newline = "\n" | "\r\n" | "\r";
const MIXED_BREAKS = /\r(?!\n)|(?<!\r)\n/;
// A record of n characters is at most 3n UTF-8 bytes; a line this long goes to csv-parse, which
// enforces MAX_RECORD_LENGTH exactly.
const QUICK_MAX_LINE = Math.floor(MAX_RECORD_LENGTH / 3);

/** The one line-break style of a quote-free block, or null when it mixes styles. */
function newlineOf(block: string): Newline | null {
  if (!block.includes("\r")) return "\n";
  if (!block.includes("\n")) return "\r";
  return MIXED_BREAKS.test(block) ? null : "\r\n";
}

/**
 * Streaming CSV reader (RFC 4180; LF, CRLF or lone CR line breaks; one leading BOM dropped). Text
 * without a double quote, where every line is a record and every comma a delimiter, is split by
 * papaparse's fast mode; from the first block of lines that holds a quote, mixes line-break styles
 * or has a very long line, csv-parse reads the rest of the file (StrictCsvParser: quoted fields,
 * quoting errors, the record cap). Both give the same records, lines and issues (property-tested
 * in parse.test.ts). feed()/end() run synchronously.
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
    if (this.strict) this.strict.feed(text);
    else {
      this.pending += text;
      this.lines(false);
    }
  }

  /** Finish the input: emit a last record without a line break; report an unterminated quote. */
  end(): CsvIssue[] {
    if (!this.stopped) {
      if (!this.strict) this.lines(true);
      this.strict?.end();
      this.stopped = true;
    }
    return this.issues.list();
  }

  /**
   * Stop after the text fed so far (e.g. before an invalid UTF-8 sequence) and say where the next
   * character would have gone: its physical line and CSV column. The record cut there is not emitted.
   */
  stopAndLocate(): { line: number; column: number } {
    if (this.stopped && !this.strict) return { line: this.lastEnd + 1, column: 1 };
    if (!this.strict) this.handOver(0);
    this.stopped = true;
    return this.strict!.stopAndLocate();
  }

  /** Read the complete lines of `pending` (all of it at the end), or hand the file over to csv-parse. */
  private lines(final: boolean): void {
    const p = this.pending;
    // A CR at the end may be the first half of a CRLF: keep it for the next chunk.
    const stop = final ? p.length : p.length - (p.endsWith("\r") ? 1 : 0);
    const cut = final ? p.length : stop === 0 ? 0 : Math.max(p.lastIndexOf("\n", stop - 1), p.lastIndexOf("\r", stop - 1)) + 1;
    if (cut === 0) {
      if (p.length > QUICK_MAX_LINE) this.handOver(0);
      return;
    }
    const block = cut === p.length ? p : p.slice(0, cut);
    const newline = block.includes('"') ? null : newlineOf(block);
    if (newline === null) return this.handOver(0);
    const last = block.charCodeAt(block.length - 1);
    const papa = new Papa.Parser({ delimiter: ",", newline, fastMode: true });
    const { data } = papa.parse(block, 0, last === 10 || last === 13) as { data: string[][] };
    let offset = 0;
    for (const fields of data) {
      let length = fields.length - 1;
      for (const f of fields) length += f.length;
      if (length > QUICK_MAX_LINE) return this.handOver(offset);
      offset += length + newline.length;
      const line = ++this.lastEnd;
      if (length === 0) this.blank.push(line);
      else this.emit(fields, line);
    }
    this.pending = cut === p.length ? "" : p.slice(cut);
  }

  private emit(fields: string[], line: number): void {
    for (const b of this.blank) this.onRecord([""], b);
    this.blank = [];
    this.onRecord(fields, line);
  }

  /** csv-parse reads the rest of the file from `pending[offset]`, a record boundary. */
  private handOver(offset: number): void {
    const rest = this.pending.slice(offset);
    this.pending = "";
    this.strict = new StrictCsvParser(this.onRecord, { file: this.file, issues: this.issues }, { lastEnd: this.lastEnd, blank: this.blank });
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
