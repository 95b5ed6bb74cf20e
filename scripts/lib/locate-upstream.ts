import fs from "node:fs";
import path from "node:path";
import { UPSTREAM, UPSTREAM_FILES } from "../../lib/upstream";
import { downloadSource, OFFLINE_HINT, sha256 } from "./source";

export interface LocateOptions {
  /** SCALING_DATA_DIR, if set: used as given (an incomplete or altered copy is an error, not skipped). */
  dataDir?: string;
  /** The workspace's read-only copy (../shared/data/scaling-laws-openclip). */
  sharedDir: string;
  /** SCALING_CACHE_DIR: verified downloads live in <cacheDir>/<commit>/. */
  cacheDir: string;
  /** SCALING_UPSTREAM_URL. */
  baseUrl: string;
  log: (msg: string) => void;
}

export interface Located { dir: string; from: "SCALING_DATA_DIR" | "shared copy" | "download cache" | "download" }

/** Why a directory does not hold the four upstream files at the pinned commit; [] when it does. */
export function upstreamProblems(dir: string): string[] {
  return Object.values(UPSTREAM_FILES).flatMap(({ file, sha256: want }) => {
    const p = path.join(dir, file);
    if (!fs.existsSync(p)) return [`${file} missing`];
    return sha256(fs.readFileSync(p)) === want ? [] : [`${file} differs from the pinned commit (sha256)`];
  });
}

/**
 * Where the tests read the upstream files: SCALING_DATA_DIR, else the shared copy, else the verified
 * download cache, else a download at the pinned commit (the same code as `npm run ingest`, which
 * verifies and caches). Throws one message saying how to provide the files when none can be had.
 */
export async function locateUpstream(o: LocateOptions): Promise<Located> {
  if (o.dataDir !== undefined) {
    const problems = upstreamProblems(o.dataDir);
    if (problems.length === 0) return { dir: path.resolve(o.dataDir), from: "SCALING_DATA_DIR" };
    throw new Error(`SCALING_DATA_DIR=${o.dataDir} does not hold the upstream files at ${UPSTREAM.commit.slice(0, 7)}: ${problems.join("; ")}. ${HOW}`);
  }
  if (upstreamProblems(o.sharedDir).length === 0) return { dir: path.resolve(o.sharedDir), from: "shared copy" };
  const cached = path.join(o.cacheDir, UPSTREAM.commit);
  if (upstreamProblems(cached).length === 0) return { dir: path.resolve(cached), from: "download cache" };
  try {
    await downloadSource({ baseUrl: o.baseUrl, cacheDir: o.cacheDir, log: o.log });
  } catch (e) {
    const why = (e as Error).message.replace(` ${OFFLINE_HINT}`, "");
    throw new Error(`The tests need the four upstream CSVs of ${UPSTREAM.repo} at ${UPSTREAM.commit.slice(0, 7)}; ` +
      `none in ${o.sharedDir} or ${cached}, and the download failed: ${why} ${HOW}`);
  }
  return { dir: path.resolve(cached), from: "download" };
}

const HOW =
  `Provide them with SCALING_DATA_DIR=DIR npm test, where DIR holds ${Object.values(UPSTREAM_FILES).map((f) => f.file).join(", ")} ` +
  `at commit ${UPSTREAM.commit}, or run npm test where the upstream URL (SCALING_UPSTREAM_URL) is reachable.`;
