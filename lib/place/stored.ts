import { z } from "zod";
import type { ComputeOverrides } from "./compute";
import { PLACE_FORMATS, type ModelResults } from "./types";

/** A model kept in the browser: what was read, what the user added, its resolved compute, visibility. */
export interface StoredModel {
  id: string;
  results: ModelResults;
  overrides: ComputeOverrides;
  /** Compute (GMACs) as last resolved on /place; the chart layers draw with it. */
  compute: number | null;
  visible: boolean;
}

/** Everything /place keeps in browser storage (and, compressed, in a share link). */
export interface PlaceStore { v: 1; group: string; method: string; models: StoredModel[]; layers: { yours: boolean; zoo: boolean } }

export const EMPTY_STORE: PlaceStore = { v: 1, group: "LAION", method: "paper", models: [], layers: { yours: true, zoo: false } };

const rowSchema = z.object({
  dataset: z.string().max(300), task: z.string().max(300), metric: z.string().max(100),
  value: z.number().min(0).max(1).nullable(), missing: z.string().max(500).nullable(), line: z.number().int().min(1),
});
const modelSchema = z.object({
  model: z.string().max(300), arch: z.string().max(200).nullable(), pretrained: z.string().max(200).nullable(),
  gmacs: z.number().positive().nullable(), samplesSeen: z.number().positive().nullable(), file: z.string().max(300),
  format: z.enum(PLACE_FORMATS), rows: z.array(rowSchema).max(2000), notes: z.array(z.string().max(500)).max(50),
});
/** Storage and share links are input like any other: validated before use. */
export const storeSchema = z.object({
  v: z.literal(1), group: z.string().max(40), method: z.string().max(40),
  models: z.array(z.object({
    id: z.string().max(400), results: modelSchema,
    overrides: z.object({ arch: z.string().max(200).optional(), gmacs: z.number().positive().optional(), samplesSeen: z.union([z.number().positive(), z.string().max(40)]).optional() }),
    compute: z.number().positive().nullable(), visible: z.boolean(),
  })).max(200),
  layers: z.object({ yours: z.boolean(), zoo: z.boolean() }),
});

/** Parse a stored or shared value; null when it is not a valid store. */
export function parseStore(value: unknown): PlaceStore | null {
  const r = storeSchema.safeParse(value);
  return r.success ? (r.data as PlaceStore) : null;
}

/** Points of the visible stored models on one task: compute (GMACs) and error (fraction). */
export function layerPoints(store: PlaceStore, task: string): { id: string; model: string; compute: number; error: number; metric: string }[] {
  const out: { id: string; model: string; compute: number; error: number; metric: string }[] = [];
  for (const m of store.models) {
    if (!m.visible || m.compute === null) continue;
    const r = m.results.rows.find((x) => x.task === task);
    if (!r || r.value === null || r.value >= 1) continue;
    out.push({ id: m.id, model: m.results.model, compute: m.compute, error: 1 - r.value, metric: r.metric });
  }
  return out;
}
