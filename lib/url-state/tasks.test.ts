import { describe, expect, it } from "vitest";
import { parseTasksState, sortPanels, tasksQuery, TASKS_DEFAULTS } from "./tasks";

const panels = [
  { task: "b", alpha: -0.1, n: 29, r2: 0.9, delta: -0.05 },
  { task: "a", alpha: -0.2, n: 29, r2: 0.5, delta: 0.02 },
  { task: "c", alpha: null, n: null, r2: null, delta: null },
  { task: "d", alpha: -0.1, n: 20, r2: 0.7, delta: -0.01 },
];
const order = (sort: "task" | "alpha" | "n" | "r2" | "delta", dir: "asc" | "desc") => sortPanels(panels, sort, dir).map((p) => p.task);

describe("sortPanels", () => {
  it("sorts by the key, ties by task name, panels without a value last in both directions", () => {
    expect(order("alpha", "asc")).toEqual(["a", "b", "d", "c"]);
    expect(order("alpha", "desc")).toEqual(["b", "d", "a", "c"]);
    expect(order("n", "asc")).toEqual(["d", "a", "b", "c"]);
    expect(order("r2", "desc")).toEqual(["b", "d", "a", "c"]);
    expect(order("task", "desc")).toEqual(["d", "c", "b", "a"]);
    expect(order("delta", "asc")).toEqual(["b", "d", "a", "c"]);
    expect(order("delta", "desc")).toEqual(["a", "d", "b", "c"]);
  });
});

describe("/tasks URL state", () => {
  it("round-trips through the canonical query and drops defaults", () => {
    const r = parseTasksState(new URLSearchParams("dir=desc&sort=r2&category=vtab&method=ols"));
    if (!r.ok) throw new Error("expected a valid state");
    expect(tasksQuery(r.state)).toBe("method=ols&sort=r2&dir=desc&category=vtab");
    expect(tasksQuery(TASKS_DEFAULTS)).toBe("");
  });
  it("names bad parameters", () => {
    const r = parseTasksState(new URLSearchParams("sort=speed&colour=red"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.param).sort()).toEqual(["colour", "sort"]);
  });
});
