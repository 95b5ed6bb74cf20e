import type { CsvIssue } from "./issues";
import { CsvParser } from "./parse";

/** What the decoder feeds: a CsvParser. */
type TextParser = Pick<CsvParser, "file" | "feed" | "stopAndLocate">;
const fatal = () => new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * A fatal TextDecoder in front of the CSV parser (which drops a BOM). At the first invalid sequence
 * it feeds the valid text before it, stops the parser there and returns the issue at the physical
 * line and CSV column of the bad byte.
 */
export class Utf8StreamDecoder {
  private readonly decoder = fatal();
  private tail: Uint8Array = new Uint8Array(0); // last ≤ 3 bytes written: an incomplete sequence may start there
  failed = false;

  constructor(private readonly parser: TextParser) {}

  /** Decode and parse one chunk; returns an issue on invalid UTF-8. */
  write(chunk: Uint8Array): CsvIssue | null {
    if (this.failed || chunk.length === 0) return null;
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      return this.fail(chunk);
    }
    this.tail = concat(chunk.length >= 3 ? new Uint8Array(0) : this.tail, chunk.subarray(Math.max(0, chunk.length - 3))).slice(-3); // a copy: the caller may reuse the chunk
    this.parser.feed(text);
    return null;
  }

  /** Returns an issue if the input ends inside a multi-byte sequence. Call parser.end() after. */
  end(): CsvIssue | null {
    if (this.failed) return null;
    try {
      this.parser.feed(this.decoder.decode());
      return null;
    } catch {
      return this.fail(new Uint8Array(0));
    }
  }

  private fail(chunk: Uint8Array): CsvIssue {
    this.failed = true;
    const buf = concat(this.tail, chunk);
    // The text of the bytes before `from` was fed already; the decoder held the rest of the tail.
    const from = this.tail.length - pendingLength(this.tail);
    const bad = findInvalidUtf8(buf, from);
    this.parser.feed(new TextDecoder("utf-8", { ignoreBOM: true }).decode(buf.subarray(from, bad.offset)));
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

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
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
