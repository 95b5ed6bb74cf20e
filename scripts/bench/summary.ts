/**
 * The one table `npm run bench` prints, from each script's BENCH_JSON line. Two shapes are read:
 * `{ bench, ok, rows: [{ metric, value, unit?, goal?, pass? }] }` (preferred), or any flat object
 * whose scalar fields become rows (`{ bench: "ingest", real_ms_median: 253, … }`).
 */
import fs from "node:fs";
import { machine } from "./report";

export interface Outcome { name: string; status: string; seconds: number; json?: Record<string, unknown> }
type Row = { metric?: unknown; value?: unknown; unit?: unknown; goal?: unknown; pass?: unknown };

const fmt = (v: unknown): string => {
  if (typeof v !== "number") return String(v ?? "");
  if (Number.isInteger(v) || Math.abs(v) >= 1000) return Math.round(v).toLocaleString("en");
  return String(Number(v.toPrecision(4)));
};
const passCell = (p: unknown): string => (p === true ? "yes" : p === false ? "**NO**" : "");

/** Summary rows (bench, metric, value, goal, pass) for every outcome. */
export function summaryRows(outcomes: Outcome[]): string[][] {
  const out: string[][] = [];
  for (const o of outcomes) {
    const tag = `${o.name} (${o.seconds.toFixed(0)} s)`;
    if (o.status === "missing") {
      out.push([o.name, "–", "script not present (skipped)", "", ""]);
      continue;
    }
    if (!o.json) {
      out.push([tag, "–", `${o.status}, no BENCH_JSON line`, "", o.status === "ok" ? "" : "**NO**"]);
      continue;
    }
    if (o.status !== "ok") out.push([tag, "exit status", o.status, "0", "**NO**"]);
    const rows: Row[] = Array.isArray(o.json.rows) ? (o.json.rows as Row[]) : Object.entries(o.json).filter(([k, v]) => k !== "bench" && k !== "ok" && (typeof v !== "object" || v === null)).map(([k, v]) => ({ metric: k, value: v }));
    for (const r of rows) out.push([tag, String(r.metric ?? ""), `${fmt(r.value)}${r.unit ? ` ${String(r.unit)}` : ""}`, String(r.goal ?? ""), passCell(r.pass)]);
    if (typeof o.json.ok === "boolean" && !rows.some((r) => r.pass !== undefined)) out.push([tag, "ok", String(o.json.ok), "true", passCell(o.json.ok)]);
  }
  return out;
}

const START = "<!-- bench:summary -->";
const END = "<!-- /bench:summary -->";

/** Replace the text between the summary markers of BENCHMARKS.md; false if the markers are missing. */
export function writeSummary(file: string, rows: string[][], when: Date, quick: boolean): boolean {
  const text = fs.readFileSync(file, "utf8");
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) return false;
  const table = [
    `Last \`npm run bench${quick ? " -- --quick" : ""}\`: ${when.toISOString().slice(0, 16).replace("T", " ")} UTC on ${machine()}.`,
    "",
    "| bench | metric | value | goal | pass |",
    "|---|---|---|---|---|",
    ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`),
  ].join("\n");
  fs.writeFileSync(file, `${text.slice(0, a + START.length)}\n${table}\n${text.slice(b)}`);
  return true;
}
