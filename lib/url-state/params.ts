import { createLoader, createMultiParser, createParser, type ParserMap } from "nuqs/server";

/*
 * One parser set per view: nuqs parsers that wrap the view's zod field schemas (through their
 * Standard Schema `~standard.validate`, a public interface), so the server page, its download twins
 * and its client controls (useQueryStates) accept the same values with the same messages, and each
 * default is written once, in its zod schema.
 */

type Issue = { readonly message: string };
type Result<T> = { readonly value: T; readonly issues?: undefined } | { readonly issues: readonly Issue[] };
/** A zod schema (classic or mini) seen through Standard Schema. */
export interface FieldSchema<T> {
  readonly "~standard": { readonly validate: (value: unknown) => Result<T> | Promise<Result<T>> };
}

function check<T>(schema: FieldSchema<T>, raw: unknown): Result<T> {
  const r = schema["~standard"].validate(raw);
  if (r instanceof Promise) throw new Error("URL parameter schemas must validate synchronously");
  return r;
}

/** A repeated or comma-separated parameter's values, empty items dropped (`?arch=a,b&arch=c`). */
export const splitList = (values: readonly string[]) => values.flatMap((v) => v.split(",")).filter((v) => v !== "");

const sameList = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** What a view parameter adds to its nuqs parser: the zod schema it wraps (output O), for the messages. */
interface ParamExtras<O> { readonly schema: FieldSchema<O>; readonly defaultValue?: Exclude<O, undefined> }

/** A single-valued parameter; its default (if any) is what the schema gives for an absent value. */
export function one<O extends string | number | undefined>(schema: FieldSchema<O>) {
  type T = Exclude<O, undefined>;
  const parser = createParser<T>({
    parse: (v) => {
      const r = check(schema, v);
      return r.issues ? null : ((r.value as T | undefined) ?? null);
    },
    serialize: (v) => String(v),
  });
  const d = check(schema, undefined);
  const withDefault = !d.issues && d.value !== undefined ? parser.withDefault(d.value as NonNullable<T>) : parser;
  return Object.assign(withDefault, { schema }) as typeof parser & ParamExtras<O>;
}

/** A list parameter (repeated or comma-separated); `write` gives the URL values of a list (default: its items). */
export function many<O extends readonly string[] | undefined>(schema: FieldSchema<O>, write: (v: Exclude<O, undefined>) => string[] = (v) => [...v]) {
  type T = Exclude<O, undefined>;
  const parser = createMultiParser<T>({
    parse: (values) => {
      const r = check(schema, splitList(values));
      return r.issues ? null : ((r.value as T | undefined) ?? null);
    },
    serialize: write,
    eq: sameList,
  });
  const d = check(schema, undefined);
  const withDefault = !d.issues && d.value !== undefined ? parser.withDefault(d.value as NonNullable<T>) : parser;
  return Object.assign(withDefault, { schema }) as typeof parser & ParamExtras<O>;
}

/** What parseView and viewQuery need of a parameter (any of `one` or `many`). */
interface AnyParam {
  readonly type: "single" | "multi";
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a parser of any value type
  readonly schema: FieldSchema<any>;
  readonly defaultValue?: unknown;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly eq: (a: any, b: any) => boolean;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly serialize: (v: any) => string | string[];
}
/** A view's parsers, keyed by URL parameter, in canonical query order. */
export type ViewParams = Record<string, AnyParam>;
type ValueOf<P> = P extends ParamExtras<infer O> ? O : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
/** The state a view's parsers describe (parameters without a default are optional). */
export type StateOf<PS extends ViewParams> = Simplify<
  { [K in keyof PS as undefined extends ValueOf<PS[K]> ? never : K]: ValueOf<PS[K]> } &
  { [K in keyof PS as undefined extends ValueOf<PS[K]> ? K : never]?: Exclude<ValueOf<PS[K]>, undefined> }
>;

export type ParamError = { param: string; message: string };
/** Result of parsing a view's URL: the state, or messages naming each bad parameter. */
export type ViewParse<T> = { ok: true; state: T } | { ok: false; errors: ParamError[] };

/** The state of a view with no query parameters (each parser's default). */
export function defaultsOf<PS extends ViewParams>(params: PS): StateOf<PS> {
  return stateFrom(createLoader(params as unknown as ParserMap)(new URLSearchParams()));
}

function stateFrom<T>(loaded: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(loaded)) if (v !== null) out[k] = v;
  return out as T;
}

/**
 * Parse a view's URL: unknown parameters, repeats of a single-valued one and every bad value are
 * reported by name (a typo must not silently show another view); `passthrough` keys are skipped;
 * `refine` checks the whole state once every parameter is valid. A valid URL is then read by nuqs'
 * loader, as the client's useQueryStates reads it.
 */
export function parseView<PS extends ViewParams>(params: URLSearchParams, parsers: PS, opts: {
  passthrough?: readonly string[];
  refine?: (s: StateOf<PS>) => ParamError[];
} = {}): ViewParse<StateOf<PS>> {
  const errors: ParamError[] = [];
  const keys = new Set(params.keys());
  const repeated = (key: string, p: AnyParam) => p.type === "single" && params.getAll(key).length > 1;
  for (const key of keys) {
    if (opts.passthrough?.includes(key)) continue;
    const p = Object.hasOwn(parsers, key) ? parsers[key] : undefined;
    if (!p) errors.push({ param: key.slice(0, 60), message: `unknown parameter "${key.slice(0, 60)}"` });
    else if (repeated(key, p)) errors.push({ param: key, message: `"${key}" may appear only once` });
  }
  let valid = true;
  const own = new URLSearchParams();
  for (const [key, p] of Object.entries(parsers)) {
    if (!keys.has(key) || repeated(key, p)) continue; // absent or repeated: the default, as nuqs reads it
    const r = check(p.schema, p.type === "multi" ? splitList(params.getAll(key)) : params.get(key));
    if (r.issues) {
      valid = false;
      for (const i of r.issues) errors.push({ param: key, message: `"${key}": ${i.message}` });
    } else for (const v of params.getAll(key)) own.append(key, v);
  }
  // The whole-state check runs once every value is valid (as a zod refinement would).
  const state = valid ? stateFrom<StateOf<PS>>(createLoader(parsers as unknown as ParserMap)(own, { strict: true })) : null;
  if (state && opts.refine) errors.push(...opts.refine(state));
  return state && errors.length === 0 ? { ok: true, state } : { ok: false, errors };
}

/** A view's `parse` (parseView with `opts`) and `query` (viewQuery) over its parsers. */
export function viewUrl<PS extends ViewParams>(parsers: PS, opts?: Parameters<typeof parseView<PS>>[2]) {
  return {
    parse: (params: URLSearchParams): ViewParse<StateOf<PS>> => parseView(params, parsers, opts),
    query: (s: StateOf<PS>): string => viewQuery(s, parsers),
  };
}

/** Canonical query string of a state: parser order, defaults omitted, lists as repeated keys. */
export function viewQuery<PS extends ViewParams>(state: Partial<StateOf<PS>>, parsers: PS): string {
  const out = new URLSearchParams();
  for (const [key, p] of Object.entries(parsers)) {
    const v = (state as Record<string, unknown>)[key];
    if (v === undefined || v === null) continue;
    if (p.defaultValue !== undefined && p.eq(v, p.defaultValue)) continue;
    const s = p.serialize(v);
    for (const item of Array.isArray(s) ? s : [s]) out.append(key, item);
  }
  return out.toString();
}

/** Next's `searchParams` (string | string[] | undefined per key) → URLSearchParams. */
export function toSearchParams(sp: Record<string, string | string[] | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) out.append(k, item);
  }
  return out;
}
