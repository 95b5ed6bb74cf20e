/**
 * The one rule for when a fit may carry an interval (issue 8): every view, route, export and
 * image asks this function, never its own threshold.
 */

/** Fewer fitted points than this (`n_fit`): no interval at all. */
export const MIN_CI_POINTS = 5;
/** Share of bootstrap resamples that must fit for an interval to be kept. */
const MIN_USABLE_SHARE = 0.9;

/** Why a fit gets no interval, or null when it may have one. */
export function ciReason(nFit: number, boot: { resamples: number; used: number } | null): string | null {
  if (nFit < MIN_CI_POINTS) {
    return `no interval: ${nFit} fitted point${nFit === 1 ? "" : "s"} (an interval needs at least ${MIN_CI_POINTS})`;
  }
  if (!boot || boot.resamples === 0) return "no interval: no bootstrap was run";
  if (boot.used < MIN_USABLE_SHARE * boot.resamples) {
    return `no interval: only ${boot.used} of ${boot.resamples} resamples could be fitted (at least ${MIN_USABLE_SHARE * 100}% needed)`;
  }
  return null;
}
