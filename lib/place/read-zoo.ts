import { parseCsv } from "../csv/parse";
import { ResultCollector } from "./collect";
import { DATACOMP_MAIN_METRIC, DATACOMP_TASKS } from "./datasets";
import type { PlaceIssue, ReadResult } from "./types";

/** open_clip docs/openclip_retrieval_results.csv columns that hold the paper's retrieval metrics. */
const RETRIEVAL_COLUMNS: Record<string, { task: string; metric: string }> = {
  "Flickr image retr. R@5": { task: "Flickr", metric: "image_retrieval_recall@5" },
  "Flickr text retr. R@5": { task: "Flickr", metric: "text_retrieval_recall@5" },
  "MSCOCO image retr. R@5": { task: "MSCOCO", metric: "image_retrieval_recall@5" },
  "MSCOCO text retr. R@5": { task: "MSCOCO", metric: "text_retrieval_recall@5" },
};

type Table = { header: string[]; rows: { fields: string[]; line: number }[] };

function table(text: string, file: string, issues: PlaceIssue[]): Table | null {
  const p = parseCsv(text, file);
  issues.push(...p.issues.map((i) => ({ file, line: i.line, column: i.column, expected: i.expected, found: i.found })));
  const [head, ...rows] = p.records;
  if (!head || p.issues.length) return null;
  const header = head.fields.map((h) => h.trim());
  for (const need of ["name", "pretrained"]) {
    if (!header.includes(need)) { issues.push({ file, line: 1, expected: `a column ${need}`, found: header.join(",") }); return null; }
  }
  return { header, rows };
}

/**
 * open_clip's results table (docs/openclip_results.csv: one row per pretrained model, one column
 * per DataComp task holding DataComp's main metric) plus its retrieval table for recall@5. A task
 * whose main metric is not the paper's (mean per-class recall for Caltech-101, …) keeps that metric
 * and gets "acc1 missing" — never substituted.
 */
export function readZooTables(results: { text: string; file: string }, retrieval: { text: string; file: string } | null): ReadResult {
  const issues: PlaceIssue[] = [];
  const main = table(results.text, results.file, issues);
  const retr = retrieval ? table(retrieval.text, retrieval.file, issues) : null;
  if (!main) return { format: "openclip-table", models: [], issues };
  const c = new ResultCollector(results.file, "openclip-table");
  const retrByModel = new Map<string, Record<string, Record<string, number>>>();
  if (retr) {
    for (const { fields } of retr.rows) {
      const key = `${fields[retr.header.indexOf("name")]} ${fields[retr.header.indexOf("pretrained")]}`;
      const per: Record<string, Record<string, number>> = {};
      for (const [col, { task, metric }] of Object.entries(RETRIEVAL_COLUMNS)) {
        const i = retr.header.indexOf(col);
        const v = i < 0 ? NaN : Number(fields[i]);
        if (Number.isFinite(v) && fields[i]!.trim() !== "") (per[task] ??= {})[metric] = v;
      }
      retrByModel.set(key, per);
    }
  }
  const col = (n: string) => main.header.indexOf(n);
  for (const { fields, line } of main.rows) {
    if (fields.length !== main.header.length) { c.issue(line, `${main.header.length} fields`, String(fields.length)); continue; }
    const arch = fields[col("name")]!.trim();
    const pretrained = fields[col("pretrained")]!.trim();
    const model = `${arch} ${pretrained}`;
    for (const [name, key] of Object.entries(DATACOMP_TASKS)) {
      const i = col(name);
      if (i < 0) continue;
      const raw = fields[i]!.trim();
      const metrics: Record<string, unknown> = {};
      if (raw !== "") {
        const v = Number(raw);
        if (!Number.isFinite(v)) { c.issue(line, `${name} as a number or empty`, JSON.stringify(raw), i + 1); continue; }
        metrics[DATACOMP_MAIN_METRIC[key] ?? "acc1"] = v;
      }
      Object.assign(metrics, retrByModel.get(model)?.[name] ?? {});
      c.add({ model, arch, pretrained }, name, metrics, line);
    }
  }
  return c.result(2);
}
