import fc from "fast-check";
import { BASE_QUERY, encodeLoose, KEY_POOL, NASTY_VALUES, RAW_FRAGMENTS, SEGMENT_FILL, VALID_VALUES } from "./values";

/** A parameter value: valid, hostile, generated unicode, a number of any kind, or overlong. */
export const valueArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...VALID_VALUES), weight: 6 },
  { arbitrary: fc.constantFrom(...NASTY_VALUES), weight: 4 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 8 }), weight: 1 },
  { arbitrary: fc.integer({ min: -1e6, max: 1e7 }).map(String), weight: 2 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: fc.array(fc.constantFrom(...VALID_VALUES, ""), { minLength: 2, maxLength: 5 }).map((a) => a.join(",")), weight: 2 },
  { arbitrary: fc.nat({ max: 4000 }).map((n) => "x".repeat(n + 121)), weight: 1 },
);

/** A parameter name: mostly real names, sometimes unknown, empty, oddly cased or unicode. */
export const keyArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...KEY_POOL), weight: 10 },
  { arbitrary: fc.stringMatching(/^zz_[a-z]{4}$/), weight: 1 },
  { arbitrary: fc.constantFrom("", "TASK", "task ", "task[]", "__proto__", "constructor", "tásk", "t%61sk"), weight: 1 },
  { arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }), weight: 1 },
);

/** One `key=value` item, encoded, half-encoded or raw garbage. */
const pairArb: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.tuple(keyArb, valueArb).map(([k, v]) => `${encodeLoose(k)}=${encodeLoose(v)}`), weight: 12 },
  { arbitrary: fc.tuple(keyArb, fc.constantFrom(...RAW_FRAGMENTS), valueArb).map(([k, f, v]) => `${encodeLoose(k)}=${f}${encodeLoose(v)}`), weight: 2 },
  { arbitrary: fc.tuple(fc.constantFrom(...RAW_FRAGMENTS), fc.constantFrom(...RAW_FRAGMENTS)).map(([a, b]) => `${a}=${b}`), weight: 1 },
  { arbitrary: keyArb.map((k) => encodeLoose(k)), weight: 1 }, // a key without "="
  { arbitrary: fc.constantFrom(...RAW_FRAGMENTS), weight: 1 },
);

/**
 * A whole query string (without "?"): 0–8 items, keys may repeat (a repeated item is inserted on
 * purpose half the time so repeats of single-valued keys are common, not just possible).
 */
export const queryArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(pairArb, { maxLength: 8 }), fc.boolean(), fc.nat())
  .map(([pairs, repeat, i]) => {
    if (repeat && pairs.length > 0) pairs.push(pairs[i % pairs.length]!);
    return pairs.join("&");
  });

/** A value for a dynamic path segment: real, unknown, encoded garbage, traversal, overlong. */
export const segmentArb = (real: string): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constant(real), weight: 4 },
    { arbitrary: valueArb.map((v) => encodeLoose(v) || "x"), weight: 4 },
    { arbitrary: fc.constantFrom(...RAW_FRAGMENTS).map((f) => `a${f}b`), weight: 2 },
    { arbitrary: fc.constantFrom("..", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "%2F", "a%2Fb", "%00", "%ZZ", "%E0%A4%A"), weight: 1 },
  );

/** Path of a route with each `[param]` / `[...param]` segment filled from `fill`. */
export function fillPath(pattern: string, fill: (name: string) => string): string {
  return pattern.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => fill(name));
}

/** Does this route pattern have a dynamic segment? */
export const hasDynamicSegment = (pattern: string): boolean => /\[[^\]]+\]/.test(pattern);

/**
 * An arbitrary request path + query for a route pattern (dynamic segments are fuzzed too). Half
 * of the queries of a route listed in BASE_QUERY start from its valid query.
 */
export function requestArb(pattern: string, origin = "http://127.0.0.1"): fc.Arbitrary<string> {
  const base = BASE_QUERY[pattern]?.replace("{origin}", encodeURIComponent(origin));
  const query = base ? fc.oneof(queryArb, queryArb.map((q) => (q ? `${base}&${q}` : base))) : queryArb;
  if (!hasDynamicSegment(pattern)) return query.map((q) => (q ? `${pattern}?${q}` : pattern));
  const names = [...pattern.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);
  const segs = fc.tuple(...names.map((n) => segmentArb(SEGMENT_FILL[n] ?? "x")));
  return fc.tuple(segs, query).map(([values, q]) => {
    let i = 0;
    const path = fillPath(pattern, () => values[i++] ?? "x");
    return q ? `${path}?${q}` : path;
  });
}

/** `count` requests for a route, deterministic for a seed (and the server's origin). */
export function sampleRequests(pattern: string, count: number, seed: number, origin?: string): string[] {
  return fc.sample(requestArb(pattern, origin), { numRuns: count, seed });
}

/** A JSON body for a POST route: objects with real keys and hostile values, any JSON value, or broken JSON. */
export const bodyArb: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.dictionary(fc.constantFrom(...KEY_POOL), fc.oneof(valueArb, fc.double(), fc.integer(), fc.array(valueArb, { maxLength: 4 }), fc.constant(null)), { maxKeys: 6 }).map((o) => JSON.stringify(o)),
    weight: 6,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)), weight: 3 },
  { arbitrary: fc.constantFrom("", "{", "[", "null", '{"task":', "\u0000", "{}".padEnd(200_000, " ")), weight: 1 },
);

/** `count` request bodies, deterministic for a seed. */
export function sampleBodies(count: number, seed: number): string[] {
  return fc.sample(bodyArb, { numRuns: count, seed });
}
