import path from "node:path";
import { ZOO_FILES, ZOO_KEYS, ZOO_UPSTREAM } from "../../lib/place/zoo-source";
import { fetchPinned } from "./source";

/** Download the three pinned open_clip files into `cacheDir/<commit>/docs/`, verifying each sha256. */
export async function fetchZoo(baseUrl: string, cacheDir: string, log: (s: string) => void): Promise<string> {
  const dir = path.join(cacheDir, ZOO_UPSTREAM.commit);
  for (const key of ZOO_KEYS) {
    const { path: p, sha256: expected } = ZOO_FILES[key];
    const url = `${baseUrl.replace(/\/+$/, "")}/${ZOO_UPSTREAM.commit}/${p}`;
    await fetchPinned(url, path.join(dir, p), expected, { label: p, log, hint: "Give a local directory instead: SCALING_ZOO_DIR=DIR." });
  }
  return dir;
}
