import * as z from "zod/mini";

/** Formats the readers understand (see README "Place your own models"). */
export const PLACE_FORMATS = ["clip-benchmark-json", "clip-benchmark-csv", "datacomp-jsonl", "zeroshot-csv", "openclip-table"] as const;
export type PlaceFormat = (typeof PLACE_FORMATS)[number];

/** A problem in an input file: 1-based physical line, 1-based column when known. */
export interface PlaceIssue {
  file: string;
  line: number;
  column?: number;
  expected: string;
  found: string;
}

/** `file:line[:column]: expected …, found …` (the ingest's form). */
export function formatPlaceIssue(i: PlaceIssue): string {
  return `${i.file}:${i.line}${i.column === undefined ? "" : `:${i.column}`}: expected ${i.expected}, found ${i.found}`;
}

// zod/mini: stored models are validated in the browser on every view with a "your models" layer
// (classic zod is ~30 kB gzip more). Storage and share links are input like any other.
const str = (max: number) => z.string().check(z.maxLength(max));
const pos = z.number().check(z.positive());

/** One (model, dataset) result read from a file. */
export const resultRowSchema = z.object({
  /** Dataset key as written in the file (e.g. `wds/imagenet1k`, `Caltech-101`). */
  dataset: str(300),
  /** The dataset in CLIP_benchmark's naming (our task names; `wds/` dropped, DataComp keys mapped). */
  task: str(300),
  /** The paper's primary metric of the task (acc1 when the task is unknown). */
  metric: str(100),
  /** Value of that metric, or null when the file lacks it (see `missing`). */
  value: z.nullable(z.number().check(z.gte(0), z.lte(1))),
  /** Why value is null: e.g. "acc1 missing (file has mean_per_class_recall)" or "acc1 is NaN (read as missing)". */
  missing: z.nullable(str(500)),
  line: z.int().check(z.gte(1)),
});
export type ResultRow = z.infer<typeof resultRowSchema>;

/** Everything read for one model: name, what the file says about its compute, its rows. */
export const modelResultsSchema = z.object({
  /** Display id: `arch pretrained`, or the file name for DataComp files. */
  model: str(300), arch: z.nullable(str(200)), pretrained: z.nullable(str(200)),
  /** GMACs per sample and samples seen when the file carries them (zeroshot_results.csv layout). */
  gmacs: z.nullable(pos), samplesSeen: z.nullable(pos),
  file: str(300), format: z.enum(PLACE_FORMATS), rows: z.array(resultRowSchema).check(z.maxLength(2000)),
  /** Notes that are not errors (e.g. bare NaN read as missing), with their lines. */
  notes: z.array(str(500)).check(z.maxLength(50)),
});
export type ModelResults = z.infer<typeof modelResultsSchema>;

/** Output of a reader: models, or issues (a file with any issue yields no models). */
export interface ReadResult {
  format: PlaceFormat | null;
  models: ModelResults[];
  issues: PlaceIssue[];
}
