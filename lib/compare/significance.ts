/**
 * Which tasks' exponents differ, after a multiple-comparison correction. ONE function decides it
 * (judgeDifferences); the /compare headline, the table's markers and the exports all read its result.
 */

/** The correction, as named on the page and in the exports. */
export const CORRECTION = { name: "Benjamini–Hochberg", id: "benjamini-hochberg", fdr: 0.05 } as const;

/**
 * Benjamini–Hochberg step-up at false discovery rate q: reject the k smallest p-values, k the
 * largest rank with p_(k) ≤ k·q/m. Returns one boolean per input p-value (input order).
 * (Holm–Bonferroni is not used: with 1,000 resamples the smallest bootstrap p-value is 2/1001,
 * above Holm's first threshold 0.05/41, so it could never reject anything on 41 tasks.)
 */
export function benjaminiHochberg(p: readonly number[], q: number): boolean[] {
  const m = p.length;
  const order = p.map((v, i) => [v, i] as const).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  let k = 0;
  order.forEach(([v], r) => {
    if (v <= ((r + 1) * q) / m) k = r + 1;
  });
  const out = new Array<boolean>(m).fill(false);
  for (let r = 0; r < k; r++) out[order[r]![1]] = true;
  return out;
}

/** What judgeDifferences needs of a row: its task, a p-value when testable, or why it is not. */
export type Testable = { task: string; p: number } | { task: string; p: null; untestable: string };

/** The verdict for one task. */
export type Verdict = { testable: true; p: number; differs: boolean } | { testable: false; reason: string; differs: false };

/** The decision for a whole table: per-task verdicts and the counts the headline states. */
export type Judgement = ReturnType<typeof judgeDifferences>;

/** Decide, for every row, whether its Δα differs from 0 after Benjamini–Hochberg over the testable rows. */
export function judgeDifferences(rows: readonly Testable[]) {
  const tested = rows.filter((r): r is { task: string; p: number } => r.p !== null);
  const reject = benjaminiHochberg(tested.map((r) => r.p), CORRECTION.fdr);
  const verdicts = new Map<string, Verdict>();
  tested.forEach((r, i) => verdicts.set(r.task, { testable: true, p: r.p, differs: reject[i]! }));
  const untestable: { task: string; reason: string }[] = [];
  for (const r of rows) {
    if (r.p !== null) continue;
    const reason = "untestable" in r ? r.untestable : "not testable";
    verdicts.set(r.task, { testable: false, reason, differs: false });
    untestable.push({ task: r.task, reason });
  }
  return { correction: CORRECTION, verdicts, testable: tested.length, differ: tested.filter((_, i) => reject[i]).map((r) => r.task), untestable };
}
