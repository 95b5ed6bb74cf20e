import zlib from "node:zlib";

/**
 * Gzip computed once per stored body instead of per response (Next compresses every response it
 * sends: level 6, about 15 ms for a 750 kB JSON body here). A stored answer names its gzip body
 * with ENCODED; app/_server/fast-path.ts sends it as Content-Encoding. Nothing that goes through
 * Next carries it (Next strips a route's own Content-Encoding and compresses the body itself).
 */
export const ENCODED = "x-scaling-content-encoding";

/** Whether the request accepts gzip (RFC 9110 Accept-Encoding: `gzip` or `*` with q > 0). */
export function acceptsGzip(header: string | null): boolean {
  if (!header) return false;
  let star = false;
  for (const item of header.split(",")) {
    const [name = "", ...params] = item.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const ok = q === undefined || Number(q) > 0;
    if (name === "gzip" || name === "x-gzip") return ok;
    if (name === "*") star = ok;
  }
  return star;
}

/** Content types worth compressing (what Next's compression would compress; never PNG). */
export function compressible(type: string | null): boolean {
  return !!type && /^(text\/|application\/(json|ld\+json|xml|javascript|x-ndjson)|image\/svg\+xml)/.test(type);
}

/**
 * A body made of fixed parts with something different between them on every response (a page's
 * parts around its CSP nonce): each part deflated once, on its own (no back-reference reaches into
 * what differs), ending on a byte boundary; `join` then writes one gzip member per response: header,
 * the stored deflate parts with each inserted string as an uncompressed block, an empty final block,
 * CRC-32 and length. Each part's CRC-32 is kept too, with the operator that shifts a CRC past the
 * part's length, so a response's CRC is combined from them (zlib's crc32_combine) instead of being
 * taken over the whole page again.
 */
export interface Deflated { parts: Buffer[]; crc: number[]; shift: number[] }
export function deflateParts(parts: readonly Uint8Array[]): Deflated {
  return {
    parts: parts.map(deflatePart),
    crc: parts.map((p) => (p.byteLength ? zlib.crc32(p) : 0)),
    shift: parts.map((p) => crcShift(p.byteLength)),
  };
}

/**
 * A page has dozens of parts, most under 200 bytes: a default (32 kB window) stream's set-up cost
 * them 6× more than their compression. A window that just holds the part (zlib keeps 262 bytes of
 * look-ahead) reaches every match a bigger one would.
 */
function deflatePart(p: Uint8Array): Buffer {
  const windowBits = Math.min(15, Math.max(9, Math.ceil(Math.log2(p.byteLength + 262))));
  return zlib.deflateRawSync(p, { finishFlush: zlib.constants.Z_SYNC_FLUSH, windowBits, memLevel: Math.min(8, windowBits - 6) });
}

const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]);
const FINAL = Buffer.from([0x03, 0x00]); // a final, empty block with fixed codes

/** One gzip member of `parts` with `insert` (under 64 kB) between each two of them, from the parts' deflateParts output. */
export function joinGzip(parts: readonly Uint8Array[], deflated: Deflated, insert: Buffer): Buffer {
  const stored = Buffer.alloc(5 + insert.length);
  stored[0] = 0; // not final, stored
  stored.writeUInt16LE(insert.length, 1);
  stored.writeUInt16LE(~insert.length & 0xffff, 3);
  insert.copy(stored, 5);
  const chunks: Buffer[] = [HEADER];
  const [insertCrc, insertShift] = [insert.length ? zlib.crc32(insert) : 0, crcShift(insert.length)];
  let crc = 0;
  let size = 0;
  deflated.parts.forEach((part, i) => {
    if (i > 0) {
      chunks.push(stored);
      crc = (multModP(insertShift, crc) ^ insertCrc) >>> 0;
      size += insert.length;
    }
    chunks.push(part);
    crc = (multModP(deflated.shift[i]!, crc) ^ deflated.crc[i]!) >>> 0;
    size += parts[i]!.byteLength;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  chunks.push(FINAL, trailer);
  return Buffer.concat(chunks);
}

// CRC-32 arithmetic (zlib crc32.c): polynomials over GF(2) mod the reflected CRC-32 polynomial;
// crc(A‖B) = x^(8·|B|)·crc(A) + crc(B).
const POLY = 0xedb88320;
function multModP(a: number, b: number): number {
  let p = 0;
  for (let m = 0x80000000; m; m >>>= 1) {
    if (a & m) {
      p ^= b;
      if (!(a & (m - 1))) break;
    }
    b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
  }
  return p >>> 0;
}
const X2N: number[] = [0x40000000]; // x^(2^n) mod p
for (let n = 1; n < 32; n++) X2N.push(multModP(X2N[n - 1]!, X2N[n - 1]!));
/** x^(8·len) mod p: multiplying a CRC by it moves the CRC past `len` more bytes. */
function crcShift(len: number): number {
  let p = 0x80000000; // x^0
  for (let n = len, k = 3; n; n = Math.floor(n / 2), k++) if (n & 1) p = multModP(X2N[k & 31]!, p);
  return p;
}
