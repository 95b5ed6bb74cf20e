/** "Does not scale": α ≥ 0 (error does not fall with compute) or α's 95% interval includes 0. */
export function doesNotScale(f: { alpha: number; alphaCi: readonly [number, number] | null }): boolean {
  return f.alpha >= 0 || (f.alphaCi !== null && f.alphaCi[0] <= 0 && f.alphaCi[1] >= 0);
}
