/** A log10 scale from a data domain onto a pixel range. */
export function logScale(domain: readonly [number, number], range: readonly [number, number]): (v: number) => number {
  const [d0, d1] = [Math.log10(domain[0]), Math.log10(domain[1])];
  const k = (range[1] - range[0]) / (d1 - d0 || 1);
  return (v) => range[0] + (Math.log10(v) - d0) * k;
}

/** Tick label: plain numbers from 0.01 to 9999 (20, 50, 100), powers of ten as 10ⁿ beyond. */
export function tickLabel(v: number): string {
  if (v >= 0.01 && v < 1e4) return String(Number(v.toPrecision(6)));
  const k = Math.round(Math.log10(v));
  if (Math.abs(Math.log10(v) - k) < 1e-9) return `10${String(k).replace(/./g, (c) => "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)] ?? c)}`;
  const e = Math.floor(Math.log10(v));
  return `${Number((v / 10 ** e).toPrecision(3))}×10${String(e).replace(/./g, (c) => "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"["-0123456789".indexOf(c)] ?? c)}`;
}
