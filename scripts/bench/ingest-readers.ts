/**
 * The CSV readers bench:ingest compares on the synthetic file, the shipped one first. All read the
 * same bytes into the same typed rows; they differ in the parser and in how cells are checked.
 */
import fs from "node:fs";
import { ASK_ZOD } from "../../lib/csv/cells";
import { Utf8StreamDecoder } from "../../lib/csv/decode";
import { IssueCollector } from "../../lib/csv/issues";
import { createCsvReader, type CsvReader } from "../../lib/csv/read";
import { zeroshotResultsFile, type FileSpec, type ZeroshotResult } from "../../lib/csv/schemas";
import { StrictCsvParser } from "../../lib/csv/strict";
import { RowValidator, type WithLine } from "../../lib/csv/validate";

export type Reader = (onRow: (r: WithLine<ZeroshotResult>) => void) => CsvReader;

const spec = zeroshotResultsFile;
/** The same spec with every quick check leaving the cell to zod. */
const zodOnly: FileSpec<ZeroshotResult> = { ...spec, cells: spec.cells.map((c) => ({ ...c, quick: () => ASK_ZOD })) };

/** csv-parse alone (lib/csv's strict path, which takes over at the first quote) for every line. */
function csvParseReader(s: FileSpec<ZeroshotResult>): Reader {
  return (onRow) => {
    const issues = new IssueCollector();
    const validator = new RowValidator(s.name, s, { issues });
    const parser = new StrictCsvParser((f, l) => {
      const row = validator.record(f, l);
      if (row !== null) onRow(row);
    }, { file: s.name, issues });
    const decoder = new Utf8StreamDecoder(parser); // no BOM to drop: the synthetic file has none
    return {
      write(chunk) {
        const issue = decoder.write(chunk);
        if (issue) issues.add(issue);
      },
      end() {
        parser.end();
        validator.finish();
        return { issues: issues.list(), issueCount: issues.count, accepted: validator.accepted, rejected: validator.rejected, structural: false };
      },
    };
  };
}

/** The hand-written parser lib/csv replaced, when it is restored under scripts/bench/legacy-csv for a same-run figure. */
async function legacyReader(): Promise<Reader | null> {
  const dir = new URL("./legacy-csv/", import.meta.url);
  if (!fs.existsSync(dir)) return null;
  const read: string = new URL("read.ts", dir).href; // not a static import: the folder is deleted after the run
  const schemas: string = new URL("schemas.ts", dir).href;
  const { createCsvReader: create } = (await import(read)) as { createCsvReader: typeof createCsvReader };
  const { zeroshotResultsFile: legacySpec } = (await import(schemas)) as { zeroshotResultsFile: FileSpec<ZeroshotResult> };
  return (onRow) => create(legacySpec.name, legacySpec, onRow);
}

/** [name, reader] pairs, the shipped reader first. */
export async function readers(): Promise<[string, Reader][]> {
  const list: [string, Reader][] = [
    ["lib/csv: quote-free lines split on commas, csv-parse from the first quote; quick checks, zod on misses", (onRow) => createCsvReader(spec.name, spec, onRow)],
    ["lib/csv with zod on every cell", (onRow) => createCsvReader(zodOnly.name, zodOnly, onRow)],
    ["csv-parse alone + quick checks, zod on misses", csvParseReader(spec)],
    ["csv-parse alone + zod on every cell", csvParseReader(zodOnly)],
  ];
  const legacy = await legacyReader();
  if (legacy) list.push(["hand-written parser + fast cells (replaced; scripts/bench/legacy-csv)", legacy]);
  return list;
}
