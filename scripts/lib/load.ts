import type { CsvIssue } from "../../lib/csv/issues";
import { createCsvReader } from "../../lib/csv/read";
import { archInfoFile, learningCurvesFile, trainedModelsFile, zeroshotResultsFile, type FileSpec } from "../../lib/csv/schemas";
import type { WithLine } from "../../lib/csv/validate";
import type { ParsedFiles } from "../../lib/dataset/upstream-rows";
import type { UpstreamKey } from "../../lib/upstream";
import type { SourceFile } from "./source";

// Bytes decoded and parsed at a time: the text of one chunk at most is alive, not the whole file's.
const CHUNK = 1 << 20;

/**
 * Decode (strict UTF-8), parse (RFC 4180) and validate one file, handing each accepted row to
 * `onRow` as it is read; every issue, and the count of accepted rows. A file with a header and no
 * rows is an error: a truncated download must not empty the dashboard.
 */
export function streamFile<Row>(file: string, bytes: Uint8Array, spec: FileSpec<Row>, onRow: (row: WithLine<Row>) => void): { accepted: number; issues: CsvIssue[] } {
  const reader = createCsvReader(file, spec, onRow);
  for (let at = 0; at < bytes.length; at += CHUNK) reader.write(bytes.subarray(at, at + CHUNK));
  const { accepted, issues } = reader.end();
  if (accepted === 0 && issues.length === 0) {
    issues.push({ file, line: 2, column: 1, expected: "at least one data row after the header", found: "the end of the file" });
  }
  return { accepted, issues };
}

/** streamFile, keeping the rows. */
export function loadFile<Row>(file: string, bytes: Uint8Array, spec: FileSpec<Row>): { rows: WithLine<Row>[]; issues: CsvIssue[] } {
  const rows: WithLine<Row>[] = [];
  return { rows, issues: streamFile(file, bytes, spec, (r) => rows.push(r)).issues };
}

/** Load the four upstream files. */
export function loadFiles(files: SourceFile[]): { parsed: ParsedFiles; issues: CsvIssue[] } {
  const get = (key: UpstreamKey) => files.find((f) => f.key === key)!;
  const arch = loadFile(get("arch").file, get("arch").bytes, archInfoFile);
  const models = loadFile(get("models").file, get("models").bytes, trainedModelsFile);
  const results = loadFile(get("results").file, get("results").bytes, zeroshotResultsFile);
  const curves = loadFile(get("curves").file, get("curves").bytes, learningCurvesFile);
  const parsed: ParsedFiles = { arch: arch.rows, models: models.rows, results: results.rows, curves: curves.rows };
  return { parsed, issues: [...arch.issues, ...models.issues, ...results.issues, ...curves.issues] };
}
