import { ASK_ZOD } from "./cells";
import { describeCell, IssueCollector, type CsvIssue } from "./issues";
import type { FileSpec } from "./schemas";

/** A typed row plus the physical line its record starts on. */
export type WithLine<T> = T & { line: number };

export interface ValidatorOptions {
  /** Shared collector (e.g. the parser's), so one file has one cap. */
  issues?: IssueCollector;
}

/**
 * Streaming validator: feed it records as the parser emits them. The first record is the header;
 * if the header is not exactly the expected one, every row is rejected without further issues.
 */
export class RowValidator<Row> {
  readonly issues: IssueCollector;
  accepted = 0;
  rejected = 0;
  headerOk = false;
  private seenHeader = false;

  constructor(readonly file: string, private readonly spec: FileSpec<Row>, options: ValidatorOptions = {}) {
    this.issues = options.issues ?? new IssueCollector();
  }

  /** Header on the first call, a data row afterwards. */
  record(fields: string[], line: number): WithLine<Row> | null {
    if (this.seenHeader) return this.row(fields, line);
    this.header(fields, line);
    return null;
  }

  /** Check the header; returns whether it is exactly the expected column list. */
  header(fields: string[], line: number): boolean {
    this.seenHeader = true;
    const want = this.spec.header;
    const expected = `the header ${want.join(",")}`;
    const add = (column: number, found: string, columnName?: string) =>
      this.issues.add({ file: this.file, line, column, ...(columnName === undefined ? {} : { columnName }), expected, found });
    const before = this.issues.count;
    const seen = new Map<string, number>();
    fields.forEach((f, k) => {
      const first = seen.get(f);
      if (first !== undefined) add(k + 1, `${JSON.stringify(f)} a second time (first at column ${first})`, f);
      else {
        seen.set(f, k + 1);
        if (!want.includes(f)) add(k + 1, `an unknown column ${JSON.stringify(f)}`, f);
      }
    });
    const missing = want.filter((w) => !seen.has(w));
    if (missing.length > 0) {
      add(want.indexOf(missing[0] ?? "") + 1, `a header without ${missing.map((m) => JSON.stringify(m)).join(", ")}`);
    }
    if (this.issues.count === before) {
      const k = fields.findIndex((f, i) => f !== want[i]);
      if (k >= 0) add(k + 1, `the columns in another order: ${fields.join(",")}`, fields[k]);
    }
    this.headerOk = this.issues.count === before;
    return this.headerOk;
  }

  /** Validate one data row; every bad cell is reported. Returns the typed row or null. */
  row(fields: string[], line: number): WithLine<Row> | null {
    const { header, cells } = this.spec;
    const n = cells.length;
    if (!this.headerOk) {
      this.rejected++;
      return null;
    }
    if (fields.length !== n) {
      const missingName = fields.length < n ? header[fields.length] : undefined;
      this.issues.add({
        file: this.file,
        line,
        column: Math.min(fields.length, n) + 1,
        ...(missingName === undefined ? {} : { columnName: missingName }),
        expected: `${n} fields`,
        found: String(fields.length),
      });
      this.rejected++;
      return null;
    }
    const out = this.parse(fields, line);
    if (out === null) this.rejected++;
    else this.accepted++;
    return out;
  }

  /** Issues so far; reports an empty file if no header was ever seen. */
  finish(): CsvIssue[] {
    if (!this.seenHeader) {
      this.seenHeader = true;
      this.issues.add({ file: this.file, line: 1, column: 1, expected: "a header line", found: "an empty file" });
    }
    return this.issues.list();
  }

  /**
   * Each cell through its column's quick check, and through its zod schema when the quick check
   * leaves it to zod (see Cell); every rejected cell becomes an issue.
   */
  private parse(fields: string[], line: number): WithLine<Row> | null {
    const { header, cells } = this.spec;
    const out: Record<string, unknown> = {};
    let ok = true;
    for (let c = 0; c < cells.length; c++) {
      const raw = fields[c] as string;
      let v = cells[c]!.quick(raw);
      if (v === ASK_ZOD) {
        const r = cells[c]!.schema.safeParse(raw);
        if (r.success) v = r.data;
        else {
          ok = false;
          this.bad(line, c, raw);
        }
      }
      out[header[c]!] = v;
    }
    if (!ok) return null;
    out.line = line;
    return out as WithLine<Row>;
  }

  private bad(line: number, c: number, raw: string): void {
    const columnName = this.spec.header[c] ?? "";
    const expected = this.spec.cells[c]?.expected ?? "";
    this.issues.add({ file: this.file, line, column: c + 1, columnName, expected, found: describeCell(raw) });
  }
}

/** Streaming validator for one file (see RowValidator). */
export function createRowValidator<Row>(file: string, spec: FileSpec<Row>, options?: ValidatorOptions): RowValidator<Row> {
  return new RowValidator(file, spec, options);
}

/** Validate parsed records (header first): typed rows with their line numbers, and every issue. */
export function validateRecords<Row>(
  file: string,
  spec: FileSpec<Row>,
  records: Iterable<{ fields: string[]; line: number }>,
  options?: ValidatorOptions,
): { rows: WithLine<Row>[]; issues: CsvIssue[] } {
  const v = new RowValidator(file, spec, options);
  const rows: WithLine<Row>[] = [];
  for (const r of records) {
    const row = v.record(r.fields, r.line);
    if (row !== null) rows.push(row);
  }
  return { rows, issues: v.finish() };
}
