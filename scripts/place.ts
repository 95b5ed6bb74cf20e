/**
 * `npm run place -- FILE… [--arch A] [--samples-seen S] [--gmacs G] [--group G] [--method M] [--db PATH] [--csv]`
 * places result files against the laws of the ingested database and prints the table.
 * `npm run place -- --fetch-zoo` downloads open_clip's pinned tables (sha256-checked) for the zoo overlay.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createDb } from "../db/client";
import { archGmacs, observationsOf } from "../db/place-data";
import { readZooFiles } from "../db/zoo-files";
import { FIT_GROUPS } from "../lib/domain/groups";
import { VIEW_METHODS } from "../lib/domain/paper";
import { readEnv } from "../lib/env";
import { csvStream } from "../lib/export/csv";
import { formatCount, formatNum, formatPct, formatSci, formatSigned } from "../lib/format";
import { PLACEMENT_COLUMNS } from "../lib/place/columns";
import { lawsFrom } from "../lib/place/law-set";
import { readResults } from "../lib/place/read";
import { placeAll } from "../lib/place/run";
import { formatPlaceIssue } from "../lib/place/types";
import { fetchZoo } from "./lib/zoo-source";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true,
    options: {
      arch: { type: "string" }, "samples-seen": { type: "string" }, gmacs: { type: "string" },
      group: { type: "string", default: "LAION" }, method: { type: "string", default: "paper" },
      db: { type: "string" }, csv: { type: "boolean", default: false }, "fetch-zoo": { type: "boolean", default: false },
    },
  });
  const env = readEnv();
  if (values["fetch-zoo"]) {
    const dir = await fetchZoo(env.SCALING_ZOO_URL, env.SCALING_ZOO_CACHE_DIR, (s) => console.log(s));
    console.log(`open_clip tables in ${dir}`);
    if (positionals.length === 0) return 0;
  }
  if (positionals.length === 0) { console.error("usage: npm run place -- FILE… [--arch A] [--samples-seen S] [--gmacs G] [--group G] [--method M] [--db PATH] [--csv]"); return 2; }
  if (!(FIT_GROUPS as readonly string[]).includes(values.group!)) { console.error(`--group: expected one of ${FIT_GROUPS.join(", ")}, found "${values.group}"`); return 2; }
  if (!VIEW_METHODS.includes(values.method!)) { console.error(`--method: expected one of ${VIEW_METHODS.join(", ")}, found "${values.method}"`); return 2; }
  const gmacs = values.gmacs === undefined ? undefined : Number(values.gmacs);
  if (gmacs !== undefined && !(gmacs > 0)) { console.error(`--gmacs: expected a number > 0, found "${values.gmacs}"`); return 2; }
  const dbPath = values.db ?? env.SCALING_DB;
  if (!fs.existsSync(dbPath)) { console.error(`Database not found at ${dbPath}: run \`npm run ingest\` first.`); return 2; }
  const db = createDb(dbPath, { readonly: true });
  const laws = lawsFrom(values.group!, observationsOf(db, values.group!, values.method!));
  const archs = archGmacs(db, readZooFiles(env));
  let failed = false;
  const all = [];
  for (const file of positionals) {
    const read = readResults(fs.readFileSync(file, "utf8"), path.basename(file));
    if (read.issues.length) { failed = true; for (const i of read.issues) console.error(formatPlaceIssue(i)); continue; }
    const overrides = { "*": { ...(values.arch ? { arch: values.arch } : {}), ...(gmacs ? { gmacs } : {}), ...(values["samples-seen"] ? { samplesSeen: values["samples-seen"] } : {}) } };
    all.push(...placeAll(read.models, { archs, laws, group: values.group!, method: values.method!, overrides }));
  }
  if (values.csv) {
    const reader = csvStream(PLACEMENT_COLUMNS, all.flatMap((p) => p.rows), (r, c) => (r as unknown as Record<string, unknown>)[c]).getReader();
    for (let c = await reader.read(); !c.done; c = await reader.read()) process.stdout.write(c.value);
    return failed ? 1 : 0;
  }
  for (const p of all) {
    const s = p.summary;
    console.log(`\n${s.model} (${p.model.file}) — group ${values.group}, method ${values.method}`);
    console.log(p.compute.compute === null
      ? `  compute unknown: ${p.compute.missing.join("; ")}`
      : `  compute ${formatSci(p.compute.compute)} GMACs = ${formatNum(p.compute.gmacs)} GMACs/sample [${p.compute.gmacsSource}] × ${formatCount(p.compute.samplesSeen!)} samples [${p.compute.samplesSource}]`);
    console.log(`  median multiplier ${s.median_multiplier === null ? "–" : `${formatNum(s.median_multiplier)}×`} over ${s.tasks_with_law} tasks with a law; above the law beyond its interval: ${s.tasks_above}, below: ${s.tasks_below}, no interval: ${s.tasks_without_interval}`);
    for (const n of p.model.notes) console.log(`  note: ${n}`);
    console.table(p.rows.map((r) => ({
      task: r.task, metric: r.metric, error: formatPct(r.error), law_error: formatPct(r.law_error),
      interval: r.law_lo === null ? "–" : `${formatPct(r.law_lo)}–${formatPct(r.law_hi)}`,
      residual: r.residual === null ? "–" : `${formatSigned(r.residual * 100, 2)} pp`, multiplier: r.compute_multiplier === null ? "–" : `${formatNum(r.compute_multiplier)}×`,
      within: r.within_interval === null ? "–" : r.within_interval ? "yes" : "no", note: r.note === null ? "" : r.note.length > 90 ? `${r.note.slice(0, 89)}…` : r.note,
    })));
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => process.exit(code), (e: Error) => { console.error(e.message); process.exit(1); });
