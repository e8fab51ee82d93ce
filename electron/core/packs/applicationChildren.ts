import type Database from 'better-sqlite3';

/** One database row as read by better-sqlite3. */
export type Row = Record<string, unknown>;

/** Tables with a foreign key to application(id): their name and the column holding it. */
export function childTables(db: Database.Database): { table: string; column: string; rowid?: string }[] {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  const out: { table: string; column: string; rowid?: string }[] = [];
  for (const table of tables) {
    const fk = (db.pragma(`foreign_key_list(${table})`) as { table: string; from: string }[]).find(
      (f) => f.table === 'application',
    );
    if (!fk) continue;
    const info = db.pragma(`table_info(${table})`) as { name: string; type: string; pk: number }[];
    const pks = info.filter((c) => c.pk);
    const rowid = pks.length === 1 && pks[0].type === 'INTEGER' ? pks[0].name : undefined;
    out.push({ table, column: fk.from, rowid });
  }
  return out;
}

export function insertRow(db: Database.Database, table: string, row: Row): void {
  const cols = Object.keys(row);
  db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(
    ...cols.map((c) => row[c]),
  );
}
