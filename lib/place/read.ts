import { modelId } from "../domain/arch";
import { parseCsv } from "../csv/parse";
import { ResultCollector } from "./collect";
import { jsonFormatOf, readClipBenchmarkJson, readDatacompJsonl, splitJson } from "./read-json";
import type { PlaceFormat, ReadResult } from "./types";

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

const METRIC_COLUMNS = ["acc1", "acc5", "mean_per_class_recall", "mean_average_precision", "image_retrieval_recall@5", "text_retrieval_recall@5"];
const CLIP_BENCHMARK_REQUIRED = ["dataset", "model", "pretrained"];
const ZEROSHOT_REQUIRED = ["arch", "samples_seen", "gmacs", "downstream_dataset", "name"];

/** A number cell: empty → missing; anything else must be a finite number (else an issue). */
function numberCell(raw: string): number | null | "bad" {
  const t = raw.trim();
  if (t === "") return null;
  if (t === "NaN" || t === "nan") return Number.NaN;
  const v = Number(t);
  return Number.isFinite(v) ? v : "bad";
}

/** Reads `clip_benchmark build`'s CSV or a CSV in zeroshot_results.csv's layout (header on line 1). */
function readResultsCsv(text: string, file: string): ReadResult {
  const parsed = parseCsv(text, file);
  if (parsed.issues.length) {
    return { format: null, models: [], issues: parsed.issues.map((i) => ({ file, line: i.line, column: i.column, expected: i.expected, found: i.found })) };
  }
  const [head, ...records] = parsed.records;
  if (!head) return { format: null, models: [], issues: [{ file, line: 1, expected: "a header line", found: "an empty file" }] };
  const header = head.fields.map((h) => h.trim());
  // `clip_benchmark build` output, or a CSV in zeroshot_results.csv's layout.
  const format: PlaceFormat = header.includes("downstream_dataset") ? "zeroshot-csv" : "clip-benchmark-csv";
  const c = new ResultCollector(file, format);
  const required = format === "zeroshot-csv" ? ZEROSHOT_REQUIRED : CLIP_BENCHMARK_REQUIRED;
  const absent = required.filter((r) => !header.includes(r));
  const metricCols = METRIC_COLUMNS.filter((m) => header.includes(m));
  if (absent.length || metricCols.length === 0) {
    const need = absent.length ? absent : ["a metric column (acc1, image_retrieval_recall@5, …)"];
    c.issue(1, `the column${need.length > 1 ? "s" : ""} ${need.join(", ")}`, `a header without ${need.length > 1 ? "them" : "it"} (${header.join(",")})`);
    return c.result(1);
  }
  const col = (name: string) => header.indexOf(name);
  for (const { fields, line } of records) {
    if (fields.length !== header.length) {
      c.issue(line, `${header.length} fields`, `${fields.length}`);
      continue;
    }
    const cell = (name: string) => fields[col(name)]!.trim();
    const metrics: Record<string, unknown> = {};
    let bad = false;
    for (const m of metricCols) {
      const v = numberCell(fields[col(m)]!);
      if (v === "bad") { c.issue(line, `${m} as a number or empty`, JSON.stringify(fields[col(m)]), col(m) + 1); bad = true; }
      else if (v !== null) metrics[m] = v;
    }
    if (bad) continue;
    if (format === "clip-benchmark-csv") {
      if (header.includes("task") && !/^zeroshot_/.test(cell("task"))) continue;
      const empty = CLIP_BENCHMARK_REQUIRED.find((r) => cell(r) === "");
      if (empty) { c.issue(line, `${empty} as a non-empty value`, "an empty cell", col(empty) + 1); continue; }
      c.add({ model: `${cell("model")} ${cell("pretrained")}`, arch: cell("model"), pretrained: cell("pretrained") }, cell("dataset"), metrics, line);
    } else {
      const gmacs = numberCell(cell("gmacs"));
      const samples = numberCell(cell("samples_seen"));
      if (typeof gmacs !== "number" || !(gmacs > 0)) { c.issue(line, "gmacs as a number > 0", JSON.stringify(cell("gmacs")), col("gmacs") + 1); continue; }
      if (typeof samples !== "number" || !(samples > 0)) { c.issue(line, "samples_seen as a number > 0", JSON.stringify(cell("samples_seen")), col("samples_seen") + 1); continue; }
      const arch = cell("arch");
      c.add({ model: modelId(cell("name"), arch), arch, pretrained: null, gmacs, samplesSeen: samples }, cell("downstream_dataset"), metrics, line);
    }
  }
  return c.result(2);
}
