import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as cells from "./cells";
import { NUMBER_RE } from "./cells";
import { TOKENS } from "./__fixtures__/tokens";

const ok = (cell: cells.Cell<unknown>, raw: string) => {
  const r = cell.schema.safeParse(raw);
  return r.success ? r.data : "invalid";
};

describe("number cells", () => {
  it("NUMBER_RE accepts plain decimal and scientific notation only", () => {
    for (const t of ["0", "12", "-1.5", ".5", "5.", "1e3", "1E-3", "12800000000.0"]) expect(NUMBER_RE.test(t), t).toBe(true);
    for (const t of ["", " 1", "1 ", "+1", "0x10", "1,5", "NaN", "Infinity", "1e", "e3", ".", "-", "1.2.3"]) expect(NUMBER_RE.test(t), t).toBe(false);
  });

  it("integers accept integral float notation only", () => {
    expect(ok(cells.positiveInt, "12800000000.0")).toBe(12800000000);
    expect(ok(cells.positiveInt, "1e3")).toBe(1000);
    expect(ok(cells.positiveInt, "1.5")).toBe("invalid");
    expect(ok(cells.positiveInt, "0")).toBe("invalid");
    expect(ok(cells.nonNegativeInt, "0")).toBe(0);
    expect(ok(cells.nonNegativeInt, "9007199254740993")).toBe("invalid"); // not a safe integer
    expect(ok(cells.positive, "1e999")).toBe("invalid"); // Infinity
  });

  it("empty metric cells are null, never 0", () => {
    expect(ok(cells.optionalUnit, "")).toBeNull();
    expect(ok(cells.unit, "")).toBe("invalid");
    expect(ok(cells.optionalText, "")).toBeNull();
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

  it("rejects a 1 MB digit string in under 100 ms of CPU time", () => {
    const digits = "7".repeat(1 << 20);
    // CPU time of this process, not wall time: other processes on a shared machine do not count.
    const t0 = process.cpuUsage();
    expect(NUMBER_RE.test(`${digits}x`)).toBe(false);
    const { user, system } = process.cpuUsage(t0);
    expect((user + system) / 1000).toBeLessThan(100);
    // Accepting long values stays linear as well (a quadratic pattern would time the test out).
    expect(NUMBER_RE.test(`${digits}.5e+`)).toBe(false);
    expect(NUMBER_RE.test(`-${digits}.${digits}e-12`)).toBe(true);
    expect(cells.positive.schema.safeParse(`${digits}x`).success).toBe(false);
  });
});

describe("quick checks accept a subset of zod's set, with zod's value", () => {
  // Strings near the number grammar's edges, any short text, and the shared edge tokens.
  const numberish = fc.string({ unit: fc.constantFrom(..."0123456789.eE+- x"), maxLength: 12 });
  const edges = [0, -0, 1, 1 + 2 ** -52, 1 + 1e-10, 1 - 2 ** -53, 5e-324, -5e-324, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e21, 1.5];
  const numbers = fc.oneof(fc.double().map(String), fc.integer().map(String), fc.double({ min: -2, max: 2 }).map(String), fc.constantFrom(...edges).map(String));
  const raw = fc.oneof(numberish, numbers, fc.string({ maxLength: 8 }), fc.string({ unit: "grapheme", maxLength: 4 }), fc.constantFrom(...TOKENS));
  const all: [string, cells.Cell<unknown>][] = Object.entries(cells).flatMap(([name, c]) =>
    typeof c === "object" && c !== null && "quick" in c ? [[name, c as cells.Cell<unknown>]] : [],
  );
  all.push(["oneOf", cells.oneOf(["80M", "400M", "2B"])]);

  it.each(all)("%s", (_name, cell) => {
    fc.assert(
      fc.property(raw, (s) => {
        const q = cell.quick(s);
        if (q === cells.ASK_ZOD) return;
        const z = cell.schema.safeParse(s);
        expect(z.success, JSON.stringify(s)).toBe(true);
        expect(Object.is(z.data, q), JSON.stringify(s)).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it("each rule accepts what the former zod schemas accepted, with the same value", () => {
    // The schemas as they were written before each rule became one check shared by zod and `quick`.
    const num = (n: z.ZodNumber) => z.string().regex(NUMBER_RE).transform(Number).pipe(n);
    const former: [cells.Cell<unknown>, z.ZodType][] = [
      [cells.positiveInt, num(z.number().int().gt(0))],
      [cells.nonNegativeInt, num(z.number().int().min(0))],
      [cells.positive, num(z.number().gt(0))],
      [cells.nonNegative, num(z.number().min(0))],
      [cells.unit, num(z.number().min(0).max(1))],
      [cells.text, z.string().regex(/^\S(?:[\s\S]*\S)?$/)],
      [cells.countLabel, z.string().regex(/^\d+(?:\.\d+)?[KMBT]$/)],
    ];
    fc.assert(
      fc.property(raw, (s) => {
        for (const [cell, schema] of former) {
          const [a, b] = [cell.schema.safeParse(s), schema.safeParse(s)];
          expect(a.success, JSON.stringify(s)).toBe(b.success);
          expect(Object.is(a.data, b.data), JSON.stringify(s)).toBe(true);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("the quick checks take the common cells themselves (else they would not speed anything up)", () => {
    const taken = (cell: cells.Cell<unknown>, s: string) => cell.quick(s) !== cells.ASK_ZOD;
    for (const s of ["0", "0.7919", "1", "1e-3", ""]) expect(taken(cells.optionalUnit, s), s).toBe(true);
    for (const s of ["3000000000.0", "12800000000", "1e3"]) expect(taken(cells.positiveInt, s), s).toBe(true);
    for (const s of ["ViT-B-32", "zeroshot_classification", "a"]) expect(taken(cells.text, s), s).toBe(true);
    expect(taken(cells.countLabel, "13B")).toBe(true);
    expect(taken(cells.oneOf(["80M", "2B"]), "2B")).toBe(true);
  });
});
