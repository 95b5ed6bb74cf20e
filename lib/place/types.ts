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

/** One (model, dataset) result read from a file. */
export interface ResultRow {
  /** Dataset key as written in the file (e.g. `wds/imagenet1k`, `Caltech-101`). */
  dataset: string;
  /** The dataset in CLIP_benchmark's naming (our task names; `wds/` dropped, DataComp keys mapped). */
  task: string;
  /** The paper's primary metric of the task (acc1 when the task is unknown). */
  metric: string;
  /** Value of that metric, or null when the file lacks it (see `missing`). */
  value: number | null;
  /** Why value is null: e.g. "acc1 missing (file has mean_per_class_recall)" or "acc1 is NaN (read as missing)". */
  missing: string | null;
  line: number;
}

/** Everything read for one model: name, what the file says about its compute, its rows. */
export interface ModelResults {
  /** Display id: `arch pretrained`, or the file name for DataComp files. */
  model: string;
  arch: string | null;
  pretrained: string | null;
  /** GMACs per sample and samples seen when the file carries them (zeroshot_results.csv layout). */
  gmacs: number | null;
  samplesSeen: number | null;
  file: string;
  format: PlaceFormat;
  rows: ResultRow[];
  /** Notes that are not errors (e.g. bare NaN read as missing), with their lines. */
  notes: string[];
}

/** Output of a reader: models, or issues (a file with any issue yields no models). */
export interface ReadResult {
  format: PlaceFormat | null;
  models: ModelResults[];
  issues: PlaceIssue[];
}
