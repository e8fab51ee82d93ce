import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import type { CheckReport } from '../../../shared/api/backupCalls.js';
import { noteTempFile, releaseTempNote } from '../files/tempLedger.js';
import { errorFields, logEvent } from '../log/appLog.js';
import { removeDatabaseFile, sealDatabaseCopy, tempNameIn } from './backupFiles.js';
import { appliedMigrations } from './migrateDatabase.js';
import type { Migration } from './migration.js';
import { MIGRATIONS } from './migrations/index.js';

type CheckItem = CheckReport['items'][number];

const SQLITE_HEADER = 'SQLite format 3\0';
const MAX_LISTED = 30;

/** The file's first bytes say SQLite, and whether it is in WAL mode (opening it would write -wal/-shm). */
function headerOf(file: string): { sqlite: boolean; wal: boolean } {
  const head = Buffer.alloc(20);
  const fd = fs.openSync(file, 'r');
  try {
    const n = fs.readSync(fd, head, 0, 20, 0);
    return { sqlite: n === 20 && head.toString('latin1', 0, 16) === SQLITE_HEADER, wal: head[18] === 2 };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Opens a database file only to read it, creating nothing beside it and changing nothing in it: a
 * file in WAL mode (a backup made by an older version, a database copied from another PC) or with a
 * journal beside it is read through a sealed temporary copy instead.
 */
export function withReadableDatabase<T>(file: string, fn: (db: Database.Database) => T): T {
  const name = path.basename(file);
  if (!fs.existsSync(file)) throw new AppError('BACKUP_NOT_FOUND', `找不到文件「${name}」`, { file: name });
  if (!headerOf(file).sqlite)
    throw new AppError('DB_NOT_SQLITE', `「${name}」不是申报通数据库或备份（不是 SQLite 格式），或文件已损坏`, {
      file: name,
    });
  const needsCopy = headerOf(file).wal || ['-journal', '-wal'].some((s) => fs.existsSync(file + s));
  let copy: string | null = null;
  let note: string | null = null;
  try {
    if (needsCopy) {
      copy = tempNameIn(os.tmpdir(), `sbt-read-${name}`);
      note = noteTempFile(copy);
      fs.copyFileSync(file, copy);
      sealDatabaseCopy(copy);
    }
    const db = new Database(copy ?? file, { readonly: true, fileMustExist: true });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  } catch (e) {
    if (e instanceof AppError) throw e;
    logEvent('warn', 'db.unreadable', errorFields(e));
    throw new AppError('DB_UNREADABLE', `「${name}」已损坏，无法读取`, { file: name });
  } finally {
    if (copy) removeDatabaseFile(copy);
    releaseTempNote(note);
  }
}

export interface DatabaseFacts {
  schemaVersion: number | null;
  schoolName: string | null;
}

export function databaseFacts(db: Database.Database): DatabaseFacts {
  const applied = appliedMigrations(db);
  let schoolName: string | null;
  try {
    schoolName =
      (db.prepare('SELECT name FROM school WHERE id = 1').get() as { name: string } | undefined)?.name ?? null;
  } catch {
    schoolName = null; // no school table: not a 申报通 database, which the schema check says
  }
  return { schemaVersion: applied.at(-1)?.version ?? null, schoolName };
}

function item(id: string, label: string, problems: string[], okText: string, badText: string): CheckItem {
  const shown = problems.slice(0, MAX_LISTED);
  if (problems.length > MAX_LISTED) shown.push(`……另有 ${problems.length - MAX_LISTED} 处`);
  return { id, label, ok: problems.length === 0, detail: problems.length ? badText : okText, problems: shown };
}

/** SQLite's own checks of the file: every page and index (integrity_check), every link between records. */
export function storageChecks(db: Database.Database): CheckItem[] {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
    .map((r) => r.integrity_check)
    .filter((m) => m !== 'ok');
  const fk = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  // SQLite's own wording (page numbers, index names) is for support: it goes to the log.
  for (const m of integrity.slice(0, 50)) logEvent('warn', 'db.integrity-problem', { sqlite: m });
  return [
    item(
      'integrity',
      '数据库文件完整性',
      integrity.length ? [`SQLite 发现 ${integrity.length} 处损坏（数据页或索引），详情已写入日志`] : [],
      '文件结构完好（SQLite integrity_check 通过）',
      '文件结构有损坏，请从备份恢复',
    ),
    item(
      'foreignKeys',
      '记录之间的关联',
      fk.map((r) => `表 ${r.table} 第 ${r.rowid} 号记录引用的 ${r.parent} 记录不存在`),
      '所有关联的记录都存在（foreign_key_check 通过）',
      `有 ${fk.length} 条记录引用了不存在的记录`,
    ),
  ];
}

/** The schema is this program's: the applied migrations are a prefix of (or equal to) the bundled ones. */
export function schemaCheck(db: Database.Database, bundled: readonly Migration[] = MIGRATIONS): CheckItem {
  const applied = appliedMigrations(db);
  const problems: string[] = [];
  if (!applied.length) problems.push('没有数据结构版本记录：不是申报通数据库');
  applied.forEach((a, i) => {
    const known = bundled[i];
    if (!known) problems.push(`版本 ${a.name} 比本程序新：请用新版本申报通打开`);
    else if (known.version !== a.version || known.name !== a.name)
      problems.push(`版本 ${a.name} 与本程序的 ${known.name} 不一致`);
  });
  const last = applied.at(-1);
  const behind = bundled.length - applied.length;
  return item(
    'schema',
    '数据结构版本',
    problems,
    `版本 ${String(last?.version ?? 0).padStart(4, '0')}${behind > 0 ? `（打开时会升级 ${behind} 步，升级前自动备份）` : '（与本程序一致）'}`,
    '数据结构版本不对',
  );
}

export function reportOf(items: CheckItem[], now: Date, okSummary: string, badSummary: string): CheckReport {
  const bad = items.filter((i) => !i.ok);
  return {
    ok: bad.length === 0,
    summary: bad.length ? `${badSummary}：${bad.map((i) => i.label).join('、')}` : okSummary,
    checkedAt: now.toISOString(),
    items,
  };
}

/** The check of a backup (or any database file) before it is restored. */
export function checkDatabaseFile(file: string, now: Date): CheckReport & DatabaseFacts {
  return withReadableDatabase(file, (db) => {
    const facts = databaseFacts(db);
    const items = [...storageChecks(db), schemaCheck(db)];
    items.push(
      item(
        'school',
        '学校',
        facts.schoolName === null ? ['没有学校基本信息'] : [],
        `学校：${facts.schoolName ?? ''}`,
        '没有学校基本信息',
      ),
    );
    return {
      ...reportOf(items, now, '这份备份完好，可以恢复', '这份备份有问题，不能恢复'),
      ...facts,
    };
  });
}
