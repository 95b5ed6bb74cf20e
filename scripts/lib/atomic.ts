import fs from "node:fs";
import path from "node:path";

/** Temp files of ingests that died (SIGKILL, power loss) and whose process is gone. */
function staleTemps(target: string): string[] {
  const dir = path.dirname(target);
  const prefix = `${path.basename(target)}.tmp-`;
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => {
    if (!f.startsWith(prefix)) return false;
    const pid = Number(f.slice(prefix.length).split("-")[0]);
    try {
      process.kill(pid, 0);
      return false; // still running
    } catch {
      return true;
    }
  }).map((f) => path.join(dir, f));
}

function fsyncPath(p: string): void {
  const fd = fs.openSync(p, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Build a file next to `target` and rename it over `target` only if `build` succeeds. rename(2) is
 * atomic on one file system: readers see the old file or the new one, never a half-written one,
 * and a failed or killed build leaves the old file byte-identical.
 */
export async function replaceAtomically(target: string, build: (tmpPath: string) => Promise<void> | void): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  fs.mkdirSync(dir, { recursive: true });
  for (const stale of staleTemps(target)) fs.rmSync(stale, { force: true });
  const tmp = `${target}.tmp-${process.pid}-${Date.now().toString(36)}`;
  try {
    await build(tmp);
    fsyncPath(tmp);
    fs.renameSync(tmp, target);
    fsyncPath(dir);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    fs.rmSync(`${tmp}-journal`, { force: true });
    throw e;
  }
}
