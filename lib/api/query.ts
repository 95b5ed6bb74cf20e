import { z } from "zod";
import { AppError } from "../errors";
import { dataVersionParam } from "../export/params";

export { token } from "../url-state/values";
/** A filter that may repeat (`?task=a&task=b`) or hold a comma-separated list. */
export const list = <T extends z.core.SomeType>(item: T) => z.array(item).max(100, "has more than 100 values").optional();
export const format = z.enum(["json", "csv"]).default("json");

/**
 * Parse URL query parameters with a zod object schema. Repeated keys become arrays for the keys
 * declared as arrays; unknown keys, repeats of single-valued keys and bad values throw a 400
 * AppError naming the parameter. `v` (a data version pin) is accepted by every schema.
 */
export function parseQuery<S extends z.ZodObject<z.ZodRawShape>>(params: URLSearchParams, schema: S, ignore: readonly string[] = []): z.infer<S> {
  const shape = schema.shape as Record<string, z.ZodTypeAny>;
  const raw: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    if (ignore.includes(key)) continue;
    // `v` pins the data version on every data route: it changes only the caching (db/cache/route.ts).
    if (key === "v" && !("v" in shape)) {
      assertPin(params.getAll(key));
      continue;
    }
    const field = shape[key];
    if (!field) throw new AppError("bad_request", `Unknown parameter "${clip(key)}". Allowed: ${Object.keys(shape).join(", ")}.`, clip(key));
    const values = params.getAll(key);
    if (isArrayField(field)) raw[key] = values.flatMap((v) => v.split(",")).filter((v) => v !== "");
    else if (values.length > 1) throw new AppError("bad_request", `Parameter "${key}" may appear only once.`, key);
    else raw[key] = values[0]!;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    const param = String(i.path[0] ?? "query");
    const at = i.path.length > 1 ? ` (value ${Number(i.path[1]) + 1})` : "";
    throw new AppError("bad_request", `Invalid parameter "${param}"${at}: ${i.message}.`, param);
  }
  return parsed.data;
}

function assertPin(values: string[]): void {
  if (values.length > 1) throw new AppError("bad_request", `Parameter "v" may appear only once.`, "v");
  const pin = dataVersionParam.safeParse(values[0]);
  if (!pin.success) throw new AppError("bad_request", `Invalid parameter "v": ${pin.error.issues[0]!.message}.`, "v");
}

/** A list field (`z.array`, possibly optional or with a default), seen through zod's public classes. */
function isArrayField(f: z.ZodTypeAny): boolean {
  let t: unknown = f;
  while (t instanceof z.ZodOptional || t instanceof z.ZodDefault) t = t.unwrap();
  return t instanceof z.ZodArray;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}
