/**
 * Budgets: samples-seen labels as the paper's notebook spells them out, and where a compute lies
 * relative to the compute range a law was fitted on.
 */

/** The notebook's samples-seen labels (figures.ipynb, prediction cell): 3B/13B/34B are exact epoch counts × batch. */
export const SAMPLES_SEEN_LABELS = {
  "1B": 1e9,
  "3B": 80000415 * 32,
  "13B": 407332084 * 32,
  "34B": 407332084 * 84,
  "68B": 2 * 407332084 * 84,
} as const;
export type SamplesSeenLabel = keyof typeof SAMPLES_SEEN_LABELS;
export const SAMPLES_SEEN_LABEL_LIST = Object.keys(SAMPLES_SEEN_LABELS) as SamplesSeenLabel[];

const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/** A samples-seen value: one of the labels (`68B`) or a positive number (`2.5e10`); null when neither. */
export function parseSamplesSeen(raw: string): number | null {
  const s = raw.trim();
  if (Object.hasOwn(SAMPLES_SEEN_LABELS, s)) return SAMPLES_SEEN_LABELS[s as SamplesSeenLabel];
  if (!NUMBER.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) && v > 0 ? v : null;
}

/** The label of an exact samples-seen value, or null. */
export function samplesSeenLabel(samples: number): SamplesSeenLabel | null {
  return SAMPLES_SEEN_LABEL_LIST.find((k) => SAMPLES_SEEN_LABELS[k] === samples) ?? null;
}

/** Whether a compute lies inside the fitted range [xMin, xMax] or beyond it, and by how many decades (≥ 0). */
export interface RangePosition {
  position: "inside" | "above" | "below";
  decades_beyond: number;
}

/** Position of compute C relative to the fitted compute range (all in GMACs). */
export function rangePosition(compute: number, xMin: number, xMax: number): RangePosition {
  if (compute > xMax) return { position: "above", decades_beyond: Math.log10(compute / xMax) };
  if (compute < xMin) return { position: "below", decades_beyond: Math.log10(xMin / compute) };
  return { position: "inside", decades_beyond: 0 };
}
