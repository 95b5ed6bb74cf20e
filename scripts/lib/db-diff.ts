import Database from "better-sqlite3";

/** Natural key of each data table (surrogate `id` columns are ignored when comparing). */
const KEYS: Record<string, readonly string[]> = {
  architectures: ["name"],
  models: ["id"],
  evaluations: ["model_id", "task"],
  learning_curve_points: ["model_id", "epoch"],
  fits: ["task", "metric", "group", "method"],
};
type Row = Record<string, unknown>;
type Snapshot = Record<string, Map<string, Row>>;

export interface TableDiff { table: string; before: number; after: number; added: number; removed: number; changed: number }
export interface AlphaMove { key: string; before: number; after: number; interval: [number, number] }
export interface DbDiff {
  tables: TableDiff[];
  /** Fits (in both databases) whose new α lies outside the previous 95% interval. */
  alphaMoves: AlphaMove[];
  /** What shrank among models, tasks and evaluations: "evaluations 1312 → 1280", … */
  shrunk: string[];
}

/** Every row of the data tables, keyed by natural key (a repeated key gets "#2", "#3", …). */
export function readSnapshot(file: string): Snapshot {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const snap: Snapshot = {};
    for (const [table, key] of Object.entries(KEYS)) {
      const rows = new Map<string, Row>();
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Row[]) {
        if (key[0] !== "id") delete row.id;
        const k = key.map((c) => String(row[c])).join(" / ");
        let unique = k;
        for (let n = 2; rows.has(unique); n++) unique = `${k} #${n}`;
        rows.set(unique, row);
      }
      snap[table] = rows;
    }
    return snap;
  } finally {
    db.close();
  }
}

/** Rows added / removed / changed per table, α moves beyond the old interval, and shrinkage. */
export function diffSnapshots(before: Snapshot, after: Snapshot): DbDiff {
  const tables: TableDiff[] = [];
  const alphaMoves: AlphaMove[] = [];
  for (const table of Object.keys(KEYS)) {
    const a = before[table] ?? new Map<string, Row>();
    const b = after[table] ?? new Map<string, Row>();
    let added = 0;
    let changed = 0;
    for (const [k, row] of b) {
      const old = a.get(k);
      if (!old) added++;
      else if (!sameRow(old, row)) changed++;
      if (old && table === "fits") {
        const move = alphaMove(k, old, row);
        if (move) alphaMoves.push(move);
      }
    }
    const removed = [...a.keys()].filter((k) => !b.has(k)).length;
    tables.push({ table, before: a.size, after: b.size, added, removed, changed });
  }
  const tasks = (s: Snapshot) => new Set([...(s.evaluations?.values() ?? [])].map((r) => r.task)).size;
  const measures: [string, number, number][] = [
    ["models", before.models?.size ?? 0, after.models?.size ?? 0],
    ["tasks", tasks(before), tasks(after)],
    ["evaluations", before.evaluations?.size ?? 0, after.evaluations?.size ?? 0],
  ];
  const shrunk = measures.filter(([, x, y]) => y < x).map(([m, x, y]) => `${m} ${x} → ${y}`);
  return { tables, alphaMoves, shrunk };
}

/**
 * Compare the columns both rows have (a newer schema may add columns; that alone is no change).
 * `source_line` is left out: a row that only moved in the file (rows removed above it) is unchanged.
 */
function sameRow(a: Row, b: Row): boolean {
  for (const c of Object.keys(a)) if (c !== "source_line" && c in b && !Object.is(a[c], b[c])) return false;
  return true;
}

function alphaMove(key: string, old: Row, row: Row): AlphaMove | null {
  const [lo, hi, before, after] = [old.alpha_lo, old.alpha_hi, old.alpha, row.alpha];
  if (typeof lo !== "number" || typeof hi !== "number" || typeof before !== "number" || typeof after !== "number") return null;
  return after < lo || after > hi ? { key, before, after, interval: [lo, hi] } : null;
}

/** Human-readable summary, one line per table and per moved α (first 20). */
export function formatDiff(d: DbDiff): string[] {
  const lines = d.tables.map((t) =>
    `  ${t.table}: ${t.before} → ${t.after} rows (${t.added} added, ${t.removed} removed, ${t.changed} changed)`);
  if (d.alphaMoves.length === 0) lines.push("  fits: no α moved outside its previous 95% interval");
  else lines.push(`  fits: ${d.alphaMoves.length} α moved outside the previous 95% interval:`);
  for (const m of d.alphaMoves.slice(0, 20)) {
    lines.push(`    ${m.key}: α ${m.before.toPrecision(4)} → ${m.after.toPrecision(4)} (interval ${m.interval[0].toPrecision(4)} … ${m.interval[1].toPrecision(4)})`);
  }
  if (d.alphaMoves.length > 20) lines.push(`    … and ${d.alphaMoves.length - 20} more`);
  return lines;
}
