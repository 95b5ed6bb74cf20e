import { Utf8StreamDecoder } from "./decode";
import { IssueCollector, type CsvIssue } from "./issues";
import { CsvParser } from "./parse";
import type { FileSpec } from "./schemas";
import { RowValidator, type WithLine } from "./validate";

export interface CsvSummary {
  issues: CsvIssue[];
  issueCount: number; // every issue seen, including those past the listing cap
  accepted: number;
  rejected: number; // data records rejected: bad cells, field count, quoting, or every row after a bad header
  structural: boolean; // the file could not be read as a whole: bad UTF-8, bad or missing header, unterminated quote
}

export interface CsvReader {
  write(chunk: Uint8Array): void; // the file's next bytes (split anywhere)
  end(): CsvSummary;
}

/** bytes → UTF-8 → CSV → rows validated by their column rules, streaming; each accepted row goes to onRow. */
export function createCsvReader<Row>(file: string, spec: FileSpec<Row>, onRow: (row: WithLine<Row>) => void, options: { limit?: number } = {}): CsvReader {
  const issues = new IssueCollector(options.limit);
  const validator = new RowValidator(file, spec, { issues });
  const parser = new CsvParser((fields, line) => {
    const row = validator.record(fields, line);
    if (row !== null) onRow(row);
  }, { file, issues });
  const decoder = new Utf8StreamDecoder(parser);
  const add = (issue: CsvIssue | null) => issue && issues.add(issue);
  return {
    write: (chunk) => add(decoder.write(chunk)),
    end() {
      add(decoder.end());
      // After a decoding error the rest of the file is unknown: do not report a cut-off record.
      if (!decoder.failed) {
        parser.end();
        validator.finish();
      }
      const { accepted, rejected, headerOk } = validator;
      const structural = decoder.failed || !headerOk || parser.truncated;
      return { issues: issues.list(), issueCount: issues.count, accepted, rejected: rejected + parser.dropped, structural };
    },
  };
}

/** Whole-file form of createCsvReader. */
export function readCsv<Row>(bytes: Uint8Array, file: string, spec: FileSpec<Row>, options?: { limit?: number }): CsvSummary & { rows: WithLine<Row>[] } {
  const rows: WithLine<Row>[] = [];
  const reader = createCsvReader(file, spec, (r) => rows.push(r), options);
  reader.write(bytes);
  return { rows, ...reader.end() };
}
