/**
 * `npx tsx scripts/bench/kill.ts [-- --points N]` — SIGKILL the ingest (one `node --import tsx`
 * process) at N moments (default 24): two thirds spread evenly (with seeded jitter) over its whole
 * run, one third inside the write stage. After each kill the database must be exactly the old file
 * (same sha256) or exactly the new content (same rows, integrity_check ok). Then one normal ingest
 * must remove the dead processes' temp files, and an ingest onto a full disk must fail cleanly.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { mulberry32 } from "../../lib/fit/rng";
import { smallDisk } from "../lib/full-disk";
import { digest, restore, runIngestChild, tempFiles, variantSource } from "../../tests/support/kill-harness";
import { SHARED } from "../../tests/support/ingest";
import { benchJson } from "./bench-server";
import { machine, median, printTable } from "./report";

const { values } = parseArgs({ options: { points: { type: "string", default: "24" }, seed: { type: "string", default: "2023" } } });
const N = Math.max(3, Number(values.points));
const rng = mulberry32(Number(values.seed));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-kill-"));
const db = path.join(dir, "scaling.db");
const pristine = path.join(dir, "old.db");
const variant = variantSource().dir;

try {
  if ((await runIngestChild(SHARED, pristine)).code !== 0) throw new Error("ingest of the real files failed");
  const old = digest(pristine);
  const calib = [];
  for (let i = 0; i < 3; i++) {
    const r = await runIngestChild(variant, path.join(dir, "new.db"));
    if (r.code !== 0) throw new Error(`ingest of the variant failed: ${r.stderr}`);
    calib.push(r.ms);
  }
  const fresh = digest(path.join(dir, "new.db"));
  const T = median(calib);
  const nWrite = Math.floor(N / 3);
  const nSpread = N - nWrite;
  const plans = [
    ...Array.from({ length: nSpread }, (_, k) => ({ killAfterMs: T * ((k + rng()) / nSpread), killAfterStage: undefined as string | undefined })),
    ...Array.from({ length: nWrite }, (_, k) => ({ killAfterMs: (k * 40) / nWrite + rng() * 4, killAfterStage: "write" })),
  ];

  const rows: string[][] = [];
  const tally = { old: 0, new: 0, neither: 0, killed: 0, temps: 0 };
  const killOnce = async (plan: { killAfterMs: number; killAfterStage?: string }) => {
    restore(pristine, db);
    const r = await runIngestChild(variant, db, plan);
    const d = digest(db);
    const outcome = d.sha256 === old.sha256 ? "old" : d.integrity === "ok" && d.content === fresh.content ? "new" : "NEITHER";
    const temps = tempFiles(db).length;
    tally[outcome === "NEITHER" ? "neither" : outcome]++;
    if (r.signal === "SIGKILL") tally.killed++;
    tally.temps += temps;
    const when = plan.killAfterStage ? `${plan.killAfterStage} + ${plan.killAfterMs.toFixed(1)} ms` : `${plan.killAfterMs.toFixed(0)} ms`;
    rows.push([String(rows.length + 1), when, r.signal ?? `exit ${r.code}`, r.stage, outcome, d.integrity === "ok" ? "ok" : d.integrity.slice(0, 40), String(temps)]);
  };
  for (const plan of plans) await killOnce(plan);
  // The cleanup check needs a dead process's temp file in place: kill inside the write stage
  // until one is left (these kills are checked and counted like the others).
  for (let i = 0; i < 8 && tempFiles(db).length === 0; i++) await killOnce({ killAfterStage: "write", killAfterMs: 8 + rng() * 16 });
  const before = tempFiles(db).length;
  const next = await runIngestChild(SHARED, db);
  const after = tempFiles(db).length;
  const cleanup = next.code === 0 && before > 0 && after === 0;

  const disk = smallDisk(fs.statSync(pristine).size);
  let full: { how: string; code: number | null; message: string; untouched: boolean; noTemp: boolean };
  try {
    const target = path.join(disk.dir, "scaling.db");
    fs.copyFileSync(pristine, target);
    const r = await runIngestChild(variant, target, { wrap: disk.wrap });
    full = { how: disk.how, code: r.code, message: r.stderr.trim().split("\n").at(-1) ?? "", untouched: digest(target).sha256 === old.sha256, noTemp: tempFiles(target).length === 0 };
  } finally {
    disk.release();
  }

  console.log(`\n## bench:kill — ${new Date().toISOString()}, ${machine()}\n`);
  console.log(`ingest run time (median of 3, process start to exit): ${T.toFixed(0)} ms; ${rows.length} kill points\n`);
  printTable(["#", "kill at", "ended by", "last stage logged", "database after", "integrity", "temp files left"], rows);
  console.log(`\noutcomes: ${tally.old} old, ${tally.new} new, ${tally.neither} neither; ${tally.killed} killed before exit`);
  console.log(`cleanup: ${before} stale temp file(s) before the next ingest, ${after} after (exit ${next.code})`);
  console.log(`full disk (${full.how}): exit ${full.code}, "${full.message}", old database ${full.untouched ? "byte-identical" : "CHANGED"}, ${full.noTemp ? "no temp file left" : "TEMP FILE LEFT"}`);
  const fullOk = full.code === 1 && full.untouched && full.noTemp && /disk is full|ENOSPC|disk I\/O error/i.test(full.message);
  benchJson({
    bench: "kill", ok: tally.neither === 0 && cleanup && fullOk, points: rows.length, ingest_ms: T,
    rows: [
      { metric: "kill points (SIGKILLed before exit)", value: `${rows.length} (${tally.killed})`, ...(N >= 20 ? { goal: ">= 20", pass: rows.length >= 20 } : {}) },
      { metric: "database old / new / neither", value: `${tally.old} / ${tally.new} / ${tally.neither}`, goal: "neither = 0", pass: tally.neither === 0 },
      { metric: "stale temps removed by next ingest", value: `${before} → ${after}`, goal: "→ 0", pass: cleanup },
      { metric: "full disk: exit 1, old db untouched", value: `exit ${full.code}, ${full.untouched ? "untouched" : "changed"}`, goal: "exit 1, untouched", pass: fullOk },
    ],
  });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(variant, { recursive: true, force: true });
}
