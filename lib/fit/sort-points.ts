/** Copies (x, y) pairs sorted by x, then y, so results do not depend on input order. */
export function sortPoints(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
): { xs: Float64Array; ys: Float64Array } {
  if (xs.length !== ys.length) throw new RangeError(`x and y lengths differ (${xs.length} vs ${ys.length})`);
  const n = xs.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => xs[a]! - xs[b]! || ys[a]! - ys[b]!);
  const sx = new Float64Array(n);
  const sy = new Float64Array(n);
  order.forEach((from, to) => {
    sx[to] = xs[from]!;
    sy[to] = ys[from]!;
  });
  return { xs: sx, ys: sy };
}
