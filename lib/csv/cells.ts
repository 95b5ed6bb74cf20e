import { z } from "zod";

/** One column type: `schema` turns the raw cell string into a typed value; `expected` is the phrase used in issues. */
export interface Cell<T> {
  readonly schema: z.ZodType<T>;
  readonly expected: string;
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
  return { schema: z.string().regex(NUMBER_RE).transform(Number).pipe(n), expected: rule.expected };
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
};

/** Identifier-like text: non-empty, no surrounding whitespace (a stray space would break joins). */
export const text: Cell<string> = {
  schema: z.string().regex(/^\S(?:[\s\S]*\S)?$/),
  expected: "a non-empty value without surrounding spaces",
};

/** Free text kept as written; an empty cell → null. */
export const optionalText: Cell<string | null> = {
  schema: z.string().transform((s) => (s === "" ? null : s)),
  expected: "any text",
};

/** One of a closed set of literal values. */
export function oneOf<const V extends readonly [string, ...string[]]>(values: V): Cell<V[number]> {
  return { schema: z.enum(values), expected: `one of ${values.map((v) => JSON.stringify(v)).join(", ")}` };
}

/** A rounded sample count as the upstream files write it: "3B", "13B", "34B". */
export const countLabel: Cell<string> = {
  schema: z.string().regex(/^\d+(?:\.\d+)?[KMBT]$/),
  expected: 'a sample count like "13B"',
};

/** An absolute http(s) URL with a domain name. z.httpUrl() trims and strips tabs/newlines; the whitespace check first keeps the value exact. */
export const httpUrl: Cell<string> = {
  schema: z.string().regex(/^\S+$/).pipe(z.httpUrl()),
  expected: "an http(s) URL",
};
