import { parseStore, type PlaceStore } from "./stored";

/** Largest share fragment (bytes of the base64url text after `#p=`). */
export const SHARE_MAX_BYTES = 4096;

function toBase64Url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(s: string): Uint8Array {
  const bin = atob(s.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Response(new Blob([bytes as BlobPart]).stream().pipeThrough(stream));
  return new Uint8Array(await out.arrayBuffer());
}

/**
 * The store as a URL fragment (deflate-raw via the platform's CompressionStream, base64url), or
 * the reason it cannot be shared (larger than 4 kB compressed). The fragment never reaches a server.
 */
export async function encodeShare(store: PlaceStore): Promise<{ fragment: string } | { reason: string }> {
  const compact = { ...store, models: store.models.map((m) => ({ ...m, results: { ...m.results, notes: [] } })) };
  const packed = await pipe(new TextEncoder().encode(JSON.stringify(compact)), new CompressionStream("deflate-raw"));
  const fragment = `p=${toBase64Url(packed)}`;
  if (fragment.length > SHARE_MAX_BYTES) return { reason: `too large to share in a link: ${(fragment.length / 1024).toFixed(1)} kB compressed (at most 4 kB); download the table instead` };
  return { fragment };
}

/** Decode a `#p=…` fragment back into a validated store; null for anything else. */
export async function decodeShare(hash: string): Promise<PlaceStore | null> {
  const m = /^#?p=([A-Za-z0-9_-]+)$/.exec(hash);
  if (!m || m[1]!.length > SHARE_MAX_BYTES) return null;
  try {
    const bytes = await pipe(fromBase64Url(m[1]!), new DecompressionStream("deflate-raw"));
    if (bytes.length > 1_000_000) return null;
    return parseStore(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return null;
  }
}
