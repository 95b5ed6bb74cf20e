const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

// XML 1.0 forbids most C0 controls even as character references; they are dropped, not escaped.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escape text for XML element content and attribute values (every string from input or data). */
export function esc(v: unknown): string {
  return String(v).replace(INVALID_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A coordinate with two decimals (short, and never "NaN": non-finite becomes 0). */
export function px(v: number): string {
  return Number.isFinite(v) ? String(Math.round(v * 100) / 100) : "0";
}

/**
 * `<tag a="v" …>` attributes, escaped; null/undefined/false are left out. Colours given as CSS
 * variables (the auto theme) go into a style attribute: presentation attributes do not take var().
 */
export function attrs(a: Record<string, string | number | null | undefined | false>): string {
  let out = "";
  let style = "";
  for (const [k, v] of Object.entries(a)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === "string" && v.startsWith("var(--") && (k === "fill" || k === "stroke")) style += `${k}:${v};`;
    else out += ` ${k}="${typeof v === "number" ? px(v) : esc(v)}"`;
  }
  return style ? `${out} style="${esc(style)}"` : out;
}
