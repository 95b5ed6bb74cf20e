/**
 * One problem found in an input file. `line` is the 1-based physical line of the file (header =
 * line 1; for a record that spans lines, the line where the record starts). `column` is always the
 * 1-based CSV column (field) index, also for byte- and quote-level problems inside a field.
 * `expected` and `found` are complete phrases: formatIssue joins them as "expected …, found …".
 */
export interface CsvIssue {
  file: string;
  line: number;
  column: number;
  columnName?: string;
  expected: string;
  found: string;
}

/** `file:line:column (name): expected …, found …` — the column name only when known. */
export function formatIssue(i: CsvIssue): string {
  const name = i.columnName === undefined ? "" : ` (${i.columnName})`;
  return `${i.file}:${i.line}:${i.column}${name}: expected ${i.expected}, found ${i.found}`;
}

const MAX_SHOWN = 60;

/** How a raw cell is shown in `found`: JSON-quoted (so spaces, quotes and newlines are visible), long values cut. */
export function describeCell(raw: string): string {
  if (raw === "") return "an empty cell";
  const cut = raw.length > MAX_SHOWN ? `${raw.slice(0, MAX_SHOWN)}…` : raw;
  return JSON.stringify(cut);
}

/** Default cap on listed issues per file: a 1M-row bad file must not build 1M issue objects. */
export const DEFAULT_ISSUE_LIMIT = 200;

/** Collects issues up to `limit`, past it only counts them; `list()` then ends with "… and N more" at the first one left out. */
export class IssueCollector {
  private readonly kept: CsvIssue[] = [];
  private omitted = 0;
  private firstOmitted: CsvIssue | undefined;

  constructor(readonly limit: number = DEFAULT_ISSUE_LIMIT) {}

  add(issue: CsvIssue): void {
    if (this.kept.length < this.limit) return void this.kept.push(issue);
    this.omitted++;
    this.firstOmitted ??= issue;
  }

  /** Every issue seen, listed or not. */
  get count(): number {
    return this.kept.length + this.omitted;
  }

  /** Kept issues in file order (line, then column), plus the overflow summary if any were dropped. */
  list(): CsvIssue[] {
    const out = [...this.kept].sort((a, b) => a.line - b.line || a.column - b.column);
    const first = this.firstOmitted;
    if (first === undefined) return out;
    const { file, line, column } = first;
    return [...out, { file, line, column, expected: `fewer problems (only the first ${this.limit} are listed)`, found: `… and ${this.omitted} more from here on` }];
  }
}
