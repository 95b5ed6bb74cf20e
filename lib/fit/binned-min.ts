import { olsLine } from "./ols";
import type { LineFailure, LineFit } from "./types";

/** Number of equal-width bins in the paper's notebook (`binned_line_fit(nbins=5)`). */
export const DEFAULT_NBINS = 5;
/** Added to max x for the histogram range so the largest compute falls inside the last bin. */
export const DEFAULT_EPS = 0.1;

/** Bin edges as numpy.histogram(range=(lo, hi), bins=nbins) makes them (linspace: i·step + lo, last = hi). */
export function binEdges(lo: number, hi: number, nbins: number): number[] {
  const edges: number[] = new Array(nbins + 1);
  const step = (hi - lo) / nbins;
  // Same operation order as numpy.linspace, so edges agree bit for bit.
  for (let i = 0; i < nbins; i++) edges[i] = i * step + lo;
  edges[nbins] = hi;
  return edges;
}

/** numpy.digitize(x, edges) for increasing edges: the number of edges ≤ x (bin k is edges[k-1] ≤ x < edges[k]). */
export function digitize(x: number, edges: readonly number[]): number {
  let k = 0;
  while (k < edges.length && edges[k]! <= x) k++;
  return k;
}

/**
 * The paper's binned fit (Cherti et al. 2023, figures.ipynb `binned_line_fit`): bin x into `nbins`
 * equal bins over [min x, max x + eps], take the minimum y of each non-empty bin at the bin centre,
 * then least squares on those points. Empty bins are skipped.
 */
export function binnedMinLine(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  nbins: number = DEFAULT_NBINS,
  eps: number = DEFAULT_EPS,
  lean = false,
): LineFit | LineFailure {
  if (!Number.isInteger(nbins) || nbins < 1) throw new RangeError(`nbins must be an integer ≥ 1; got ${nbins}`);
  if (!(eps > 0 && Number.isFinite(eps))) throw new RangeError(`eps must be finite and > 0; got ${eps}`);
  const n = xs.length;
  if (ys.length !== n) return { reason: `x and y have different lengths (${n} vs ${ys.length})` };
  if (n === 0) return { reason: "no observations" };

  let lo = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    if (!Number.isFinite(x) || !Number.isFinite(ys[i])) return { reason: `non-finite value at index ${i}` };
    if (x < lo) lo = x;
    if (x > max) max = x;
  }
  const edges = binEdges(lo, max + eps, nbins);

  // y is finite here, so Infinity marks an empty bin. Plain arrays: a typed-array allocation per
  // call costs more than the whole binning at bootstrap volumes (~430k calls).
  const minY: number[] = new Array<number>(nbins).fill(Infinity);
  for (let i = 0; i < n; i++) {
    const bin = digitize(xs[i]!, edges) - 1;
    // numpy.digitize returns nbins + 1 only if max + eps rounds back to max; the notebook ignores it.
    if (bin < 0 || bin >= nbins) continue;
    if (ys[i]! < minY[bin]!) minY[bin] = ys[i]!;
  }

  const centres: number[] = [];
  const minima: number[] = [];
  for (let k = 0; k < nbins; k++) {
    if (minY[k] === Infinity) continue;
    centres.push((edges[k]! + edges[k + 1]!) / 2);
    minima.push(minY[k]!);
  }
  if (centres.length < 2) {
    return { reason: `fewer than 2 non-empty compute bins (${centres.length} of ${nbins})` };
  }
  return olsLine(centres, minima, lean);
}
