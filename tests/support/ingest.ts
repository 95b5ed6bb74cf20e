import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readEnv } from "../../lib/env";
import { UPSTREAM_FILES } from "../../lib/upstream";
import { runIngest } from "../../scripts/lib/run-ingest";

export const SHARED = path.resolve(process.env.SCALING_DATA_DIR ?? path.join(process.cwd(), "../shared/data/scaling-laws-openclip"));

/** A temp directory holding a copy of the four upstream files (outside the repository). */
export function copyUpstream(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "scaling-src-"));
  for (const { file } of Object.values(UPSTREAM_FILES)) fs.copyFileSync(path.join(SHARED, file), path.join(dir, file));
  return dir;
}

export function sha256File(p: string): string {
  return createHash("sha256").update(fs.readFileSync(p)).digest("hex");
}

/** Run an ingest quietly; returns the summary or the thrown error. */
export async function ingestQuiet(source: string | undefined, dbPath: string, env: Partial<Record<string, string>> = {}, opts: { allowShrink?: boolean } = {}) {
  const logs: string[] = [];
  try {
    const summary = await runIngest({ source, dbPath, env: readEnv({ ...env } as NodeJS.ProcessEnv), log: (m) => logs.push(m), ...opts });
    return { ok: true as const, summary, logs };
  } catch (error) {
    return { ok: false as const, error: error as Error, logs };
  }
}
