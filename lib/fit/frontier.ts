/**
 * Indices of the Pareto frontier of (compute, error) points, in increasing compute: a point is kept
 * when no other point has compute ≤ its compute and error < its error (issue 8). Ties in both
 * coordinates are all kept (none dominates the other).
 */
export function paretoFrontier(compute: ArrayLike<number>, error: ArrayLike<number>): number[] {
  const n = compute.length;
  const order = Array.from({ length: n }, (_, i) => i);
  // By compute, then error: every point that could dominate i comes before it or shares its compute.
  order.sort((a, b) => compute[a]! - compute[b]! || error[a]! - error[b]!);
  const kept: number[] = [];
  let best = Infinity; // smallest error among points with strictly smaller compute
  for (let k = 0; k < n; ) {
    // Points with equal compute: only those with the group's minimum error can survive.
    let end = k;
    while (end < n && compute[order[end]!] === compute[order[k]!]) end++;
    const groupMin = error[order[k]!]!;
    for (let j = k; j < end; j++) {
      const i = order[j]!;
      if (error[i]! === groupMin && !(best < error[i]!)) kept.push(i);
    }
    best = Math.min(best, groupMin);
    k = end;
  }
  return kept;
}
