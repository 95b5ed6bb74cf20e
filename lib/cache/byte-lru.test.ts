import { describe, expect, it } from "vitest";
import { ByteLru } from "./byte-lru";

describe("ByteLru", () => {
  it("evicts the least recently used entries once the byte budget is exceeded", () => {
    const c = new ByteLru<string>(100, 100);
    c.set("a", "A", 40);
    c.set("b", "B", 40);
    expect(c.get("a")).toBe("A"); // a is now the most recent
    c.set("c", "C", 40); // 120 > 100: b (least recent) goes
    expect(c.get("b")).toBeUndefined();
    expect(c.get("a")).toBe("A");
    expect(c.get("c")).toBe("C");
    expect(c.bytes).toBe(80);
    expect(c.size).toBe(2);
  });

  it("refuses an entry larger than maxEntry and keeps the others", () => {
    const c = new ByteLru<number>(100, 30);
    c.set("small", 1, 10);
    expect(c.set("big", 2, 31)).toBe(false);
    expect(c.get("big")).toBeUndefined();
    expect(c.get("small")).toBe(1);
    expect(c.bytes).toBe(10);
  });

  it("replacing a key accounts its new size once; clear empties everything", () => {
    const c = new ByteLru<string>(100, 100);
    c.set("k", "v1", 60);
    c.set("k", "v2", 30);
    expect(c.bytes).toBe(30);
    expect(c.get("k")).toBe("v2");
    c.clear();
    expect(c.size).toBe(0);
    expect(c.bytes).toBe(0);
  });

  it("counts hits and misses", () => {
    const c = new ByteLru<string>(10);
    c.set("a", "x", 1);
    c.get("a");
    c.get("zz");
    expect([c.hits, c.misses]).toEqual([1, 1]);
  });
});
