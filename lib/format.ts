/**
 * The one formatting module: every number the site prints (α, A, compute, error, CI, ticks) goes
 * through here, so the same value reads the same on every view, export and image. Rule: a value
 * that rounds to zero is written without a sign — never "−0.000" or "-0.00%".
 */

const MINUS = "−";

/** Drop the sign of a formatted number whose digits are all zero ("-0.000" → "0.000"). */
function unsignZero(s: string): string {
  return /^[-−]0*(\.0*)?(%|$)/.test(s) ? s.slice(1) : s;
}

/** Fixed decimals with a typographic minus; never "−0.000": −0.0004 → "0.000", −0.111 → "−0.111". */
export function formatFixed(v: number | null | undefined, decimals = 3): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  return unsignZero(v.toFixed(decimals)).replace(/^-/, MINUS);
}

/** A signed difference: "+0.012", "−0.012", and "0.000" for anything that rounds to zero. */
export function formatSigned(v: number, decimals = 3): string {
  const s = formatFixed(v, decimals);
  return s === "–" || s.startsWith(MINUS) || /^0*(\.0*)?$/.test(s) ? s : `+${s}`;
}

/** 1.23e12 → "1.23×10¹²" (for GMACs and samples on axes and in tables). */
export function formatSci(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return "–";
  if (v === 0) return "0";
  const k = Math.floor(Math.log10(Math.abs(v)));
  // toPrecision writes 100 as "1.0e+2" at 2 digits: round-trip through Number for plain notation.
  if (k >= -2 && k < 4) return unsignZero(String(Number(v.toPrecision(digits))));
  const m = v / 10 ** k;
  const mant = trim(m.toPrecision(digits));
  return mant === "1" ? `10${superscript(k)}` : `${mant}×10${superscript(k)}`;
}

/** 13000000000 → "13B" style compact count. */
export function formatCount(v: number): string {
  if (!Number.isFinite(v)) return "–";
  const units: [number, string][] = [[1e12, "T"], [1e9, "B"], [1e6, "M"], [1e3, "k"]];
  for (const [u, s] of units) if (Math.abs(v) >= u) return `${trim((v / u).toPrecision(3))}${s}`;
  return String(Math.round(v));
}

/** A fraction as a percentage with the given decimals: 0.2345 → "23.45%". */
export function formatPct(v: number | null | undefined, decimals = 2): string {
  return formatPercent(v === null || v === undefined ? v : v * 100, decimals);
}

/** Fixed significant digits without trailing zeros. */
export function formatNum(v: number | null | undefined, digits = 3): string {
  return v === null || v === undefined || !Number.isFinite(v) ? "–" : unsignZero(String(Number(v.toPrecision(digits))));
}

/** A power-law exponent α: "−0.111" (3 decimals, typographic minus, never "−0.000"). */
export function formatAlpha(v: number | null | undefined, decimals = 3): string {
  return formatFixed(v, decimals);
}

/** "[−0.137, −0.088]" for an interval of α, or `empty` without one. */
export function formatAlphaCi(ci: readonly [number, number] | null | undefined, decimals = 3, empty = "–"): string {
  return ci ? `[${formatAlpha(ci[0], decimals)}, ${formatAlpha(ci[1], decimals)}]` : empty;
}

/** A coefficient A to 3 significant digits, ×10ⁿ outside 0.01–10⁴ (A spans 10⁻³–10⁶ here). */
export function formatCoef(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  return Math.abs(v) >= 0.01 && Math.abs(v) < 1e4 ? formatNum(v, 3) : formatSci(v, 3);
}

/** "[4.11, 8.27]" or "[1.35, 8.07×10⁴]" for an interval of A, or `empty` without one. */
export function formatCoefCi(ci: readonly [number, number] | null | undefined, empty = "–"): string {
  return ci ? `[${formatCoef(ci[0])}, ${formatCoef(ci[1])}]` : empty;
}

/** A compute multiplier to two significant digits (issue 8): "×9.8", "×0.25", "×3.1×10⁵". */
export function formatMultiplier(m: number): string {
  if (!Number.isFinite(m) || m <= 0) return "–";
  return `×${m >= 1e4 || m < 1e-3 ? formatSci(m, 2) : formatNum(m, 2)}`;
}

/** A multiplier interval from log10 bounds: "[×0.81, ×2.3]". */
export function formatMultiplierCi(log10Ci: readonly [number, number]): string {
  return `[${formatMultiplier(10 ** log10Ci[0])}, ${formatMultiplier(10 ** log10Ci[1])}]`;
}

/** A bootstrap p-value: "p ≤ 0.002" at the resolution floor of m paired draws, else "p = 0.031". */
export function formatP(p: number, pairs: number): string {
  const floor = 2 / (pairs + 1);
  return p <= floor + 1e-12 ? `p ≤ ${formatSigSigned(floor, 1)}` : `p = ${formatSigSigned(p, 2)}`;
}

/** An error or accuracy already in percent: 23.456 → "23.46%". */
export function formatPercent(v: number | null | undefined, decimals = 2): string {
  return v === null || v === undefined || !Number.isFinite(v) ? "–" : `${unsignZero(v.toFixed(decimals))}%`;
}

/** "E = 1.48·C^−0.110" — the fitted law as the paper writes it; with E∞ (saturating) "E = 0.152 + 1.48·C^−0.110" (E = E∞ + A·C^α). */
export function formatLaw(A: number, alpha: number, eInf?: number | null): string {
  const floor = eInf === null || eInf === undefined ? "" : `${eInf < 1e-3 ? formatSci(eInf, 3) : formatNum(eInf, 3)} + `;
  return `E = ${floor}${formatCoef(A)}·C^${formatAlpha(alpha)}`;
}

/** The one tick formatter (log and linear axes, recharts and the SVG image): 20, 0.05, 10¹², 2×10⁹. */
export function formatTick(v: number): string {
  if (v === 0) return "0";
  const k = Math.log10(Math.abs(v));
  if (Math.abs(k - Math.round(k)) < 1e-9 && (k >= 4 || k <= -3)) return `10${superscript(Math.round(k))}`;
  return formatSci(v, 3);
}

const SUP: Record<string, string> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };
function superscript(k: number): string {
  return String(k).split("").map((c) => SUP[c] ?? c).join("");
}
function trim(s: string): string {
  return s.includes("e") ? s : s.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}

// ── Signed numbers (views-a: compare, atlas) ─────────────────────────────────────────────────
// A value that rounds to zero is printed without a sign: "−0.000" claims a direction it lacks.

/** Fixed decimals with a true minus sign, never "−0.000": −0.1114 → "−0.111", −0.0004 → "0.000". */
export function formatFixedSigned(v: number, decimals = 3): string {
  if (!Number.isFinite(v)) return "–";
  const s = v.toFixed(decimals);
  return /[1-9]/.test(s) ? s.replace(/^-/, "−") : s.replace(/^-/, "");
}

/** Significant digits with a true minus sign, never "−0": −0.11143 → "−0.11", 0.000123 → "0.00012". */
export function formatSigSigned(v: number, digits = 2): string {
  if (!Number.isFinite(v)) return "–";
  if (v === 0) return "0";
  const s = Math.abs(v) >= 1e-4 && Math.abs(v) < 1e6 ? String(Number(v.toPrecision(digits))) : formatSci(v, digits);
  return s.replace(/^-/, "−");
}
