import { isAscii, isUtf8 } from "node:buffer";
import type { CsvIssue } from "./issues";
import { CsvParser } from "./parse";

/** What the decoder feeds: a CsvParser. */
type TextParser = Pick<CsvParser, "file" | "feed" | "stopAndLocate">;
const fatal = () => new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Strict UTF-8 decoding in front of the CSV parser (which drops a BOM). Each chunk is decoded up to
 * its last complete sequence (the rest waits for the next chunk), so at the first invalid sequence
 * the bytes before it are at hand: their text is fed, the parser stopped there, and the issue
 * returned at the physical line and CSV column of the bad byte (located by the fatal TextDecoder).
 */
export class Utf8StreamDecoder {
  private carry: Uint8Array = new Uint8Array(0); // an incomplete sequence at the end of the last chunk (≤ 3 bytes)
  failed = false;

  constructor(private readonly parser: TextParser) {}

  /** Decode and parse one chunk; returns an issue on invalid UTF-8. */
  write(chunk: Uint8Array): CsvIssue | null {
    if (this.failed || chunk.length === 0) return null;
    const buf = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
    const cut = buf.length - pendingLength(buf);
    this.carry = Uint8Array.from(buf.subarray(cut)); // a copy: the caller may reuse the chunk
    return this.decode(buf.subarray(0, cut));
  }

  /** Returns an issue if the input ends inside a multi-byte sequence. Call parser.end() after. */
  end(): CsvIssue | null {
    return this.failed || this.carry.length === 0 ? null : this.decode(this.carry);
  }

  private decode(b: Uint8Array): CsvIssue | null {
    // isUtf8 (simdutf) accepts exactly what the fatal TextDecoder accepts, at a fraction of the cost;
    // Buffer's toString then decodes (keeping a BOM, as ignoreBOM does: the parser drops it), as
    // latin1 when the bytes are ASCII: the same text, ~2× faster than decoding UTF-8.
    if (isUtf8(b)) {
      this.parser.feed(Buffer.from(b.buffer, b.byteOffset, b.length).toString(isAscii(b) ? "latin1" : "utf8"));
      return null;
    }
    this.failed = true;
    const bad = findInvalidUtf8(b, 0);
    this.parser.feed(new TextDecoder("utf-8", { ignoreBOM: true }).decode(b.subarray(0, bad.offset)));
    return { file: this.parser.file, ...this.parser.stopAndLocate(), expected: "valid UTF-8", found: bad.found };
  }
}

/** Strict UTF-8 → string; strips one leading BOM; on bad bytes reports the line and CSV column. */
export function decodeUtf8(bytes: Uint8Array, file: string): { text: string } | { issue: CsvIssue } {
  const d = new Utf8StreamDecoder(new CsvParser(() => {}, { file }));
  const issue = d.write(bytes) ?? d.end();
  if (issue) return { issue };
  const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** Bytes at the end of `b` that begin a multi-byte sequence not yet complete. */
function pendingLength(b: Uint8Array): number {
  for (let k = b.length - 1; k >= 0 && k >= b.length - 3; k--) {
    const x = b[k]!;
    if ((x & 0xc0) === 0x80) continue; // continuation byte
    const need = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : x >= 0xc0 ? 2 : 1;
    return b.length - k < need ? b.length - k : 0;
  }
  return 0;
}
const hex = (x: number) => `0x${x.toString(16).toUpperCase().padStart(2, "0")}`;
const bytes = (b: Uint8Array) => `${b.length === 1 ? "byte" : "bytes"} ${Array.from(b, hex).join(" ")}`;
const streamOk = (b: Uint8Array) => {
  try {
    fatal().decode(b, { stream: true });
    return true;
  } catch {
    return false;
  }
};

/**
 * First invalid sequence in b at or after `from` (a sequence boundary), as the fatal TextDecoder
 * judges it: the longest prefix it accepts (binary search), then the sequence the next byte breaks.
 */
export function findInvalidUtf8(b: Uint8Array, from: number): { offset: number; found: string } {
  let lo = from;
  let hi = b.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (streamOk(b.subarray(from, mid))) lo = mid;
    else hi = mid - 1;
  }
  // The bad (or cut-off) sequence starts where the complete characters of b[from, lo) end.
  const start = from + Buffer.byteLength(fatal().decode(b.subarray(from, lo), { stream: true }));
  if (lo < b.length) return { offset: start, found: bytes(b.subarray(start, lo + 1)) };
  if (start < b.length) return { offset: start, found: `${bytes(b.subarray(start))} cut off by the end of the file` };
  return { offset: b.length, found: "the end of the file" };
}
