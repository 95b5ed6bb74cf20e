import { describe, expect, it } from "vitest";
import { EVAL_COLUMNS, FIT_CSV_COLUMNS } from "../api/rows";
import { dataDictionary } from "../dictionary";
import { CURVE_EXPORT_COLUMNS, MODEL_EXPORT_COLUMNS } from "./columns";
import { COMPARE_COLUMNS } from "./compare-rows";

const tables = dataDictionary().tables;
const names = (t: string) => tables.find((x) => x.table === t)?.columns.map((c) => c.name) ?? [];

describe("data dictionary", () => {
  it.each([
    ["evals", EVAL_COLUMNS],
    ["fits (CSV)", FIT_CSV_COLUMNS],
    ["models", MODEL_EXPORT_COLUMNS],
    ["learning-curves", CURVE_EXPORT_COLUMNS],
    ["compare", COMPARE_COLUMNS],
  ] as const)("documents every column of %s, in export order", (table, columns) => {
    expect(names(table)).toEqual(expect.arrayContaining([...columns]));
    expect(names(table).filter((n) => (columns as readonly string[]).includes(n))).toEqual([...columns]);
  });
  it("gives every column a type, a meaning and a source", () => {
    for (const t of tables) {
      for (const c of t.columns) {
        expect(c.meaning.length, `${t.table}.${c.name}`).toBeGreaterThan(3);
        expect(c.source.length, `${t.table}.${c.name}`).toBeGreaterThan(2);
        expect(["string", "number", "integer", "boolean", "[number, number]"]).toContain(c.type);
      }
    }
  });
});
