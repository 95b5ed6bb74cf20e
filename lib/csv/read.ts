import { Utf8StreamDecoder } from "./decode";
import { IssueCollector, type CsvIssue } from "./issues";
import { CsvParser } from "./parse";
import type { FileSpec } from "./schemas";
import { RowValidator, type WithLine } from "./validate";

export interface CsvSummary {
  issues: CsvIssue[];
  /** Every issue seen, including those past the listing cap. */
  issueCount: number;
  accepted: number;
  /** Data records rejected: bad cells, wrong field count, quoting errors, or all rows after a bad header. */
  rejected: number;
  /** The file could not be read as a whole: bad UTF-8, bad or missing header, or an unterminated quote. */
  structural: boolean;
}

export interface CsvReader {
  /** Feed the next chunk of the file's bytes (split anywhere). */
  write(chunk: Uint8Array): void;
  end(): CsvSummary;
}

/** bytes → UTF-8 → CSV (papaparse / csv-parse) → validated rows (zod decides), streaming; each accepted row goes to onRow. */
export function createCsvReader<Row>(
  file: string,
  spec: FileSpec<Row>,
  onRow: (row: WithLine<Row>) => void,
  options: { limit?: number } = {},
): CsvReader {
  const issues = new IssueCollector(options.limit);
  const validator = new RowValidator(file, spec, { issues });
  const parser = new CsvParser(
    (fields, line) => {
      const row = validator.record(fields, line);
      if (row !== null) onRow(row);
    },
    { file, issues },
  );
  const decoder = new Utf8StreamDecoder(parser);
  let decodeFailed = false;
  return {
    write(chunk) {
      const issue = decoder.write(chunk);
      if (issue !== null) {
        issues.add(issue);
        decodeFailed = true;
      }
    },
    end() {
      const issue = decoder.end();
      if (issue !== null) issues.add(issue);
      decodeFailed ||= issue !== null;
      // After a decoding error the rest of the file is unknown: do not report a cut-off record.
      if (!decodeFailed) {
        parser.end();
        validator.finish();
      }
      return {
        issues: issues.list(),
        issueCount: issues.count,
        accepted: validator.accepted,
        rejected: validator.rejected + parser.dropped,
        structural: decodeFailed || !validator.headerOk || parser.truncated,
      };
    },
  };
}

/** Whole-file form of createCsvReader. */
export function readCsv<Row>(
  bytes: Uint8Array,
  file: string,
  spec: FileSpec<Row>,
  options?: { limit?: number },
): CsvSummary & { rows: WithLine<Row>[] } {
  const rows: WithLine<Row>[] = [];
  const reader = createCsvReader(file, spec, (r) => rows.push(r), options);
  reader.write(bytes);
  return { rows, ...reader.end() };
}
