import { describeJson, ResultCollector } from "./collect";
import { arrayElementOffsets, lineCol, parseJson, sanitizeNonFinite } from "./json-text";
import type { PlaceFormat, ReadResult } from "./types";

type Obj = Record<string, unknown>;
/** One JSON value with the line it starts on. */
interface Located { value: unknown; line: number }

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Split a JSON file into located values: one document (an object or an array of objects) or JSON
 * lines. Bare NaN/Infinity are read as missing (noted with their lines). Syntax errors name the line.
 */
export function splitJson(text: string, file: string): { values: Located[]; nanLines: number[]; error: ReadResult["issues"] } {
  const { text: clean, replaced } = sanitizeNonFinite(text);
  const nanLines = [...new Set(replaced.map((o) => lineCol(text, o).line))];
  const whole = parseJson(clean);
  if (whole.ok) {
    if (Array.isArray(whole.value)) {
      const offsets = arrayElementOffsets(clean);
      return { values: whole.value.map((v, i) => ({ value: v, line: lineCol(clean, offsets[i] ?? 0).line })), nanLines, error: [] };
    }
    return { values: [{ value: whole.value, line: lineCol(clean, clean.search(/\S/)).line }], nanLines, error: [] };
  }
  // Not one document: JSON lines (one value per non-blank line).
  const lines = clean.split(/\r?\n/);
  const multi = lines.filter((l) => l.trim() !== "").length > 1 && lines.every((l) => l.trim() === "" || /^\s*[{[]/.test(l));
  if (!multi) {
    const at = whole.offset === null ? { line: 1, column: undefined } : lineCol(clean, whole.offset);
    return { values: [], nanLines, error: [{ file, line: at.line, ...(at.column ? { column: at.column } : {}), expected: "valid JSON (an object, an array of objects, or one object per line)", found: whole.reason }] };
  }
  const values: Located[] = [];
  const error: ReadResult["issues"] = [];
  lines.forEach((l, i) => {
    if (l.trim() === "") return;
    const p = parseJson(l);
    if (p.ok) values.push({ value: p.value, line: i + 1 });
    else error.push({ file, line: i + 1, ...(p.offset === null ? {} : { column: p.offset + 1 }), expected: "one JSON object on this line", found: p.reason });
  });
  return { values, nanLines, error };
}

/** Which JSON format the first object looks like (DataComp lines have `key`, CLIP_benchmark `model`). */
export function jsonFormatOf(values: Located[]): PlaceFormat {
  const first = values.find((v) => isObj(v.value))?.value as Obj | undefined;
  return first && "key" in first && !("model" in first) ? "datacomp-jsonl" : "clip-benchmark-json";
}

const ZERO_SHOT = new Set(["zeroshot_classification", "zeroshot_retrieval"]);

/** CLIP_benchmark results: `{dataset, model, pretrained, task, metrics, language}` per object. */
export function readClipBenchmarkJson(values: Located[], file: string): ReadResult {
  const c = new ResultCollector(file, "clip-benchmark-json");
  for (const { value, line } of values) {
    if (!isObj(value)) { c.issue(line, "a JSON object {dataset, model, pretrained, task, metrics}", describeJson(value)); continue; }
    const bad = ["dataset", "model", "pretrained", "task"].find((k) => typeof value[k] !== "string" || value[k] === "");
    if (bad) { c.issue(line, `"${bad}" as a non-empty string`, describeJson(value[bad])); continue; }
    if (!isObj(value.metrics)) { c.issue(line, `"metrics" as an object`, describeJson(value.metrics)); continue; }
    const model = `${value.model} ${value.pretrained}`;
    if (!ZERO_SHOT.has(value.task as string)) { c.note(model, `line ${line}: task "${String(value.task)}" is not zero-shot; skipped`); continue; }
    c.add({ model, arch: value.model as string, pretrained: value.pretrained as string }, value.dataset as string, value.metrics, line);
  }
  return c.result(1);
}

/** DataComp eval_results.jsonl: `{key, dataset, metrics: {…, main_metric}}` per line, one model per file. */
export function readDatacompJsonl(values: Located[], file: string, nanLines: number[]): ReadResult {
  const c = new ResultCollector(file, "datacomp-jsonl");
  const model = file.replace(/^.*[\\/]/, "").replace(/\.jsonl?$/i, "");
  for (const { value, line } of values) {
    if (!isObj(value)) { c.issue(line, "a JSON object {key, dataset, metrics}", describeJson(value)); continue; }
    if (typeof value.key !== "string" || value.key === "") { c.issue(line, `"key" as a non-empty string`, describeJson(value.key)); continue; }
    if (!isObj(value.metrics)) { c.issue(line, `"metrics" as an object`, describeJson(value.metrics)); continue; }
    c.add({ model, arch: null, pretrained: null }, value.key, value.metrics, line);
  }
  if (nanLines.length) c.note(model, `bare NaN/Infinity on line${nanLines.length > 1 ? "s" : ""} ${nanLines.join(", ")} read as missing`);
  const nulls = values.filter((v) => isObj(v.value) && isObj(v.value.metrics) && Object.values(v.value.metrics).some((x) => x === null)).map((v) => v.line);
  if (nulls.length) c.note(model, `null metric values on line${nulls.length > 1 ? "s" : ""} ${nulls.join(", ")} read as missing`);
  return c.result(1);
}
