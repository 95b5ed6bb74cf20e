/** JSON helpers for result files: bare NaN/Infinity, positions → lines, top-level array elements. */

/** Stands in for a bare NaN/Infinity token (invalid JSON that Python's json module writes). */
export const NAN_SENTINEL = "\u0000NaN";

/**
 * Replace bare `NaN`, `Infinity` and `-Infinity` tokens outside strings by a sentinel string, so
 * JSON.parse accepts the text; the metric picker reads the sentinel as missing and says so.
 */
export function sanitizeNonFinite(text: string): { text: string; replaced: number[] } {
  const replaced: number[] = [];
  let out = "";
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash escapes the next character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) { inString = true; continue; }
    for (const tok of ["-Infinity", "Infinity", "NaN"]) {
      if (text.startsWith(tok, i) && !/[\w$]/.test(text[i - 1] ?? " ") && !/[\w$]/.test(text[i + tok.length] ?? " ")) {
        out += text.slice(last, i) + JSON.stringify(NAN_SENTINEL);
        replaced.push(i);
        i += tok.length - 1;
        last = i + 1;
        break;
      }
    }
  }
  return { text: out + text.slice(last), replaced };
}

/** 1-based line and column of a character offset. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; start = i + 1; }
  }
  return { line, column: offset - start + 1 };
}

/** JSON.parse, or the error's position (from V8's message) and a short reason. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; offset: number | null; reason: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    const msg = (e as Error).message;
    const m = /position (\d+)/.exec(msg);
    const lc = /line (\d+) column (\d+)/.exec(msg);
    let offset: number | null = m ? Number(m[1]) : null;
    if (offset === null && lc) offset = offsetOf(text, Number(lc[1]), Number(lc[2]));
    if (offset === null && /end of JSON input|Unterminated/.test(msg)) offset = text.length;
    return { ok: false, offset, reason: msg.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+/, "") };
  }
}

function offsetOf(text: string, line: number, column: number): number {
  let l = 1;
  let i = 0;
  while (l < line && i < text.length) { if (text.charCodeAt(i) === 10) l++; i++; }
  return i + column - 1;
}

/** Start offsets of the elements of a top-level JSON array (text already known to parse). */
export function arrayElementOffsets(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (depth === 1 && expectValue && !/\s/.test(c) && c !== "]") { starts.push(i); expectValue = false; }
    if (c === '"') inString = true;
    else if (c === "[" || c === "{") { depth++; if (depth === 1) expectValue = true; }
    else if (c === "]" || c === "}") depth--;
    else if (c === "," && depth === 1) expectValue = true;
  }
  return starts;
}
