/** Characters kept in a file-name piece; everything else becomes "-" (safe on every OS and in headers). */
const UNSAFE = /[^A-Za-z0-9.\-]+/g;
/** A whole file name (stem + "_YYYY-MM-DD" + extension) stays under 80 characters (issue 13). */
export const MAX_FILE_NAME = 79;
const DATE_AND_EXT = 11 + 6; // "_2026-11-26" and the longest extension ".json"

/** One file-name piece: `vtab/caltech101` → `vtab-caltech101`, `recall@5` → `recall-5`. */
export function fileNamePiece(s: string): string {
  return s.replace(UNSAFE, "-").replace(/-{2,}/g, "-").replace(/^[-.]+|-+$/g, "") || "x";
}

export interface FileNameParts {
  view: string;
  /** Bare leading values, e.g. the task: `explore_imagenet1k_…`. */
  lead?: readonly string[];
  /** Non-default filters as key → values: `arch-ViT-B-32+ViT-L-14`. */
  filters?: URLSearchParams;
  /** Keys of `filters` to leave out (already in `lead`, or output-only like width). */
  skip?: readonly string[];
  /** What the file holds when not the main rows, e.g. "fits". */
  part?: string;
  date: Date;
}

/**
 * A download's file name stem that says what it holds: view, task, filters, part, date, e.g.
 * `explore_imagenet1k_arch-ViT-B-32_2026-11-26` (ASCII only, so it needs no RFC 5987 encoding).
 */
export function exportStem(p: FileNameParts): string {
  const pieces = [fileNamePiece(p.view), ...(p.lead ?? []).map(fileNamePiece)];
  if (p.filters) {
    for (const key of new Set(p.filters.keys())) {
      if (p.skip?.includes(key)) continue;
      const values = p.filters.getAll(key).flatMap((v) => v.split(",")).filter(Boolean).map(fileNamePiece);
      if (values.length) pieces.push(`${fileNamePiece(key)}-${values.join("+")}`);
    }
  }
  const part = p.part ? `_${fileNamePiece(p.part)}` : "";
  // Long selections (50 architectures) would make unwieldy names; the JSON meta has the full query.
  // Whole filter pieces are dropped from the end (marked "_etc"), so no value is cut in half.
  const room = MAX_FILE_NAME - DATE_AND_EXT - part.length;
  let middle = pieces.join("_");
  if (middle.length > room) {
    while (pieces.length > 1 && `${pieces.join("_")}_etc`.length > room) pieces.pop();
    middle = `${pieces.join("_").slice(0, room - 4).replace(/[_+\-]+$/, "")}_etc`;
  }
  return `${middle}${part}_${p.date.toISOString().slice(0, 10)}`;
}

/** `attachment; filename="stem.ext"` (the stem is ASCII-safe by construction). */
export function contentDisposition(stem: string, ext: string): string {
  return `attachment; filename="${stem.replace(/[^A-Za-z0-9._+\-]/g, "-")}.${ext}"`;
}
