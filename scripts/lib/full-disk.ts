/**
 * A directory where a new database cannot fit: a small tmpfs when the machine lets us mount one
 * (root with CAP_SYS_ADMIN), otherwise a file-size limit (RLIMIT_FSIZE via prlimit) on the ingest
 * child, which makes SQLite's writes fail the way a full disk does (short write → SQLITE_FULL).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export interface SmallDisk { dir: string; how: string; wrap?: string[]; release: () => void }

/** A place for `oldBytes` of database plus a little, not for a second copy. */
export function smallDisk(oldBytes: number): SmallDisk {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "full-disk-"));
  const size = Math.ceil((oldBytes * 1.4) / 4096) * 4096;
  const release = () => fs.rmSync(dir, { recursive: true, force: true });
  if (!process.env.FULL_DISK_NO_MOUNT) {
    const m = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", dir], { encoding: "utf8" });
    if (m.status === 0) {
      return {
        dir, how: `tmpfs of ${(size / 1024).toFixed(0)} KiB (mount -t tmpfs)`,
        release: () => {
          spawnSync("umount", [dir]);
          release();
        },
      };
    }
  }
  // Fallback: the child may not grow any file past half the old database's size (the old file is
  // already written, so only the new one hits the limit).
  const limit = Math.floor(oldBytes / 2);
  return { dir, how: `file-size limit of ${(limit / 1024).toFixed(0)} KiB on the ingest (prlimit --fsize; tmpfs mount not permitted)`, wrap: ["prlimit", `--fsize=${limit}`, "--"], release };
}
