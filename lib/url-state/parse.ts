import type { z } from "zod";

/** Next's `searchParams` (string | string[] | undefined per key) → URLSearchParams. */
export function toSearchParams(sp: Record<string, string | string[] | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) out.append(k, item);
  }
  return out;
}

/** Result of parsing a view's URL: the state, or messages naming each bad parameter. */
export type ViewParse<T> = { ok: true; state: T } | { ok: false; errors: { param: string; message: string }[] };

/**
 * Parse a view's URL state with its zod schema. Repeated or comma-separated values become arrays
 * for array fields; unknown parameters are reported (a typo must not silently show another view).
 */
export function parseViewState<S extends z.ZodObject<z.ZodRawShape>>(params: URLSearchParams, schema: S, arrays: readonly string[], passthrough: readonly string[] = []): ViewParse<z.infer<S>> {
  const shape = schema.shape as Record<string, unknown>;
  const raw: Record<string, string | string[]> = {};
  const errors: { param: string; message: string }[] = [];
  for (const key of new Set(params.keys())) {
    if (passthrough.includes(key)) continue;
    if (!(key in shape)) {
      errors.push({ param: key.slice(0, 60), message: `unknown parameter "${key.slice(0, 60)}"` });
      continue;
    }
    const values = params.getAll(key);
    if (arrays.includes(key)) raw[key] = values.flatMap((v) => v.split(",")).filter((v) => v !== "");
    else if (values.length > 1) errors.push({ param: key, message: `"${key}" may appear only once` });
    else raw[key] = values[0]!;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const i of parsed.error.issues) errors.push({ param: String(i.path[0] ?? "query"), message: `"${String(i.path[0] ?? "query")}": ${i.message}` });
  }
  if (errors.length || !parsed.success) return { ok: false, errors };
  return { ok: true, state: parsed.data };
}

/** Serialise a state back to a query string, dropping defaults so URLs stay short and stable. */
export function toQuery(state: Record<string, unknown>, defaults: Record<string, unknown>): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(state)) {
    if (v === undefined || v === null) continue;
    if (JSON.stringify(v) === JSON.stringify(defaults[k])) continue;
    if (Array.isArray(v)) for (const item of v) out.append(k, String(item));
    else out.set(k, String(v));
  }
  return out.toString();
}
