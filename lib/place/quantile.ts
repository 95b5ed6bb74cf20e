/**
 * Quantile q of `values` (reordered in place) with numpy.percentile's default linear
 * interpolation, in O(n) by selection instead of a full sort (a prediction interval has
 * draws × residuals values per placement row).
 */
export function quantileInPlace(values: Float64Array, q: number): number {
  const m = values.length;
  if (m === 0) throw new RangeError("quantile of an empty sample");
  const h = q * (m - 1);
  const lo = Math.floor(h);
  const a = select(values, lo);
  if (lo + 1 >= m) return a;
  let b = Infinity;
  for (let i = lo + 1; i < m; i++) if (values[i]! < b) b = values[i]!;
  const t = h - lo;
  return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
}

/** Hoare-style quickselect: puts the k-th smallest at index k, smaller before, larger after. */
function select(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const mid = (left + right) >> 1;
    // Median of three as the pivot keeps sorted or constant runs from going quadratic.
    const x = a[left]!, y = a[mid]!, z = a[right]!;
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) { const t = a[i]!; a[i] = a[j]!; a[j] = t; i++; j--; }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k]!;
  }
  return a[k]!;
}
