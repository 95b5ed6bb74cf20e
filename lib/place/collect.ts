import { primaryMetric } from "../domain/metrics";
import { normalizeDataset } from "./datasets";
import { NAN_SENTINEL } from "./json-text";
import type { ModelResults, PlaceFormat, PlaceIssue, ReadResult, ResultRow } from "./types";

/** Model identity as read from one record. */
export interface ModelKey {
  model: string;
  arch: string | null;
  pretrained: string | null;
  gmacs?: number | null;
  samplesSeen?: number | null;
}

/**
 * Groups records into models, picks each task's primary metric, and records every problem with
 * its line: a metric outside [0, 1], a second result for the same (model, dataset), a model whose
 * compute columns disagree between lines.
 */
export class ResultCollector {
  readonly issues: PlaceIssue[] = [];
  private readonly models = new Map<string, ModelResults>();
  private readonly seen = new Map<string, number>();

  constructor(readonly file: string, readonly format: PlaceFormat) {}

  issue(line: number, expected: string, found: string, column?: number): void {
    this.issues.push({ file: this.file, line, expected, found, ...(column === undefined ? {} : { column }) });
  }

  /** Add one (model, dataset) record with its metrics object. */
  add(key: ModelKey, dataset: string, metrics: Record<string, unknown>, line: number, column?: number): void {
    const m = this.model(key, line);
    const task = normalizeDataset(dataset);
    const dup = `${key.model}\u0000${task}`;
    const first = this.seen.get(dup);
    if (first !== undefined) {
      this.issue(line, `one result per model and dataset`, `a second result for ${key.model} on ${task} (the first is on line ${first})`, column);
      return;
    }
    this.seen.set(dup, line);
    const pick = pickPrimaryMetric(task, metrics);
    if (pick.value !== null && (pick.value < 0 || pick.value > 1)) {
      this.issue(line, `${pick.metric} as a fraction in [0, 1]`, String(pick.value), column);
      return;
    }
    m.rows.push({ dataset, task, metric: pick.metric, value: pick.value, missing: pick.missing, line });
  }

  note(model: string, text: string): void {
    const m = this.models.get(model);
    if (m) m.notes.push(text);
  }

  private model(key: ModelKey, line: number): ModelResults {
    let m = this.models.get(key.model);
    if (!m) {
      m = { model: key.model, arch: key.arch, pretrained: key.pretrained, gmacs: key.gmacs ?? null, samplesSeen: key.samplesSeen ?? null, file: this.file, format: this.format, rows: [], notes: [] };
      this.models.set(key.model, m);
      return m;
    }
    for (const f of ["arch", "gmacs", "samplesSeen"] as const) {
      const v = key[f];
      // Numbers within 1e-9 relative count as equal (upstream writes 7.399999999999999 beside 7.4).
      const same = typeof v === "number" && typeof m[f] === "number" ? Math.abs(v - (m[f] as number)) <= 1e-9 * Math.abs(v) : v === m[f];
      if (v !== undefined && v !== null && m[f] !== null && !same) {
        this.issue(line, `the same ${f} for every line of model ${key.model} (${m[f]})`, String(v));
      }
    }
    return m;
  }

  /** The read result; a file with any issue yields no models, so nothing half-read is placed. */
  result(emptyLine: number): ReadResult {
    const models = [...this.models.values()];
    if (this.issues.length === 0 && models.every((m) => m.rows.length === 0)) {
      this.issue(emptyLine, "at least one result", "none");
    }
    return { format: this.format, models: this.issues.length ? [] : models, issues: this.issues };
  }
}

/** `"x" (a string)` style description of a JSON value for `found`. */
export function describeJson(v: unknown): string {
  if (v === undefined) return "nothing";
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

/**
 * The paper's primary metric of `task` from `metrics` (top-1; image retrieval recall@5 for
 * retrieval; mAP for VOC multilabel). Never substitutes another metric: when the key is absent,
 * null or NaN the value is null and `missing` says so (and which metrics the file has instead).
 */
export function pickPrimaryMetric(task: string, metrics: Record<string, unknown>): Pick<ResultRow, "metric" | "value" | "missing"> {
  const metric = primaryMetric(task);
  const has = Object.keys(metrics).filter((k) => k !== "main_metric" && typeof metrics[k] === "number" && Number.isFinite(metrics[k]));
  if (!Object.hasOwn(metrics, metric) || metrics[metric] === undefined) {
    return { metric, value: null, missing: `${metric} missing (file has ${has.length ? has.slice(0, 4).join(", ") + (has.length > 4 ? `, … ${has.length - 4} more` : "") : "no metric"})` };
  }
  const v = metrics[metric];
  if (v === null) return { metric, value: null, missing: `${metric} is null (read as missing)` };
  if (v === NAN_SENTINEL || (typeof v === "number" && Number.isNaN(v))) return { metric, value: null, missing: `${metric} is NaN (read as missing)` };
  if (typeof v !== "number" || !Number.isFinite(v)) return { metric, value: null, missing: `${metric} is not a number (${JSON.stringify(v)})` };
  return { metric, value: v, missing: null };
}
