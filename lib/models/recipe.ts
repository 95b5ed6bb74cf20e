/**
 * Relative difference of the samples seen in the results from epochs × samples per epoch
 * ((results − nominal) / nominal), or null when either is missing or they agree exactly.
 */
export function samplesSeenDelta(results: number | null, nominal: number | null): number | null {
  if (results === null || nominal === null || !(nominal > 0)) return null;
  const d = (results - nominal) / nominal;
  return d === 0 ? null : d;
}
