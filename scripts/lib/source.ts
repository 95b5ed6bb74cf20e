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
  const files: SourceFile[] = [];
  for (const key of UPSTREAM_KEYS) {
    const { file, sha256: expected } = UPSTREAM_FILES[key];
    const target = path.join(opts.cacheDir, UPSTREAM.commit, file);
    const bytes = await fetchPinned(upstreamUrl(opts.baseUrl, file), target, expected, { ...opts, label: file });
    files.push({ key, file, bytes, sha256: expected });
  }
  return { kind: "download", location: upstreamUrl(opts.baseUrl, "").replace(/\/$/, ""), files };
}

type PinnedOpts = { label: string; log: (msg: string) => void; timeoutMs?: number; hint?: string };

/**
 * A pinned file's bytes: the copy at `target` when its sha256 is `expected`, else downloaded from
 * `url`, verified, then written under a temporary name and renamed (never a file with a wrong hash).
 */
export async function fetchPinned(url: string, target: string, expected: string, o: PinnedOpts): Promise<Uint8Array> {
  if (fs.existsSync(target)) {
    const bytes = new Uint8Array(fs.readFileSync(target));
    if (sha256(bytes) === expected) {
      o.log(`  ${o.label}: cached (${target})`);
      return bytes;
    }
  }
  const bytes = await fetchBytes(url, o.timeoutMs ?? 30_000, o.hint ?? OFFLINE_HINT);
  const got = sha256(bytes);
  if (got !== expected) throw new Error(`${url}: sha256 mismatch: expected ${expected}, found ${got}; nothing was written.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(`${target}.tmp-${process.pid}`, bytes);
  fs.renameSync(`${target}.tmp-${process.pid}`, target);
  o.log(`  ${o.label}: downloaded ${bytes.length} bytes, sha256 verified`);
  return bytes;
}

export const OFFLINE_HINT =
  "Point the ingest at a local copy instead: `npm run ingest -- --source DIR` or SCALING_DATA_DIR=DIR, " +
  "where DIR holds the four upstream CSVs (e.g. ../shared/data/scaling-laws-openclip).";

// A reused keep-alive connection that the server closed meanwhile fails with one of these before
// any byte arrives; a fresh connection is the standard remedy (curl and pip retry the same way).
const RETRIABLE = new Set(["ECONNRESET", "EPIPE", "UND_ERR_SOCKET"]);

async function fetchBytes(url: string, timeoutMs: number, hint: string, attempts = 3): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) });
  } catch (e) {
    const cause = networkCause(e);
    if (attempts > 1 && RETRIABLE.has(cause)) return fetchBytes(url, timeoutMs, hint, attempts - 1);
    throw new Error(`Could not download ${url} (${cause}). ${hint}`);
  }
  if (!res.ok) throw new Error(`Could not download ${url}: HTTP ${res.status}. ${hint}`);
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
