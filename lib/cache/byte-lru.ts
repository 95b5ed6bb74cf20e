/**
 * A least-recently-used cache bounded by bytes, not entries: every entry carries its size and the
 * oldest entries go when the total passes the budget. An entry larger than `maxEntry` is not kept.
 */
export class ByteLru<V> {
  private map = new Map<string, { value: V; bytes: number }>();
  private total = 0;
  hits = 0;
  misses = 0;

  constructor(readonly budget: number, readonly maxEntry = Math.floor(budget / 4)) {}

  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (!e) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.map.delete(key);
    this.map.set(key, e);
    return e.value;
  }

  /** Keep `value` under `key` (false when it is larger than one entry may be). */
  set(key: string, value: V, bytes: number): boolean {
    this.delete(key);
    if (bytes > this.maxEntry || bytes > this.budget) return false;
    this.map.set(key, { value, bytes });
    this.total += bytes;
    while (this.total > this.budget) this.delete(this.map.keys().next().value as string);
    return true;
  }

  delete(key: string): void {
    const e = this.map.get(key);
    if (!e) return;
    this.total -= e.bytes;
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }

  get bytes(): number {
    return this.total;
  }

  get size(): number {
    return this.map.size;
  }
}
