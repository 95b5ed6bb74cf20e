import { describe, expect, it } from "vitest";
import { compareNullsLast, sortRows } from "./sort";

describe("sortRows", () => {
  const rows = [
    { id: "a", v: 3 as number | null },
    { id: "b", v: null },
    { id: "c", v: 1 },
    { id: "d", v: 2 },
    { id: "e", v: null },
  ];
  it("puts missing values last in ascending order", () => {
    expect(sortRows(rows, (r) => r.v, "asc").map((r) => r.id)).toEqual(["c", "d", "a", "b", "e"]);
  });
  it("still puts missing values last in descending order", () => {
    expect(sortRows(rows, (r) => r.v, "desc").map((r) => r.id)).toEqual(["a", "d", "c", "b", "e"]);
  });
  it("breaks ties with the tie-break keys, ascending in both directions", () => {
    const t = [{ k: 1, id: "z" }, { k: 2, id: "y" }, { k: 1, id: "x" }];
    expect(sortRows(t, (r) => r.k, "desc", [(r) => r.id]).map((r) => r.id)).toEqual(["y", "x", "z"]);
  });
  it("sorts strings and does not mutate its input", () => {
    const s = [{ v: "b" }, { v: "a" }];
    expect(sortRows(s, (r) => r.v, "asc").map((r) => r.v)).toEqual(["a", "b"]);
    expect(s.map((r) => r.v)).toEqual(["b", "a"]);
  });
  it("treats NaN as missing", () => {
    expect(compareNullsLast(Number.NaN, 1, "asc")).toBe(1);
    expect(compareNullsLast(1, Number.NaN, "desc")).toBe(-1);
    expect(compareNullsLast(null, undefined, "asc")).toBe(0);
  });
});
