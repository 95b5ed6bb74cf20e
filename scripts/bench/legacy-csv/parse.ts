import { describeCell, IssueCollector, type CsvIssue } from "./issues";

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

// Parser states (plain numbers: const enums do not survive isolatedModules).
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_SEEN = 3; // a quote inside a quoted field: either "" (escape) or the closing quote

/** Longest field kept in memory; a stray opening quote must not swallow a 1 GB file into one string. */
export const MAX_FIELD_LENGTH = 1 << 20;

/** Receives each record's fields and the physical line it starts on. */
export type RecordHandler = (fields: string[], line: number) => void;

/** Options for CsvParser. */
export interface CsvParserOptions {
  /** Name used in issues. */
  file?: string;
  /** Shared collector, so parse, validation and decoding issues share one cap. */
  issues?: IssueCollector;
}

/**
 * Incremental RFC 4180 parser: feed() string chunks split anywhere, end() once. Accepts LF, CRLF
 * and lone CR line breaks, quoted fields with "" escapes and embedded line breaks, a missing final
 * line break, and blank lines at the end of the file (dropped). A blank line elsewhere is a record
 * with one empty field. A record with a quoting error is reported and not passed to onRecord.
 */
export class CsvParser {
  readonly file: string;
  readonly issues: IssueCollector;
  /** Records dropped because of a quoting error. */
  dropped = 0;
  /** True when the input ended inside a quoted field. */
  truncated = false;

  private fields: string[] = [];
  private partial = ""; // text of the current field carried over from earlier chunks
  private state = FIELD_START;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  private quoteColumn = 1;
  private bad = false;
  private tooLong = false;
  private stray = false;
  private crPending = false; // the previous chunk ended with CR: a leading LF belongs to it
  private blankLines: number[] = [];

  constructor(private readonly onRecord: RecordHandler, options: CsvParserOptions = {}) {
    this.file = options.file ?? "<input>";
    this.issues = options.issues ?? new IssueCollector();
  }

  /** Where the next character would go: physical line and CSV column of the current field. */
  position(): { line: number; column: number } {
    return { line: this.line, column: this.fields.length + 1 };
  }

  /** Parse one chunk of text; records complete in it are handed to onRecord synchronously. */
  feed(s: string): void {
    const n = s.length;
    if (n === 0) return;
    let i = 0;
    let state = this.state;
    let partial = this.partial;
    if (this.crPending && s.charCodeAt(0) === LF) {
      if (state === QUOTED) partial += "\n"; // CR of a CRLF inside quotes; its line was counted
      i = 1;
    }
    while (i < n) {
      if (state === QUOTED) {
        const q = s.indexOf('"', i);
        const end = q === -1 ? n : q;
        this.line += countBreaks(s, i, end);
        partial = this.append(partial, s, i, end);
        if (q === -1) break;
        i = q + 1;
        state = QUOTE_SEEN;
        continue;
      }
      if (state === QUOTE_SEEN) {
        const c = s.charCodeAt(i);
        if (c === QUOTE) {
          partial = this.append(partial, '"', 0, 1);
          state = QUOTED;
          i++;
          continue;
        }
        if (c === COMMA) {
          this.pushField(partial);
          partial = "";
          state = FIELD_START;
          i++;
          continue;
        }
        if (c === LF || c === CR) {
          this.pushField(partial);
          partial = "";
          state = FIELD_START;
          i = this.endRecord(s, i, c);
          continue;
        }
        this.fail("a comma or a line break after the closing quote", `${JSON.stringify(s[i])} right after it`);
        state = UNQUOTED; // keep the rest of the field as literal text
        continue;
      }
      if (state === FIELD_START && s.charCodeAt(i) === QUOTE) {
        state = QUOTED;
        this.quoteLine = this.line;
        this.quoteColumn = this.fields.length + 1;
        i++;
        continue;
      }
      // Unquoted field: the hot path for simple rows.
      let j = i;
      let c = 0;
      while (j < n) {
        c = s.charCodeAt(j);
        if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
        j++;
      }
      if (j === n) {
        partial = this.append(partial, s, i, n);
        state = UNQUOTED;
        break;
      }
      if (c === QUOTE) {
        this.stray = true; // reported when the field ends, showing the whole field
        partial = this.append(partial, s, i, j + 1);
        state = UNQUOTED;
        i = j + 1;
        continue;
      }
      const value = partial === "" ? s.slice(i, j) : partial + s.slice(i, j);
      partial = "";
      if (c === COMMA) {
        this.pushField(value);
        state = FIELD_START;
        i = j + 1;
        continue;
      }
      if (state === FIELD_START && value === "" && this.fields.length === 0) {
        this.blankLines.push(this.line); // kept only if a record follows
        this.line++;
        this.recordLine = this.line;
        i = c === CR && j + 1 < n && s.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
        continue;
      }
      this.pushField(value);
      state = FIELD_START;
      i = this.endRecord(s, j, c);
    }
    this.state = state;
    this.partial = partial;
    this.crPending = s.charCodeAt(n - 1) === CR;
  }

  /** Finish the input: emit a last record without a line break; report an unterminated quote. */
  end(): CsvIssue[] {
    if (this.state === QUOTED) {
      this.truncated = true;
      this.dropped++;
      this.issues.add({
        file: this.file,
        line: this.quoteLine,
        column: this.quoteColumn,
        expected: "a closing quote for the quoted field that starts here",
        found: "the end of the file",
      });
    } else if (this.state !== FIELD_START || this.fields.length > 0) {
      this.pushField(this.partial);
      this.emit();
    }
    this.partial = "";
    this.fields = [];
    this.state = FIELD_START;
    return this.issues.list();
  }

  private pushField(value: string): void {
    if (this.stray) {
      this.stray = false;
      this.fail("no quote inside an unquoted field (quote the whole field and double inner quotes)", describeCell(value));
    }
    if (this.tooLong || value.length > MAX_FIELD_LENGTH) {
      this.tooLong = false;
      this.fail(`a field of at most ${MAX_FIELD_LENGTH} characters`, "a longer field");
    }
    this.fields.push(value);
  }

  /** Emit the record ended by the line break `c` at s[j]; returns the index after the break. */
  private endRecord(s: string, j: number, c: number): number {
    this.emit();
    this.line++;
    this.recordLine = this.line;
    return c === CR && j + 1 < s.length && s.charCodeAt(j + 1) === LF ? j + 2 : j + 1;
  }

  private emit(): void {
    if (this.blankLines.length > 0) {
      for (const line of this.blankLines) this.onRecord([""], line);
      this.blankLines = [];
    }
    if (this.bad) this.dropped++;
    else this.onRecord(this.fields, this.recordLine);
    this.fields = [];
    this.bad = false;
  }

  private append(partial: string, s: string, from: number, to: number): string {
    if (partial.length + (to - from) > MAX_FIELD_LENGTH) {
      this.tooLong = true;
      return partial;
    }
    return partial + s.slice(from, to);
  }

  /** Record a quoting problem; only the first per record is listed (the rest are usually echoes). */
  private fail(expected: string, found: string): void {
    if (!this.bad) {
      this.issues.add({ file: this.file, line: this.line, column: this.fields.length + 1, expected, found });
    }
    this.bad = true;
  }
}

/** Line breaks in s[from, to): LF, and CR not followed by LF. */
function countBreaks(s: string, from: number, to: number): number {
  let k = 0;
  for (let p = from; p < to; p++) {
    const c = s.charCodeAt(p);
    if (c === LF || (c === CR && s.charCodeAt(p + 1) !== LF)) k++;
  }
  return k;
}

/** Parse a whole string at once. */
export function parseCsv(text: string, file: string): { records: { fields: string[]; line: number }[]; issues: CsvIssue[] } {
  const records: { fields: string[]; line: number }[] = [];
  const parser = new CsvParser((fields, line) => records.push({ fields, line }), { file });
  parser.feed(text);
  const issues = parser.end();
  return { records, issues };
}
