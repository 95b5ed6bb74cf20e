import { describe, expect, it } from "vitest";
import { createDb } from "../client";
import { cached, cacheStats, memoByVersion } from "./store";

describe("data-version cache", () => {
  it("computes once per handle and key, drops everything when a newer handle appears, never serves an old handle", () => {
    const old = createDb(":memory:");
    let calls = 0;
    const read = memoByVersion("t", (_db, task: string) => ({ task, n: ++calls }));
    const a = read(old, "cars");
    expect(read(old, "cars")).toBe(a); // same object: computed once
    expect(read(old, "pets").n).toBe(2); // other arguments, other entry
    expect(calls).toBe(2);
    expect(Object.isFrozen(a)).toBe(true); // shared between requests, so nobody may mutate it

    const fresh = createDb(":memory:"); // an ingest replaced the file: getDb opened a new handle
    const b = read(fresh, "cars");
    expect(b).not.toBe(a);
    expect(b.n).toBe(3);
    expect(read(fresh, "cars")).toBe(b);
    // A request still on the old handle gets its own version's answer, computed, not cached.
    expect(read(old, "cars").n).toBe(4);
    expect(read(old, "cars").n).toBe(5);
    expect(read(fresh, "cars")).toBe(b);
    old.$client.close();
    fresh.$client.close();
  });

  it("accounts bytes within the budget", () => {
    const db = createDb(":memory:");
    const before = cacheStats();
    cached(db, "big", () => "x".repeat(1000), (v) => v.length);
    const after = cacheStats();
    expect(after.bytes).toBe(1000);
    expect(after.budget_bytes).toBe(64 * 1024 * 1024);
    expect(after.entries).toBe(1);
    expect(before.entries).toBeGreaterThanOrEqual(0);
    db.$client.close();
  });
});
