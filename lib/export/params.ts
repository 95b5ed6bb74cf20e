import { z } from "zod";

const int = (min: number, max: number) =>
  z.string().regex(/^\d{1,5}$/, "must be a whole number of pixels").transform(Number)
    .pipe(z.number().int().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

/** `v=`: the data version a URL pins (as in /api/health); it changes only the caching of the answer. */
export const dataVersionParam = z.string().regex(/^[0-9a-f]{6,64}$/, "must be a data version (hex, as in /api/health)");

/** Output-only parameters that may follow any view's own query (they never change which rows). */
export const outputShape = {
  width: int(240, 2400).optional(),
  height: int(180, 1600).optional(),
  theme: z.enum(["light", "dark"]).optional(),
  /** Data version the figure was made from (pinned URLs); compared with the served database. */
  v: dataVersionParam.optional(),
  /** CSV twin only: which table (the points, or the fit lines). */
  table: z.enum(["rows", "fits"]).optional(),
  /** CSV twin only: `bom=1` prefixes a UTF-8 byte-order mark for Excel. */
  bom: z.enum(["0", "1"]).optional(),
};
export const OUTPUT_KEYS = Object.keys(outputShape) as (keyof typeof outputShape)[];
export const outputSchema = z.object(outputShape);
export type OutputParams = z.infer<typeof outputSchema>;

export { DEFAULT_SIZE } from "./embed";

/**
 * Parse the output parameters a route accepts (others among OUTPUT_KEYS are rejected, naming them).
 * Returns the values or the errors in the same shape as a view parse.
 */
export function parseOutputParams(params: URLSearchParams, allowed: readonly (keyof typeof outputShape)[]):
  { ok: true; out: OutputParams } | { ok: false; errors: { param: string; message: string }[] } {
  const raw: Record<string, string> = {};
  const errors: { param: string; message: string }[] = [];
  for (const key of OUTPUT_KEYS) {
    const values = params.getAll(key);
    if (values.length === 0) continue;
    if (!allowed.includes(key)) errors.push({ param: key, message: `"${key}" is not accepted here` });
    else if (values.length > 1) errors.push({ param: key, message: `"${key}" may appear only once` });
    else raw[key] = values[0]!;
  }
  const parsed = outputSchema.safeParse(raw);
  if (!parsed.success) for (const i of parsed.error.issues) errors.push({ param: String(i.path[0]), message: `"${String(i.path[0])}": ${i.message}` });
  if (errors.length || !parsed.success) return { ok: false, errors };
  return { ok: true, out: parsed.data };
}

/** The view's own query without output parameters (what the dashboard page itself would get). */
export function withoutOutputParams(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const k of OUTPUT_KEYS) out.delete(k);
  return out;
}
