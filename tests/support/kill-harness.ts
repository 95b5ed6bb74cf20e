/**
 * What the killed-ingest test and benchmark share: an ingest child process that can be SIGKILLed
 * at a chosen moment, a digest of a database file (bytes, logical content, integrity), the stale
 * temp files an ingest leaves, and a variant source whose data differs from upstream by one digit.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { copyUpstream } from "./ingest";

/** The one row a variant source changes: its model id, task, and acc1 before and after. */
export interface VariantChange { model: string; task: string; a: number; b: number }

/**
 * A copy of the upstream files whose zeroshot_results.csv has the last digit of one LAION model's
 * accuracy changed: a different data version whose rows differ from upstream in one known cell.
 */
export function variantSource(): { dir: string; changed: VariantChange } {
  const dir = copyUpstream();
  const file = path.join(dir, "zeroshot_results.csv");
  const lines = fs.readFileSync(file, "utf8").split("\n");
  const head = lines[0]!.split(",");
  const [acc, task, name] = ["acc1", "downstream_dataset", "name"].map((c) => head.indexOf(c)) as [number, number, number];
  const i = lines.findIndex((l, k) => k > 0 && l.split(",")[name]!.endsWith(".pt"));
  const cells = lines[i]!.split(",");
  const v = cells[acc]!;
  cells[acc] = v.slice(0, -1) + (v.endsWith("9") ? "8" : String(Number(v.at(-1)) + 1));
  lines[i] = cells.join(",");
  fs.writeFileSync(file, lines.join("\n"));
  return { dir, changed: { model: cells[name]!.replace(/\.pt$/, ""), task: cells[task]!, a: Number(v), b: Number(cells[acc]) } };
}

export interface Digest { sha256: string; content: string; integrity: string; version: string | null }

/**
 * sha256 of the bytes, a hash of every table's rows (ingest timestamps blanked: two ingests of the
 * same files differ only there), `PRAGMA integrity_check` and the data version.
 */
export function digest(file: string): Digest {
  const sha256 = createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  let h: Database.Database | undefined;
  try {
    h = new Database(file, { readonly: true, fileMustExist: true });
    const integrity = (h.pragma("integrity_check", { simple: true }) as string) ?? "?";
    const c = createHash("sha256");
    const tables = h.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables) {
      for (const row of h.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all() as Record<string, unknown>[]) {
        if (name === "ingests") Object.assign(row, { started_at: null, finished_at: null, elapsed_ms: null });
        c.update(`${name}:${JSON.stringify(row)}\n`);
      }
    }
    const version = (h.prepare("SELECT version FROM ingests ORDER BY id DESC").get() as { version: string } | undefined)?.version ?? null;
    return { sha256, content: c.digest("hex"), integrity, version };
  } catch (e) {
    return { sha256, content: "", integrity: `cannot open: ${(e as Error).message}`, version: null };
  } finally {
    h?.close();
  }
}

/** `<db>.tmp-<pid>-…` files (and their journals) next to a database. */
export function tempFiles(db: string): string[] {
  const prefix = `${path.basename(db)}.tmp-`;
  return fs.readdirSync(path.dirname(db)).filter((f) => f.startsWith(prefix));
}

export interface IngestRun { code: number | null; signal: NodeJS.Signals | null; ms: number; stage: string; stderr: string; killedAtMs: number | null }

/** One ingest as a child process, the way an operator runs it; rejects with its stderr when it fails. */
export async function ingestChild(source: string, db: string): Promise<void> {
  const r = await runIngestChild(source, db);
  if (r.code !== 0) throw new Error(`ingest failed: ${r.stderr}`);
}

/**
 * Run `scripts/ingest.ts` as a child. With `killAfterMs`, SIGKILL it that long after spawn; with
 * `killAfterStage`, that long after its log names the stage (e.g. "write").
 */
export function runIngestChild(source: string, db: string, o: { killAfterMs?: number; killAfterStage?: string; wrap?: string[] } = {}): Promise<IngestRun> {
  // `node --import tsx`, not the tsx CLI: the CLI runs the script in a child process of its own,
  // so a SIGKILL of the CLI would leave the real ingest running as an orphan.
  const cmd = [process.execPath, "--import", "tsx", "scripts/ingest.ts", "--source", source, "--db", db];
  const [file, ...args] = o.wrap ? [...o.wrap, ...cmd] : cmd;
  const t0 = performance.now();
  const child = spawn(file!, args, { stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  let stage = "start";
  let killedAtMs: number | null = null;
  const kill = (ms: number) =>
    setTimeout(() => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      killedAtMs = performance.now() - t0;
      child.kill("SIGKILL");
    }, ms);
  let timer = o.killAfterMs !== undefined && !o.killAfterStage ? kill(o.killAfterMs) : undefined;
  child.stderr.on("data", (d: Buffer) => {
    stderr += d;
    for (const m of d.toString().matchAll(/^\[[\d.]+s\] (\w+)/gm)) {
      stage = m[1]!;
      if (o.killAfterStage === stage && !timer) timer = kill(o.killAfterMs ?? 0);
    }
  });
  return new Promise((resolve) =>
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, ms: performance.now() - t0, stage, stderr, killedAtMs });
    }),
  );
}

/** Put a pristine copy of `from` at `to` atomically (the old database before each kill). */
export function restore(from: string, to: string): void {
  fs.copyFileSync(from, `${to}.restore`);
  fs.renameSync(`${to}.restore`, to);
}
