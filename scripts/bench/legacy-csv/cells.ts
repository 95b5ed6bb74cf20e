import { z } from "zod";

/** Marker returned by a fast cell parser for a cell the zod schema would reject. */
export const INVALID: unique symbol = Symbol("invalid cell");
export type Invalid = typeof INVALID;

/**
 * One column type. `schema` (raw cell string → typed value) is the declared source of truth;
 * `parse` is an equivalent hand-written check for the hot path (equivalence is tested);
 * `expected` is the phrase used in issues.
 */
export interface Cell<T> {
  readonly schema: z.ZodType<T>;
  readonly parse: (raw: string) => T | Invalid;
  readonly expected: string;
}

/**
 * Plain decimal or scientific notation: no "+", spaces, hex/octal/binary, "NaN", "Infinity", "1,5".
 * Linear time: each digit run can be matched one way only (`\d+\.?\d*` could split a run of n
 * digits n ways, so a long digit string that fails at its end backtracked quadratically).
 */
export const NUMBER_RE = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * Same language as NUMBER_RE + finite Number(), without a regex: once Number() gives a finite value
 * the only strings outside NUMBER_RE are those with surrounding whitespace, a leading "+", or a
 * 0x/0o/0b prefix (and "" → 0), which the first/last character checks exclude.
 */
export function parseDecimal(raw: string): number | Invalid {
  const v = Number(raw);
  if (!Number.isFinite(v)) return INVALID; // NaN, "Infinity", "1e999"
  const first = raw.charCodeAt(0);
  const last = raw.charCodeAt(raw.length - 1);
  if (!(isDigit(first) || first === 45 || first === 46)) return INVALID; // digit, "-", "."
  if (!(isDigit(last) || last === 46)) return INVALID;
  if (first === 48 && raw.length > 2) {
    const c = raw.charCodeAt(1) | 0x20; // lower-case
    if (c === 0x78 || c === 0x6f || c === 0x62) return INVALID; // 0x 0o 0b
  }
  return v;
}

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
  return {
    schema: z.string().regex(NUMBER_RE).transform(Number).pipe(n),
    parse(raw) {
      const v = parseDecimal(raw);
      if (v === INVALID || v <= gt || v < min || v > max) return INVALID;
      return int && !Number.isSafeInteger(v) ? INVALID : v;
    },
    expected: rule.expected,
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
  parse: (raw) => (raw === "" ? null : unit.parse(raw)),
  expected: "a number in [0, 1] or an empty cell",
};

const TEXT_RE = /^\S(?:[\s\S]*\S)?$/;

/** Identifier-like text: non-empty, no surrounding whitespace (a stray space would break joins). */
export const text: Cell<string> = {
  schema: z.string().regex(TEXT_RE),
  parse(raw) {
    const a = raw.charCodeAt(0);
    const b = raw.charCodeAt(raw.length - 1);
    if (a > 32 && a < 127 && b > 32 && b < 127) return raw; // printable ASCII ends: the common case
    return TEXT_RE.test(raw) ? raw : INVALID;
  },
  expected: "a non-empty value without surrounding spaces",
};

/** Free text kept as written; an empty cell → null. */
export const optionalText: Cell<string | null> = {
  schema: z.string().transform((s) => (s === "" ? null : s)),
  parse: (raw) => (raw === "" ? null : raw),
  expected: "any text",
};

/** One of a closed set of literal values. */
export function oneOf<const V extends readonly [string, ...string[]]>(values: V): Cell<V[number]> {
  return {
    schema: z.enum(values),
    parse: (raw) => ((values as readonly string[]).includes(raw) ? (raw as V[number]) : INVALID),
    expected: `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`,
  };
}

/** A rounded sample count as the upstream files write it: "3B", "13B", "34B". */
export const countLabel: Cell<string> = {
  schema: z.string().regex(/^\d+(?:\.\d+)?[KMBT]$/),
  parse: (raw) => (/^\d+(?:\.\d+)?[KMBT]$/.test(raw) ? raw : INVALID),
  expected: 'a sample count like "13B"',
};

// z.httpUrl() trims and strips tabs/newlines; the whitespace check first keeps the value exact.
const urlSchema = z.string().regex(/^\S+$/).pipe(z.httpUrl());

/** An absolute http(s) URL with a domain name. Only a few rows have one, so zod itself is the fast path. */
export const httpUrl: Cell<string> = {
  schema: urlSchema,
  parse(raw) {
    const r = urlSchema.safeParse(raw);
    return r.success ? r.data : INVALID;
  },
  expected: "an http(s) URL",
};
