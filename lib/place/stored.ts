import * as z from "zod/mini";
import { modelResultsSchema } from "./types";

const str = (max: number) => z.string().check(z.maxLength(max));
const pos = z.number().check(z.positive());
/** Everything /place keeps in browser storage (and, compressed, in a share link); validated before use. */
export const storeSchema = z.object({
  v: z.literal(1), group: str(40), method: str(40),
  models: z.array(z.object({
    // What was read, what the user added, its compute (GMACs) as last resolved on /place (the chart layers draw with it).
    id: str(400), results: modelResultsSchema,
    overrides: z.object({ arch: z.optional(str(200)), gmacs: z.optional(pos), samplesSeen: z.optional(z.union([pos, str(40)])) }),
    compute: z.nullable(pos), visible: z.boolean(),
  })).check(z.maxLength(200)),
  layers: z.object({ yours: z.boolean(), zoo: z.boolean() }),
});
export type PlaceStore = z.infer<typeof storeSchema>;
/** A model kept in the browser. */
export type StoredModel = PlaceStore["models"][number];

export const EMPTY_STORE: PlaceStore = { v: 1, group: "LAION", method: "paper", models: [], layers: { yours: true, zoo: false } };

/** Parse a stored or shared value; null when it is not a valid store. */
export function parseStore(value: unknown): PlaceStore | null {
  const r = storeSchema.safeParse(value);
  return r.success ? r.data : null;
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
