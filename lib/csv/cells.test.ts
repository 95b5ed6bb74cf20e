import { describe, expect, it } from "vitest";
import * as cells from "./cells";
import { INVALID, NUMBER_RE, parseDecimal, type Cell } from "./cells";
import { TOKENS } from "./__fixtures__/tokens";


const named = Object.entries(cells).flatMap(([n, v]): [string, Cell<unknown>][] =>
  typeof v === "object" && "schema" in v ? [[n, v as unknown as Cell<unknown>]] : [],
);
const all: [string, Cell<unknown>][] = [...named, ["oneOf(80M|400M|2B)", cells.oneOf(["80M", "400M", "2B"])]];

describe("fast cell parsers agree with their zod schemas", () => {
  it.each(all)("%s", (_, cell) => {
    for (const t of TOKENS) {
      const fast = cell.parse(t);
      const zod = cell.schema.safeParse(t);
      expect(fast === INVALID ? { ok: false } : { ok: true, v: fast }, JSON.stringify(t)).toEqual(zod.success ? { ok: true, v: zod.data } : { ok: false });
      if (typeof fast === "number" && zod.success) expect(Object.is(fast, zod.data), JSON.stringify(t)).toBe(true);
    }
  });

  it("covers every exported cell", () => {
    expect(named.map(([n]) => n).sort()).toEqual(
      ["countLabel", "httpUrl", "nonNegative", "nonNegativeInt", "optionalText", "optionalUnit", "positive", "positiveInt", "text", "unit"].sort(),
    );
  });
});

describe("number grammar", () => {
  it("parseDecimal accepts exactly NUMBER_RE with a finite value", () => {
    let seed = 1;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    const alphabet = "0123456789.eE+-x bo,_N";
    const random = Array.from({ length: 20000 }, () => Array.from({ length: 1 + rnd(6) }, () => alphabet[rnd(alphabet.length)]).join(""));
    for (const t of [...TOKENS, ...random]) {
      const expected = NUMBER_RE.test(t) && Number.isFinite(Number(t)) ? Number(t) : INVALID;
      expect(parseDecimal(t), JSON.stringify(t)).toBe(expected);
    }
  });

  it("integers accept integral float notation only", () => {
    expect(cells.positiveInt.parse("12800000000.0")).toBe(12800000000);
    expect(cells.positiveInt.parse("1e3")).toBe(1000);
    expect(cells.positiveInt.parse("1.5")).toBe(INVALID);
    expect(cells.positiveInt.parse("0")).toBe(INVALID);
    expect(cells.nonNegativeInt.parse("0")).toBe(0);
    expect(cells.nonNegativeInt.parse("9007199254740993")).toBe(INVALID); // not a safe integer
  });

  it("empty metric cells are null, never 0", () => {
    expect(cells.optionalUnit.parse("")).toBeNull();
    expect(cells.optionalUnit.schema.parse("")).toBeNull();
    expect(cells.unit.parse("")).toBe(INVALID);
    expect(cells.optionalText.parse("")).toBeNull();
  });
});

describe("NUMBER_RE runs in linear time", () => {
  // The former pattern /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/ took ~2 s on 40,000 digits and a
  // trailing "x" here (quadratic backtracking). This is a guard against that class of regression,
  // not a timing benchmark: a linear pattern needs ~20 ms for 1 MB, the quadratic one hours.
  const FORMER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

  it("matches the same language as the former pattern", () => {
    let seed = 3;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 8) % n;
    const alphabet = "0123456789.eE+-x ";
    const random = Array.from({ length: 20000 }, () => Array.from({ length: 1 + rnd(8) }, () => alphabet[rnd(alphabet.length)]).join(""));
    for (const t of [...TOKENS, ...random]) expect(NUMBER_RE.test(t), JSON.stringify(t)).toBe(FORMER.test(t));
  });

  it("rejects or accepts a 1 MB digit string in well under 100 ms", () => {
    const digits = "7".repeat(1 << 20);
    const t0 = performance.now();
    expect(NUMBER_RE.test(`${digits}x`)).toBe(false);
    expect(NUMBER_RE.test(`${digits}.5e+`)).toBe(false);
    expect(NUMBER_RE.test(`-${digits}.${digits}e-12`)).toBe(true);
    expect(cells.positive.schema.safeParse(`${digits}x`).success).toBe(false);
    expect(performance.now() - t0).toBeLessThan(100);
  });
});
