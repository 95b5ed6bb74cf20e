import { ASK_ZOD } from "./cells";
import { describeCell, IssueCollector, type CsvIssue } from "./issues";
import type { FileSpec } from "./schemas";

/** A typed row plus the physical line its record starts on. */
export type WithLine<T> = T & { line: number };

/**
 * Streaming validator: feed it records as the parser emits them. The first record is the header;
 * if it is not exactly the expected one, every row is rejected without further issues. Each cell
 * goes through its column's quick check, and through its zod schema when the check leaves it to zod
 * (see Cell); every rejected cell is an issue.
 */
export class RowValidator<Row> {
  readonly issues: IssueCollector;
  accepted = 0;
  rejected = 0;
  headerOk = false;
  private seenHeader = false;

  /** `issues`: shared with the parser and decoder, so that one file has one cap. */
  constructor(readonly file: string, private readonly spec: FileSpec<Row>, options: { issues?: IssueCollector } = {}) {
    this.issues = options.issues ?? new IssueCollector();
  }

  /** Header on the first call, a data row afterwards. */
  record(fields: string[], line: number): WithLine<Row> | null {
    if (this.seenHeader) return this.row(fields, line);
    this.header(fields, line);
    return null;
  }

  /** Check the header: is it exactly the expected column list? */
  private header(fields: string[], line: number): void {
    this.seenHeader = true;
    const want = this.spec.header;
    const before = this.issues.count;
    const add = (column: number, found: string, columnName?: string) =>
      this.issues.add({ file: this.file, line, column, ...(columnName === undefined ? {} : { columnName }), expected: `the header ${want.join(",")}`, found });
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
    if (missing.length > 0) add(want.indexOf(missing[0]!) + 1, `a header without ${missing.map((m) => JSON.stringify(m)).join(", ")}`);
    const k = fields.findIndex((f, i) => f !== want[i]);
    if (this.issues.count === before && k >= 0) add(k + 1, `the columns in another order: ${fields.join(",")}`, fields[k]);
    this.headerOk = this.issues.count === before;
  }

  /** Validate one data row; every bad cell is reported. Returns the typed row or null. */
  row(fields: string[], line: number): WithLine<Row> | null {
    const { header, cells } = this.spec;
    const n = cells.length;
    if (this.headerOk && fields.length !== n) {
      const columnName = fields.length < n ? header[fields.length] : undefined;
      const at = { file: this.file, line, column: Math.min(fields.length, n) + 1 };
      this.issues.add({ ...at, ...(columnName === undefined ? {} : { columnName }), expected: `${n} fields`, found: String(fields.length) });
    }
    if (!this.headerOk || fields.length !== n) return (this.rejected++, null);
    const out: Record<string, unknown> = {};
    let ok = true;
    for (let c = 0; c < n; c++) {
      let v = cells[c]!.quick(fields[c]!);
      if (v === ASK_ZOD && (v = this.ask(c, fields[c]!, line)) === ASK_ZOD) ok = false;
      out[header[c]!] = v;
    }
    if (!ok) return (this.rejected++, null);
    out.line = line;
    this.accepted++;
    return out as WithLine<Row>;
  }

  /** Issues so far; reports an empty file if no header was ever seen. */
  finish(): CsvIssue[] {
    if (!this.seenHeader) this.issues.add({ file: this.file, line: 1, column: 1, expected: "a header line", found: "an empty file" });
    this.seenHeader = true;
    return this.issues.list();
  }

  /** zod decides a cell the quick check left to it: its value, or ASK_ZOD once the issue is added. */
  private ask(c: number, raw: string, line: number): unknown {
    const r = this.spec.cells[c]!.schema.safeParse(raw);
    if (r.success) return r.data;
    const columnName = this.spec.header[c]!;
    this.issues.add({ file: this.file, line, column: c + 1, columnName, expected: this.spec.cells[c]!.expected, found: describeCell(raw) });
    return ASK_ZOD;
  }
}

/** Validate parsed records (header first): typed rows with their line numbers, and every issue. */
export function validateRecords<Row>(file: string, spec: FileSpec<Row>, records: Iterable<{ fields: string[]; line: number }>) {
  const v = new RowValidator(file, spec);
  const rows: WithLine<Row>[] = [];
  for (const r of records) {
    const row = v.record(r.fields, r.line);
    if (row !== null) rows.push(row);
  }
  return { rows, issues: v.finish() };
}
