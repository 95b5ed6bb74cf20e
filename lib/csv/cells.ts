import { z } from "zod";

/** What a quick check returns for a cell it leaves to zod. */
export const ASK_ZOD: unique symbol = Symbol("ask zod");

/**
 * One column type. `schema` turns the raw cell string into a typed value and is the only definition
 * of what a column accepts; `expected` is the phrase used in issues. `quick` is a cheap check for
 * the common case: the value when the cell is certainly valid, else ASK_ZOD and `schema` decides.
 * It may leave any cell to zod, but must never accept one that zod rejects or give another value
 * (property-tested against `schema` in cells.test.ts), so the accepted set is exactly zod's.
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

interface NumberRule {
  expected: string;
  int?: boolean;
  gt?: number;
  min?: number;
  max?: number;
}

function numberCell(rule: NumberRule): Cell<number> {
  let n = z.number(); // zod 4: rejects NaN and ±Infinity
  if (rule.int) n = n.int(); // safe integers only
  if (rule.gt !== undefined) n = n.gt(rule.gt);
  if (rule.min !== undefined) n = n.min(rule.min);
  if (rule.max !== undefined) n = n.max(rule.max);
  const { int = false, gt = -Infinity, min = -Infinity, max = Infinity } = rule;
  const inRange = (v: number) => v > gt && v >= min && v <= max && (int ? Number.isSafeInteger(v) : Number.isFinite(v));
  return {
    schema: z.string().regex(NUMBER_RE).transform(Number).pipe(n),
    expected: rule.expected,
    quick(raw) {
      const v = Number(raw); // "" → 0, " 1" → 1, "0x10" → 16: NUMBER_RE below excludes those
      return inRange(v) && NUMBER_RE.test(raw) ? v : ASK_ZOD;
    },
  };
}

// Integers accept float notation when integral ("12800000000.0" as written by pandas).
export const positiveInt = numberCell({ expected: "a positive integer", int: true, gt: 0 });
export const nonNegativeInt = numberCell({ expected: "an integer >= 0", int: true, min: 0 });
export const positive = numberCell({ expected: "a number > 0", gt: 0 });
export const nonNegative = numberCell({ expected: "a number >= 0", min: 0 });
export const unit = numberCell({ expected: "a number in [0, 1]", min: 0, max: 1 });

/** A metric that does not apply to every task: empty cell → null. */
export const optionalUnit: Cell<number | null> = {
  schema: z.union([z.literal("").transform(() => null), unit.schema]),
  expected: "a number in [0, 1] or an empty cell",
  quick: (raw) => (raw === "" ? null : unit.quick(raw)),
};

const TEXT_RE = /^\S(?:[\s\S]*\S)?$/;
/** Identifier-like text: non-empty, no surrounding whitespace (a stray space would break joins). */
export const text: Cell<string> = {
  schema: z.string().regex(TEXT_RE),
  expected: "a non-empty value without surrounding spaces",
  quick: (raw) => (TEXT_RE.test(raw) ? raw : ASK_ZOD),
};

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

const COUNT_RE = /^\d+(?:\.\d+)?[KMBT]$/;
/** A rounded sample count as the upstream files write it: "3B", "13B", "34B". */
export const countLabel: Cell<string> = {
  schema: z.string().regex(COUNT_RE),
  expected: 'a sample count like "13B"',
  quick: (raw) => (COUNT_RE.test(raw) ? raw : ASK_ZOD),
};

/** An absolute http(s) URL with a domain name. z.httpUrl() trims and strips tabs/newlines; the whitespace check first keeps the value exact. */
export const httpUrl: Cell<string> = {
  schema: z.string().regex(/^\S+$/).pipe(z.httpUrl()),
  expected: "an http(s) URL",
  quick: () => ASK_ZOD, // a few dozen cells per file: zod itself is fast enough
};
