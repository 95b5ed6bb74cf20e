import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readEnv } from "../lib/env";
import { ZOO_FILES, ZOO_KEYS, ZOO_UPSTREAM, zooLocalNames, type ZooKey } from "../lib/place/zoo-source";

/** The open_clip files as text, each checked by sha256, with where they were read. */
export type ZooFiles = { ok: true; dir: string; files: Record<ZooKey, { text: string; file: string; sha256: string }> } | { ok: false; reason: string };

/**
 * What readZooFiles would find, cheaply (which files are there and their sizes, no reading): a
 * cached answer built from the zoo files is keyed by it, so fetching them later is seen at once.
 * Not paths or mtimes: replicas with their own copies of the pinned files must agree.
 */
export function zooFilesStamp(env = readEnv()): string {
  const dir = env.SCALING_ZOO_DIR || path.join(env.SCALING_ZOO_CACHE_DIR, ZOO_UPSTREAM.commit);
  return ZOO_KEYS.map((key) => {
    for (const n of zooLocalNames(key)) {
      const st = fs.statSync(path.join(dir, n), { throwIfNoEntry: false });
      if (st) return `${key}:${st.size}`;
    }
    return `${key}:-`;
  }).join("|");
}

/**
 * Read the pinned open_clip files from SCALING_ZOO_DIR, else from the download cache
 * (`npm run place -- --fetch-zoo`). A file whose sha256 differs from the pinned one is refused.
 */
export function readZooFiles(env = readEnv()): ZooFiles {
  const dirs = env.SCALING_ZOO_DIR ? [env.SCALING_ZOO_DIR] : [path.join(env.SCALING_ZOO_CACHE_DIR, ZOO_UPSTREAM.commit)];
  const dir = dirs[0]!;
  const files = {} as Record<ZooKey, { text: string; file: string; sha256: string }>;
  for (const key of ZOO_KEYS) {
    const found = zooLocalNames(key).map((n) => path.join(dir, n)).find((p) => fs.existsSync(p));
    if (!found) return { ok: false, reason: `open_clip's ${ZOO_FILES[key].path} not found in ${dir}: set SCALING_ZOO_DIR or run \`npm run place -- --fetch-zoo\`` };
    const bytes = fs.readFileSync(found);
    const sha = createHash("sha256").update(bytes).digest("hex");
    if (sha !== ZOO_FILES[key].sha256) return { ok: false, reason: `${found}: sha256 ${sha} is not the pinned ${ZOO_FILES[key].sha256} (${ZOO_UPSTREAM.repo}@${ZOO_UPSTREAM.commit.slice(0, 8)})` };
    files[key] = { text: bytes.toString("utf8"), file: found, sha256: sha };
  }
  return { ok: true, dir, files };
}
