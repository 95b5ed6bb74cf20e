/**
 * Competition rank ("1224") of `value` among `values`: 1 + the number of finite values strictly
 * better. Equal values therefore share the best rank of their group. Null or non-finite → null.
 */
export function rankAmong(value: number | null | undefined, values: readonly (number | null | undefined)[], higherIsBetter = true): number | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  let better = 0;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (higherIsBetter ? v > value : v < value) better++;
  }
  return better + 1;
}

/** How many values take part in a ranking (finite ones). */
export function rankedCount(values: readonly (number | null | undefined)[]): number {
  return values.filter((v) => v !== null && v !== undefined && Number.isFinite(v)).length;
}
