import type { CsvIssue } from "./issues";
import { CsvParser } from "./parse";

const EXPECTED = "valid UTF-8";

/** What the decoder feeds: a CsvParser (or csv-parse alone, StrictCsvParser, in the benchmark). */
type TextParser = Pick<CsvParser, "file" | "feed" | "stopAndLocate">;

/**
 * Strict UTF-8 decoding in front of the CSV parser: a fatal TextDecoder turns the bytes into the
 * text the parser reads (the parser drops a BOM). At the first invalid sequence it feeds the valid
 * prefix, stops the parser there and returns the issue at the physical line and CSV column of the
 * bad byte.
 */
export class Utf8StreamDecoder {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
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
    this.tail = lastBytes(this.tail, chunk);
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
    const buf = new Uint8Array(this.tail.length + chunk.length);
    buf.set(this.tail, 0);
    buf.set(chunk, this.tail.length);
    // The text of the bytes before `from` was fed already; the bad sequence may start inside the tail.
    const from = this.tail.length - pendingLength(this.tail);
    const bad = findInvalidUtf8(buf, from);
    this.parser.feed(new TextDecoder("utf-8", { ignoreBOM: true }).decode(buf.subarray(from, bad.offset)));
    return { file: this.parser.file, ...this.parser.stopAndLocate(), expected: EXPECTED, found: bad.found };
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

function lastBytes(prev: Uint8Array, chunk: Uint8Array): Uint8Array {
  if (chunk.length >= 3) return chunk.slice(chunk.length - 3);
  const joined = new Uint8Array(prev.length + chunk.length);
  joined.set(prev, 0);
  joined.set(chunk, prev.length);
  return joined.slice(Math.max(0, joined.length - 3));
}
/** Bytes at the end of `b` that begin a multi-byte sequence not yet complete. */
function pendingLength(b: Uint8Array): number {
  for (let k = b.length - 1; k >= 0 && k >= b.length - 3; k--) {
    const x = b[k] ?? 0;
    if ((x & 0xc0) === 0x80) continue; // continuation byte
    const need = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : x >= 0xc0 ? 2 : 1;
    return b.length - k < need ? b.length - k : 0;
  }
  return 0;
}

const hex = (x: number) => `0x${x.toString(16).toUpperCase().padStart(2, "0")}`;

/** First invalid sequence at or after `from` (WHATWG rules: no overlongs, surrogates or > U+10FFFF). */
export function findInvalidUtf8(b: Uint8Array, from: number): { offset: number; found: string } {
  const n = b.length;
  let i = from;
  while (i < n) {
    const x = b[i] ?? 0;
    if (x < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lo = 0x80;
    let hi = 0xbf;
    if (x >= 0xc2 && x <= 0xdf) need = 1;
    else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      if (x === 0xe0) lo = 0xa0;
      if (x === 0xed) hi = 0x9f;
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      if (x === 0xf0) lo = 0x90;
      if (x === 0xf4) hi = 0x8f;
    } else return { offset: i, found: `byte ${hex(x)}` };
    for (let k = 1; k <= need; k++) {
      const shown = Array.from(b.subarray(i, Math.min(i + k + 1, n)), hex).join(" ");
      if (i + k >= n) return { offset: i, found: `${k === 1 ? "byte" : "bytes"} ${shown} cut off by the end of the file` };
      const y = b[i + k] ?? 0;
      if (y < (k === 1 ? lo : 0x80) || y > (k === 1 ? hi : 0xbf)) return { offset: i, found: `bytes ${shown}` };
    }
    i += need + 1;
  }
  return { offset: n, found: "the end of the file" };
}
