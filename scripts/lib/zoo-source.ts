import fs from "node:fs";
import path from "node:path";
import { ZOO_FILES, ZOO_KEYS, ZOO_UPSTREAM, zooLocalNames, type ZooKey } from "../../lib/place/zoo-source";
import { sha256 } from "./source";

/** Download the three pinned open_clip files into `cacheDir/<commit>/docs/`, verifying each sha256. */
export async function fetchZoo(baseUrl: string, cacheDir: string, log: (s: string) => void): Promise<string> {
  const dir = path.join(cacheDir, ZOO_UPSTREAM.commit);
  for (const key of ZOO_KEYS) {
    const { path: p, sha256: expected } = ZOO_FILES[key];
    const target = path.join(dir, p);
    if (fs.existsSync(target) && sha256(new Uint8Array(fs.readFileSync(target))) === expected) { log(`  ${p}: cached`); continue; }
    const url = `${baseUrl.replace(/\/+$/, "")}/${ZOO_UPSTREAM.commit}/${p}`;
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) }).catch((e: Error) => { throw new Error(`Could not download ${url} (${e.message}). Give a local directory instead: SCALING_ZOO_DIR=DIR.`); });
    if (!res.ok) throw new Error(`Could not download ${url}: HTTP ${res.status}. Give a local directory instead: SCALING_ZOO_DIR=DIR.`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const got = sha256(bytes);
    if (got !== expected) throw new Error(`${url}: sha256 mismatch: expected ${expected}, found ${got}; nothing was written.`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(`${target}.tmp-${process.pid}`, bytes);
    fs.renameSync(`${target}.tmp-${process.pid}`, target);
    log(`  ${p}: downloaded ${bytes.length} bytes, sha256 verified`);
  }
  return dir;
}

export type { ZooKey };
export { zooLocalNames };
