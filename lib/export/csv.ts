/** Characters that make a spreadsheet treat a text cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 cell. Numbers are written in JavaScript's shortest round-trip form (so they read
 * back bit-identical); text cells that a spreadsheet would run as a formula get a leading `'`.
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  let s = typeof v === "string" ? v : JSON.stringify(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record with CRLF line ending (RFC 4180). */
export function csvLine(values: readonly unknown[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}

/** Byte-order mark: lets Excel detect UTF-8; off by default because other readers keep it in the first header. */
export const UTF8_BOM = "\uFEFF";

/**
 * Stream records as UTF-8 CSV, `batch` rows per chunk, never holding the whole table. Pull-based:
 * the next batch is produced only when the consumer asks (backpressure); cancelling (client gone)
 * calls the iterator's `return()`, which lets a database cursor close.
 */
export function csvStream<T>(columns: readonly string[], rows: Iterable<T>, pick: (row: T, col: string) => unknown, batch = 2000, opts: { bom?: boolean } = {}): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  const it = rows[Symbol.iterator]();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let out = headerSent ? "" : (opts.bom ? UTF8_BOM : "") + csvLine(columns);
      headerSent = true;
      for (let i = 0; i < batch; i++) {
        const n = it.next();
        if (n.done) {
          if (out) controller.enqueue(enc.encode(out));
          controller.close();
          return;
        }
        out += csvLine(columns.map((c) => pick(n.value, c)));
      }
      controller.enqueue(enc.encode(out));
    },
    cancel() {
      it.return?.();
    },
  });
}
