import fs from "node:fs";
import type { CsvIssue } from "../../lib/csv/issues";
import { createCsvReader } from "../../lib/csv/read";
import type { FileSpec } from "../../lib/csv/schemas";
import type { WithLine } from "../../lib/csv/validate";

/** Stream a CSV file from disk through lib/csv's reader: memory stays flat however large it is. */
export async function streamCsvFile<Row>(file: string, spec: FileSpec<Row>, onRow: (row: WithLine<Row>) => void, chunkBytes = 1 << 20): Promise<CsvIssue[]> {
  const reader = createCsvReader(spec.name, spec, onRow);
  for await (const chunk of fs.createReadStream(file, { highWaterMark: chunkBytes })) reader.write(chunk as Uint8Array);
  return reader.end().issues;
}
