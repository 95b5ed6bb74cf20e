import { AsyncLocalStorage } from "node:async_hooks";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { AppError } from "../lib/errors";
import { readEnv } from "../lib/env";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

const MIGRATIONS = path.join(process.cwd(), "db/migrations");

/** Open a database file (or ":memory:"); `readonly` for the server, writable for scripts and tests. */
export function createDb(file: string, opts: { readonly?: boolean } = {}): Db {
  const sqlite = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  if (!opts.readonly) sqlite.pragma("foreign_keys = ON");
  return drizzle(sqlite, { schema }) as Db;
}

/** Apply the committed drizzle-kit migrations. */
export function migrateDb(db: Db, folder = MIGRATIONS): void {
  migrate(db, { migrationsFolder: folder });
}

const pinned = new AsyncLocalStorage<{ file: string; db: Db }>();

/**
 * Run `fn` with `getDb()` answering `db` (for the default file): a cached route takes its data
 * version from one handle and its body from the same one, even if an ingest lands in between.
 */
export function withDb<T>(db: Db, fn: () => T, file: string = readEnv().SCALING_DB): T {
  return pinned.run({ file, db }, fn);
}

type Handle = { db: Db; ino: number; mtimeMs: number; size: number };
const g = globalThis as unknown as { __scalingDb?: Handle };

/**
 * The server's read-only handle. An ingest renames a new file over the old one, so the handle
 * reopens when the file's inode changes; callers take one handle per request so every response
 * comes from a single database version. Old handles close after a grace period.
 */
export function getDb(file: string = readEnv().SCALING_DB): Db {
  const held = pinned.getStore();
  if (held && held.file === file) return held.db;
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
  } catch {
    // No path in the message: it reaches clients (the 503 of /api/health and every route).
    throw new AppError("unavailable", "Database not found: run `npm run ingest` first (SCALING_DB names the file).");
  }
  const cur = g.__scalingDb;
  if (cur && cur.ino === st.ino && cur.mtimeMs === st.mtimeMs && cur.size === st.size) return cur.db;
  const db = createDb(file, { readonly: true });
  g.__scalingDb = { db, ino: st.ino, mtimeMs: st.mtimeMs, size: st.size };
  if (cur) setTimeout(() => cur.db.$client.close(), 30_000).unref();
  return db;
}
