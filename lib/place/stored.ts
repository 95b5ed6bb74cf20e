import * as z from "zod/mini";
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

// zod/mini: this runs in the browser on every view with a "your models" layer (classic zod is ~30 kB gzip more).
const str = (max: number) => z.string().check(z.maxLength(max));
const pos = z.number().check(z.positive());
const rowSchema = z.object({
  dataset: str(300), task: str(300), metric: str(100),
  value: z.nullable(z.number().check(z.gte(0), z.lte(1))), missing: z.nullable(str(500)), line: z.int().check(z.gte(1)),
});
const modelSchema = z.object({
  model: str(300), arch: z.nullable(str(200)), pretrained: z.nullable(str(200)),
  gmacs: z.nullable(pos), samplesSeen: z.nullable(pos), file: str(300),
  format: z.enum(PLACE_FORMATS), rows: z.array(rowSchema).check(z.maxLength(2000)), notes: z.array(str(500)).check(z.maxLength(50)),
});
/** Storage and share links are input like any other: validated before use. */
export const storeSchema = z.object({
  v: z.literal(1), group: str(40), method: str(40),
  models: z.array(z.object({
    id: str(400), results: modelSchema,
    overrides: z.object({ arch: z.optional(str(200)), gmacs: z.optional(pos), samplesSeen: z.optional(z.union([pos, str(40)])) }),
    compute: z.nullable(pos), visible: z.boolean(),
  })).check(z.maxLength(200)),
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
