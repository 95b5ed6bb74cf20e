import "server-only";
import fs from "node:fs";
import path from "node:path";
import { ByteLru } from "../../lib/cache/byte-lru";
import { readEnv } from "../../lib/env";
import type { Db } from "../client";
import { getProvenance } from "../queries/provenance";

/**
 * The server's cache of everything derived from the database (view models, API and twin bodies,
 * chart images), bounded by SCALING_CACHE_MB (LRU by bytes). Entries belong to one database handle:
 * when an ingest renames a new file into place, getDb opens a new handle and the first request
 * that sees it empties the cache. A request still running on the old handle neither reads nor
 * writes entries (its answer stays from its own version; it is just not cached).
 */
interface Store { lru: ByteLru<unknown>; handles: WeakMap<Db, number>; opened: number; current: number; inflight: WeakMap<Db, Map<string, Promise<unknown>>> }
const g = globalThis as unknown as { __scalingCache?: Store };

function store(): Store {
  if (!g.__scalingCache) {
    const budget = Math.floor(readEnv().SCALING_CACHE_MB * 1024 * 1024);
    g.__scalingCache = { lru: new ByteLru(budget), handles: new WeakMap(), opened: 0, current: 0, inflight: new WeakMap() };
  }
  return g.__scalingCache;
}

/** True when `db` is the newest handle seen (the cache then serves it), clearing on a new one. */
function isCurrent(s: Store, db: Db): boolean {
  let n = s.handles.get(db);
  if (n === undefined) s.handles.set(db, (n = ++s.opened));
  if (n > s.current) {
    s.lru.clear();
    s.current = n;
  }
  return n === s.current && s.lru.budget > 0;
}

/** The cached value of `key` for this database version, or compute it (and keep it within budget). */
export function cached<T>(db: Db, key: string, compute: () => T, sizeOf: (v: T) => number = jsonBytes): T {
  const s = store();
  if (!isCurrent(s, db)) return compute();
  const hit = s.lru.get(key) as T | undefined;
  if (hit !== undefined) return hit;
  const v = deepFreeze(compute());
  s.lru.set(key, v, sizeOf(v));
  return v;
}

/** Look up without computing (for bodies that arrive as streams). */
export function peek<T>(db: Db, key: string): T | undefined {
  const s = store();
  return isCurrent(s, db) ? (s.lru.get(key) as T | undefined) : undefined;
}

/** Keep a finished value, unless an ingest replaced the database meanwhile. */
export function put(db: Db, key: string, value: unknown, bytes: number): void {
  const s = store();
  if (isCurrent(s, db)) s.lru.set(key, value, bytes);
}

/** Cache figures for /api/health and benchmarks. */
export function cacheStats(): { entries: number; bytes: number; budget_bytes: number; hits: number; misses: number } {
  const { lru } = store();
  return { entries: lru.size, bytes: lru.bytes, budget_bytes: lru.budget, hits: lru.hits, misses: lru.misses };
}

/**
 * Wrap a `(db, ...args)` read so that its result is computed once per data version and argument
 * list: `export const listX = memoByVersion("x", listXFresh)`. Results are frozen: callers share them.
 */
export function memoByVersion<A extends unknown[], R>(name: string, fn: (db: Db, ...args: A) => R): (db: Db, ...args: A) => R {
  return (db, ...args) => cached(db, `${name}|${JSON.stringify(args)}`, () => fn(db, ...args));
}

/**
 * memoByVersion for async reads: concurrent identical calls share one in-flight computation, only
 * a resolved value is kept (a refusal such as a full CPU pool's 503, or any rejection, is passed
 * to every waiter and forgotten, so the next call computes afresh), and the value is frozen like
 * every other entry.
 */
export function memoByVersionAsync<A extends unknown[], R>(name: string, fn: (db: Db, ...args: A) => Promise<R>): (db: Db, ...args: A) => Promise<R> {
  return (db, ...args) => {
    const key = `${name}|${JSON.stringify(args)}`;
    const hit = peek<R>(db, key);
    if (hit !== undefined) return Promise.resolve(hit);
    // Computations running now, per handle and key, process-wide (pages and route handlers are
    // separate bundles): identical concurrent requests wait for one promise, not ten pool tasks.
    const { inflight } = store();
    let running = inflight.get(db);
    if (!running) inflight.set(db, (running = new Map()));
    const shared = running.get(key) as Promise<R> | undefined;
    if (shared) return shared;
    const map = running;
    // Started in a microtask, so the promise is registered before `fn` can throw or settle.
    const p = Promise.resolve()
      .then(() => fn(db, ...args))
      .then((v) => {
        const frozen = deepFreeze(v);
        put(db, key, frozen, jsonBytes(frozen));
        return frozen;
      })
      .finally(() => map.delete(key));
    map.set(key, p);
    return p;
  };
}

/** Data version of a handle and the build serving it: what an ETag is made of. */
export function versionOf(db: Db): string {
  return getProvenance(db).data_version;
}

let buildId: string | undefined;
/** This build's id (replicas of one build agree on it, so their ETags agree). */
export function currentBuildId(): string {
  if (buildId === undefined) {
    try {
      buildId = fs.readFileSync(path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"), "utf8").trim();
    } catch {
      buildId = "dev";
    }
  }
  return buildId;
}

function jsonBytes(v: unknown): number {
  // UTF-16 in memory: about twice the JSON length, plus object overhead we do not try to model.
  return (JSON.stringify(v)?.length ?? 16) * 2;
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === "object" && !Object.isFrozen(v) && !ArrayBuffer.isView(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}
