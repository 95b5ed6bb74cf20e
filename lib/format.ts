/** 1.23e12 → "1.23×10¹²" (for GMACs and samples on axes and in tables). */
export function formatSci(v: number, digits = 3): string {
  if (!Number.isFinite(v)) return "–";
  if (v === 0) return "0";
  const k = Math.floor(Math.log10(Math.abs(v)));
  // toPrecision writes 100 as "1.0e+2" at 2 digits: round-trip through Number for plain notation.
  if (k >= -2 && k < 4) return String(Number(v.toPrecision(digits)));
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
  return v === null || v === undefined || !Number.isFinite(v) ? "–" : `${(v * 100).toFixed(decimals)}%`;
}

/** Fixed significant digits without trailing zeros. */
export function formatNum(v: number | null | undefined, digits = 3): string {
  return v === null || v === undefined || !Number.isFinite(v) ? "–" : trim(v.toPrecision(digits));
}

/** "E = 1.48·C^−0.110" — the fitted law as the paper writes it; with E∞ (saturating) "E = 0.152 + 1.48·C^−0.110" (E = E∞ + A·C^α). */
export function formatLaw(A: number, alpha: number, eInf?: number | null): string {
  // Coefficients of flat fits reach ~10⁶: toPrecision would write "1.35e+6".
  const a = Math.abs(A) >= 1e4 || Math.abs(A) < 1e-3 ? formatSci(A, 3) : formatNum(A, 3);
  const floor = eInf === null || eInf === undefined ? "" : `${eInf < 1e-3 ? formatSci(eInf, 3) : formatNum(eInf, 3)} + `;
  return `E = ${floor}${a}·C^${alpha < 0 ? "−" : ""}${Math.abs(alpha).toFixed(3)}`;
}

/** Tick label for a log axis: powers of ten as 10^k, others compact. */
export function formatLogTick(v: number): string {
  const k = Math.log10(v);
  if (Math.abs(k - Math.round(k)) < 1e-9 && (k >= 4 || k <= -3)) return `10${superscript(Math.round(k))}`;
  return formatSci(v, 2);
}

const SUP: Record<string, string> = { "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹" };
function superscript(k: number): string {
  return String(k).split("").map((c) => SUP[c] ?? c).join("");
}
function trim(s: string): string {
  return s.includes("e") ? s : s.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "");
}
