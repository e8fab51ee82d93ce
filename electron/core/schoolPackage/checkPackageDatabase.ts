import Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import type { ZipProblem } from '../../../shared/api/errorCodes.js';
import { columnOf } from '../../../shared/datasets/datasetDefinition.js';
import { DATASETS } from '../../../shared/datasets/datasetRegistry.js';
import { systemClock } from '../clock/systemClock.js';
import { errorFields, logEvent } from '../log/appLog.js';
import { appliedMigrations, applyMigrations } from '../store/migrateDatabase.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../store/migrations/index.js';

const WHERE = '学校数据包中的数据库 school.sqlite';

function refuse(code: ZipProblem, message: string, file: string, field?: string): never {
  throw new AppError(`SCHOOL_PACKAGE_${code}`, `${WHERE}${message}。已拒绝恢复，未做任何修改`, {
    file,
    path: 'school.sqlite',
    ...(field ? { field } : {}),
  });
}

/** Tables, indexes and triggers as the app's own migrations up to `version` create them. */
function schemaOf(db: Database.Database): Map<string, string> {
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND sql IS NOT NULL")
    .all() as { type: string; name: string; sql: string }[];
  return new Map(rows.map((r) => [`${r.type} ${r.name}`, r.sql.replace(/\s+/g, ' ').trim()]));
}

function referenceSchema(version: number): Map<string, string> {
  const ref = new Database(':memory:');
  try {
    applyMigrations(ref, MIGRATIONS.slice(0, version), 'reference', ':memory:', systemClock);
    return schemaOf(ref);
  } finally {
    ref.close();
  }
}

/** Chinese names for a table's columns where a data set describes them. */
function labelsOf(table: string): { table: string; columns: Map<string, string> } {
  const def = DATASETS.find((d) => d.table === table);
  return {
    table: def ? def.label : table,
    columns: new Map((def?.fields ?? []).map((f) => [columnOf(f.key), f.label])),
  };
}

const ALLOWED: Record<string, string[]> = {
  TEXT: ['text', 'null'],
  INTEGER: ['integer', 'null'],
  REAL: ['real', 'integer', 'null'],
};
const TYPE_NAMES: Record<string, string> = { text: '文字', integer: '整数', real: '数字', blob: '二进制数据' };

/** Every stored value has its column's declared type: a crafted file cannot put a number where text belongs. */
function checkValueTypes(db: Database.Database, tables: string[], file: string): void {
  for (const table of tables) {
    const cols = db.prepare(`PRAGMA table_info(${JSON.stringify(table)})`).all() as { name: string; type: string }[];
    const names = labelsOf(table);
    // WITHOUT ROWID tables have none; their rows are then counted in key order.
    const hasRowid = !/without\s+rowid/i.test(
      (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').get(table) as { sql: string }).sql,
    );
    const idExpr = hasRowid ? 'rowid' : '0';
    for (const c of cols) {
      const allowed = ALLOWED[c.type.toUpperCase()];
      if (!allowed) continue;
      const q = JSON.stringify(c.name);
      const bad = db
        .prepare(
          `SELECT ${idExpr} AS id, typeof(${q}) AS t, ${q} AS v FROM ${JSON.stringify(table)} WHERE typeof(${q}) NOT IN (${allowed.map((a) => `'${a}'`).join(',')}) LIMIT 1`,
        )
        .get() as { id: number; t: string; v: unknown } | undefined;
      if (bad) {
        const col = names.columns.get(c.name) ?? c.name;
        const row = bad.id ? `第 ${bad.id} 条记录` : '一条记录';
        const shown = bad.t === 'blob' ? '' : ` ${String(bad.v).slice(0, 30)}`;
        refuse(
          'BAD_VALUE',
          `：表「${names.table}」${row}的「${col}」应为${TYPE_NAMES[allowed[0]]}，却是${TYPE_NAMES[bad.t] ?? bad.t}${shown}`,
          file,
          col,
        );
      }
    }
  }
}

/** JSON the app parses later must parse now. */
function checkJsonColumns(db: Database.Database, file: string): void {
  for (const [table, column, label] of [
    ['application', 'params_json', '申报参数'],
    ['application_value', 'value_json', '申报的填写内容'],
  ] as const) {
    for (const r of db.prepare(`SELECT rowid AS id, ${column} AS v FROM ${table}`).all() as {
      id: number;
      v: string;
    }[]) {
      let ok = true;
      try {
        const parsed = JSON.parse(r.v) as unknown;
        if (column === 'params_json') ok = !!parsed && typeof parsed === 'object' && !Array.isArray(parsed);
      } catch {
        ok = false;
      }
      if (!ok) refuse('BAD_VALUE', `：表「${table}」第 ${r.id} 条记录的「${label}」不是有效的数据`, file, label);
    }
  }
}

/**
 * Checks a database taken out of a 学校数据包 before it may replace anything: SQLite's full
 * integrity check, a schema version this app knows (a newer one is refused naming the app version
 * that made it), exactly the tables, indexes and triggers our migrations create at that version,
 * values of their declared types, readable JSON, and intact foreign keys.
 */
export function checkPackageDatabase(
  dbPath: string,
  file: string,
  made: { appVersion: string; currentVersion: string },
): void {
  let db: Database.Database;
  try {
    db = new Database(dbPath, { readonly: true, fileMustExist: true });
  } catch (e) {
    logEvent('warn', 'school-package.db-unopenable', errorFields(e));
    return refuse('DB_DAMAGED', '无法打开（不是 SQLite 数据库，或已损坏）', file);
  }
  try {
    let ok: unknown;
    try {
      ok = db.pragma('integrity_check', { simple: true });
    } catch (e) {
      logEvent('warn', 'school-package.db-damaged', errorFields(e));
      return refuse('DB_DAMAGED', '已损坏（SQLite 无法完成完整性检查）', file);
    }
    if (ok !== 'ok') refuse('DB_DAMAGED', `完整性检查未通过（${String(ok)}）`, file);
    const applied = appliedMigrations(db);
    applied.forEach((m, i) => {
      const known = MIGRATIONS[i];
      if (!known || known.version !== m.version || known.name !== m.name) {
        const newest = applied[applied.length - 1];
        throw new AppError(
          'SCHOOL_PACKAGE_TOO_NEW',
          `这个学校数据包由更新版本的申报通 ${made.appVersion} 制作（数据结构版本 ${String(newest.version).padStart(4, '0')}「${newest.name}」），本程序（${made.currentVersion}）只认识到版本 ${String(LATEST_SCHEMA_VERSION).padStart(4, '0')}。请先把申报通升级到 ${made.appVersion} 或更新的版本，再恢复。未做任何修改`,
          { file, path: 'school.sqlite' },
        );
      }
    });
    if (!applied.length) refuse('NOT_OURS', '不是申报通的数据库（没有数据结构版本记录）', file);
    const want = referenceSchema(applied.length);
    const have = schemaOf(db);
    for (const [k, sql] of want)
      if (have.get(k) !== sql)
        refuse('NOT_OURS', `的结构与申报通的不一致（${k} ${have.has(k) ? '被改动' : '缺失'}）`, file);
    for (const k of have.keys()) if (!want.has(k)) refuse('NOT_OURS', `中多出了申报通没有的 ${k}`, file);
    const tables = [...want.keys()].filter((k) => k.startsWith('table ')).map((k) => k.slice(6));
    checkValueTypes(db, tables, file);
    checkJsonColumns(db, file);
    const fk = db.pragma('foreign_key_check') as unknown[];
    if (fk.length) refuse('DB_DAMAGED', `有 ${fk.length} 处记录之间的关联断开（外键检查未通过）`, file);
  } finally {
    db.close();
  }
}
