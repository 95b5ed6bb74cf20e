import { describe, expect, it } from "vitest";
import { createDb } from "../client";
import { cached, cacheStats, memoByVersion, memoByVersionAsync } from "./store";

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

describe("memoByVersionAsync", () => {
  it("shares one in-flight computation between concurrent identical calls and keeps the value", async () => {
    const db = createDb(":memory:");
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const read = memoByVersionAsync("async-shared", async (_db, k: string) => {
      calls++;
      await gate;
      return { k };
    });
    const [p1, p2, p3] = [read(db, "a"), read(db, "a"), read(db, "b")];
    release();
    const [a1, a2, b] = await Promise.all([p1, p2, p3]);
    expect(a1).toBe(a2);
    expect(b.k).toBe("b");
    expect(calls).toBe(2);
    expect(await read(db, "a")).toBe(a1); // kept
    expect(calls).toBe(2);
    expect(Object.isFrozen(a1)).toBe(true);
    db.$client.close();
  });

  it("hands a rejection to every waiter and forgets it: the next call computes again", async () => {
    const db = createDb(":memory:");
    let calls = 0;
    const read = memoByVersionAsync("async-fail", async (_db, k: string) => {
      calls++;
      if (calls <= 1) throw new Error(`busy ${k}`);
      return { k, calls };
    });
    const both = await Promise.all([read(db, "x").catch((e: Error) => e.message), read(db, "x").catch((e: Error) => e.message)]);
    expect(both).toEqual(["busy x", "busy x"]);
    expect(calls).toBe(1);
    expect(await read(db, "x")).toEqual({ k: "x", calls: 2 });
    db.$client.close();
  });

  it("is not stuck by a function that throws before its first await", async () => {
    const db = createDb(":memory:");
    let calls = 0;
    const read = memoByVersionAsync("async-sync-throw", (_db, k: string) => {
      calls++;
      if (calls === 1) throw new Error("synchronous");
      return Promise.resolve({ k });
    });
    await expect(read(db, "y")).rejects.toThrow("synchronous");
    expect(await read(db, "y")).toEqual({ k: "y" });
    db.$client.close();
  });
});
