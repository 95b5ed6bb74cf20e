import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { UPSTREAM, UPSTREAM_FILES, UPSTREAM_KEYS, upstreamUrl, type UpstreamKey } from "../../lib/upstream";

export type SourceFile = { key: UpstreamKey; file: string; bytes: Uint8Array; sha256: string };
export type Source = { kind: "dir" | "download"; location: string; files: SourceFile[] };

/** sha256 hex of some bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** Read the four CSVs from a directory in upstream's layout (any content: validation comes later). */
export function readSourceDir(dir: string): Source {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new Error(`Source directory not found: ${dir}`);
  }
  const files = UPSTREAM_KEYS.map((key) => {
    const file = UPSTREAM_FILES[key].file;
    const p = path.join(dir, file);
    if (!fs.existsSync(p)) throw new Error(`${p}: expected the upstream file ${file}, found nothing`);
    const bytes = fs.readFileSync(p); // a Buffer is a Uint8Array: no copy
    return { key, file, bytes, sha256: sha256(bytes) };
  });
  return { kind: "dir", location: path.resolve(dir), files };
}

type DownloadOpts = { baseUrl: string; cacheDir: string; log: (msg: string) => void; timeoutMs?: number };

/**
 * Download the four files at the pinned commit, verify each sha256 and cache them. A cached file
 * is reused only if its hash still matches; a file with a wrong hash is never written.
 */
export async function downloadSource(opts: DownloadOpts): Promise<Source> {
  const dir = path.join(opts.cacheDir, UPSTREAM.commit);
  const files: SourceFile[] = [];
  for (const key of UPSTREAM_KEYS) {
    const { file, sha256: expected } = UPSTREAM_FILES[key];
    const cached = path.join(dir, file);
    if (fs.existsSync(cached)) {
      const bytes = new Uint8Array(fs.readFileSync(cached));
      if (sha256(bytes) === expected) {
        opts.log(`  ${file}: cached (${cached})`);
        files.push({ key, file, bytes, sha256: expected });
        continue;
      }
    }
    const url = upstreamUrl(opts.baseUrl, file);
    const bytes = await fetchBytes(url, opts.timeoutMs ?? 30_000);
    const got = sha256(bytes);
    if (got !== expected) {
      throw new Error(`${url}: sha256 mismatch: expected ${expected}, found ${got}; nothing was written.`);
    }
    fs.mkdirSync(dir, { recursive: true });
    const tmp = `${cached}.tmp-${process.pid}`;
    fs.writeFileSync(tmp, bytes);
    fs.renameSync(tmp, cached);
    opts.log(`  ${file}: downloaded ${bytes.length} bytes, sha256 verified`);
    files.push({ key, file, bytes, sha256: got });
  }
  return { kind: "download", location: upstreamUrl(opts.baseUrl, "").replace(/\/$/, ""), files };
}

export const OFFLINE_HINT =
  "Point the ingest at a local copy instead: `npm run ingest -- --source DIR` or SCALING_DATA_DIR=DIR, " +
  "where DIR holds the four upstream CSVs (e.g. ../shared/data/scaling-laws-openclip).";

// A reused keep-alive connection that the server closed meanwhile fails with one of these before
// any byte arrives; a fresh connection is the standard remedy (curl and pip retry the same way).
const RETRIABLE = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET"]);

async function fetchBytes(url: string, timeoutMs: number, attempts = 3): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const cause = networkCause(e);
    if (attempts > 1 && RETRIABLE.has(cause)) return fetchBytes(url, timeoutMs, attempts - 1);
    throw new Error(`Could not download ${url} (${cause}). ${OFFLINE_HINT}`);
  }
  if (!res.ok) throw new Error(`Could not download ${url}: HTTP ${res.status}. ${OFFLINE_HINT}`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The most specific reason in fetch's error chain (ECONNREFUSED, ENOTFOUND, a timeout, …). */
function networkCause(e: unknown): string {
  type Err = { code?: string; message?: string; name?: string; cause?: Err; errors?: Err[] };
  let cur = e as Err | undefined;
  let deepest = (e as Error).message;
  for (let i = 0; cur && i < 5; i++) {
    if (cur.code) return cur.code;
    if (cur.name === "TimeoutError") return "timed out";
    if (cur.message) deepest = cur.message;
    cur = cur.cause ?? cur.errors?.[0];
  }
  return deepest;
}
