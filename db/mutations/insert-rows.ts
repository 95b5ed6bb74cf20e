import { getTableColumns, getTableName, type Table } from "drizzle-orm";
import type { Db } from "../client";

/**
 * Bulk insert through one prepared statement built from the drizzle table's own columns, so the
 * SQL can't drift from db/schema.ts. Per-row `.run()` on a prepared statement is several times
 * faster than drizzle's query builder for large loads; call it inside a synchronous transaction.
 */
export function insertRows<T extends Table>(db: Db, table: T, rows: readonly T["$inferInsert"][]): number {
  // An INTEGER PRIMARY KEY is SQLite's rowid: let it number the rows itself.
  const cols = Object.entries(getTableColumns(table)).filter(([, c]) => !(c.primary && c.dataType === "number"));
  const sql = `INSERT INTO "${getTableName(table)}" (${cols.map(([, c]) => `"${c.name}"`).join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`;
  const stmt = db.$client.prepare(sql);
  const keys = cols.map(([k]) => k);
  const values: unknown[] = new Array(keys.length);
  for (const row of rows) {
    const r = row as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) values[i] = r[keys[i]!] ?? null;
    stmt.run(values);
  }
  return rows.length;
}
