import { z } from "zod";

/** What `quick` returns for a cell it leaves to zod. */
export const ASK_ZOD: unique symbol = Symbol("ask zod");

/**
 * One column type, defined once by a check (and, for numbers, NUMBER_RE and Number). `schema` is
 * that check in zod; `quick` calls it directly, for the 1M-row path: the value, or ASK_ZOD and zod
 * decides (and names the problem). It must never accept a cell zod rejects or give another value
 * (property-tested in cells.test.ts). `expected` is the phrase used in issues.
 */
export interface Cell<T> {
  readonly schema: z.ZodType<T>;
  readonly expected: string;
  readonly quick: (raw: string) => T | typeof ASK_ZOD;
}

/**
 * Plain decimal or scientific notation: no "+", spaces, hex/octal/binary, "NaN", "Infinity", "1,5".
 * Linear time: each digit run can be matched one way only (`\d+\.?\d*` could split a run of n
 * digits n ways, so a long digit string that fails at its end backtracked quadratically).
 */
export const NUMBER_RE = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const isDigit = (c: number) => c >= 48 && c <= 57;
/**
 * NUMBER_RE for a cell Number() read as finite, without running the regex on every cell: Number()
 * also takes surrounding white space, "+", and 0x/0o/0b prefixes, which the first, second and last
 * characters reveal (what else it takes is not finite: "Infinity", or NaN).
 */
function plainNumber(raw: string): boolean {
  const a = raw.charCodeAt(0);
  const z = raw.charCodeAt(raw.length - 1);
  const b = raw.charCodeAt(1) | 0x20; // lower case
  return (a === 45 || a === 46 || isDigit(a)) && (z === 46 || isDigit(z)) && !(a === 48 && (b === 0x78 || b === 0x6f || b === 0x62));
}

// Finite numbers only ("1e999" is Infinity); integers must be safe ones, and accept float notation
// when integral ("12800000000.0" as written by pandas).
function numberCell(expected: string, { int = false, gt = -Infinity, min = -Infinity, max = Infinity }): Cell<number> {
  const ok = (v: number) => v > gt && v >= min && v <= max && (int ? Number.isSafeInteger(v) : Number.isFinite(v));
  return {
    schema: z.string().regex(NUMBER_RE).transform(Number).refine(ok),
    expected,
    quick(raw) {
      const v = Number(raw);
      return ok(v) && plainNumber(raw) ? v : ASK_ZOD;
    },
  };
}
export const positiveInt = numberCell("a positive integer", { int: true, gt: 0 });
export const nonNegativeInt = numberCell("an integer >= 0", { int: true, min: 0 });
export const positive = numberCell("a number > 0", { gt: 0 });
export const nonNegative = numberCell("a number >= 0", { min: 0 });
export const unit = numberCell("a number in [0, 1]", { min: 0, max: 1 });

/** A metric that does not apply to every task: empty cell → null. */
export const optionalUnit: Cell<number | null> = {
  schema: z.union([z.literal("").transform(() => null), unit.schema]),
  expected: "a number in [0, 1] or an empty cell",
  quick: (raw) => (raw === "" ? null : unit.quick(raw)),
};

function textCell(expected: string, ok: (raw: string) => boolean): Cell<string> {
  return { schema: z.string().refine(ok), expected, quick: (raw) => (ok(raw) ? raw : ASK_ZOD) };
}
/** Identifier-like text: non-empty, no surrounding whitespace (a stray space would break joins). */
export const text = textCell("a non-empty value without surrounding spaces", (s) => s !== "" && s.trim() === s);
/** A rounded sample count as the upstream files write it: "3B", "13B", "34B". */
const COUNT_RE = /^\d+(?:\.\d+)?[KMBT]$/;
export const countLabel = textCell('a sample count like "13B"', (s) => COUNT_RE.test(s));
/** Free text kept as written; an empty cell → null. */
export const optionalText: Cell<string | null> = {
  schema: z.string().transform((s) => (s === "" ? null : s)),
  expected: "any text",
  quick: (raw) => (raw === "" ? null : raw),
};

/** One of a closed set of literal values. */
export function oneOf<const V extends readonly [string, ...string[]]>(values: V): Cell<V[number]> {
  const set = new Set<string>(values);
  return {
    schema: z.enum(values),
    expected: `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`,
    quick: (raw) => (set.has(raw) ? (raw as V[number]) : ASK_ZOD),
  };
}

/** An absolute http(s) URL with a domain name. z.httpUrl() trims and strips tabs/newlines; the whitespace check first keeps the value exact. */
export const httpUrl: Cell<string> = {
  schema: z.string().regex(/^\S+$/).pipe(z.httpUrl()),
  expected: "an http(s) URL",
  quick: () => ASK_ZOD, // a few dozen cells per file: zod alone is fast enough
};
