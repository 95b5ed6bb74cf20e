import { readResultsCsv } from "./read-csv";
import { jsonFormatOf, readClipBenchmarkJson, readDatacompJsonl, splitJson } from "./read-json";
import type { ReadResult } from "./types";

/**
 * Read any supported results file (format detected from its content): CLIP_benchmark JSON (an
 * object, an array, or JSON lines), `clip_benchmark build` CSV, DataComp `eval_results.jsonl`, or a
 * CSV in zeroshot_results.csv's layout. Pure: text in, models or line-precise issues out.
 */
export function readResults(text: string, file: string): ReadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const first = body.trimStart()[0];
  if (first === undefined) return { format: null, models: [], issues: [{ file, line: 1, expected: "a results file (JSON, JSON lines or CSV)", found: "an empty file" }] };
  if (first !== "{" && first !== "[") return readResultsCsv(body, file);
  const { values, nanLines, error } = splitJson(body, file);
  if (error.length) return { format: null, models: [], issues: error };
  const format = jsonFormatOf(values);
  return format === "datacomp-jsonl" ? readDatacompJsonl(values, file, nanLines) : readClipBenchmarkJson(values, file);
}
