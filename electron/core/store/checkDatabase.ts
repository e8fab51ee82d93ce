import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import type Database from 'better-sqlite3';

import type { CheckReport } from '../../../shared/api/backupCalls.js';
import { DATASETS } from '../../../shared/datasets/datasetRegistry.js';
import { evidenceDir } from '../evidence/evidenceStore.js';
import { logEvent } from '../log/appLog.js';
import { listLibraryPacks } from '../packs/packLibrary.js';
import { reportOf, schemaCheck, storageChecks } from './inspectDatabaseFile.js';
import type { Store } from './openStore.js';

type CheckItem = CheckReport['items'][number];

function item(id: string, label: string, problems: string[], okText: string, badText: string): CheckItem {
  const shown = problems.slice(0, 30);
  if (problems.length > 30) shown.push(`……另有 ${problems.length - 30} 处`);
  return { id, label, ok: problems.length === 0, detail: problems.length ? badText : okText, problems: shown };
}

function hasTable(db: Database.Database, table: string): boolean {
  return !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
}

/** Every 佐证 file the database lists is in the evidence folder with the content it was added with. */
function evidenceFilesCheck(db: Database.Database, dbPath: string): CheckItem {
  const rows = db.prepare('SELECT hash, name, size FROM evidence_file ORDER BY name').all() as {
    hash: string;
    name: string;
    size: number;
  }[];
  const problems: string[] = [];
  for (const r of rows) {
    const file = path.join(evidenceDir(dbPath), r.hash.slice(0, 2), r.hash);
    if (!fs.existsSync(file)) {
      problems.push(`「${r.name}」的文件不在佐证材料文件夹中`);
      continue;
    }
    const st = fs.statSync(file);
    if (st.size !== r.size || crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') !== r.hash)
      problems.push(`「${r.name}」的文件内容已被改动或损坏`);
  }
  return item(
    'evidenceFiles',
    '佐证材料文件',
    problems,
    rows.length ? `${rows.length} 个佐证材料文件都在，内容与添加时一致` : '还没有佐证材料文件',
    `${problems.length} 个佐证材料文件缺失或损坏（可从备份恢复，或重新添加）`,
  );
}

/** Every 佐证 link points at a record that exists (migration 0007 keeps it so; this finds what slipped). */
function evidenceLinksCheck(db: Database.Database): CheckItem {
  const problems: string[] = [];
  for (const def of DATASETS) {
    const n = (
      db
        .prepare(
          `SELECT count(*) AS n FROM evidence_link WHERE dataset = ? AND row_id NOT IN (SELECT id FROM ${def.table})`,
        )
        .get(def.name) as { n: number }
    ).n;
    if (n) problems.push(`「${def.label}」中有 ${n} 个佐证材料挂在已不存在的记录上`);
  }
  const unknown = db
    .prepare(`SELECT DISTINCT dataset FROM evidence_link WHERE dataset NOT IN (${DATASETS.map(() => '?').join(',')})`)
    .all(...DATASETS.map((d) => d.name)) as { dataset: string }[];
  for (const u of unknown) problems.push(`佐证材料挂在未知的数据集「${u.dataset}」上`);
  return item(
    'evidenceLinks',
    '佐证材料与记录',
    problems,
    '每个佐证材料都挂在存在的记录上',
    '有佐证材料挂在不存在的记录上',
  );
}

/** Every application's notice is in the library (a seed pack or one imported into this database). */
function applicationPacksCheck(db: Database.Database): CheckItem {
  const known = new Set(listLibraryPacks(db).map((p) => p.pack.id));
  const apps = db.prepare('SELECT id, title, pack_id AS packId FROM application ORDER BY id').all() as {
    id: number;
    title: string;
    packId: string;
  }[];
  const problems = apps
    .filter((a) => !known.has(a.packId))
    .map((a) => `申报「${a.title}」使用的通知「${a.packId}」不在通知库中（请重新导入该通知包）`);
  return item(
    'applications',
    '申报与通知',
    problems,
    `${apps.length} 份申报的通知都在通知库中`,
    '有申报找不到它的通知',
  );
}

/** Yearly data sets: every row belongs to a plausible 统计年度. */
function yearsCheck(db: Database.Database): CheckItem {
  const problems: string[] = [];
  for (const def of DATASETS.filter((d) => d.yearly)) {
    const cols = (db.prepare(`PRAGMA table_info(${def.table})`).all() as { name: string }[]).map((c) => c.name);
    if (!cols.includes('year')) continue;
    const n = (
      db
        .prepare(`SELECT count(*) AS n FROM ${def.table} WHERE year IS NULL OR year NOT BETWEEN 1949 AND 2100`)
        .get() as { n: number }
    ).n;
    if (n) problems.push(`「${def.label}」中有 ${n} 行没有有效的统计年度`);
  }
  return item('years', '统计年度', problems, '按年度保存的数据都有有效的年度', '有数据没有有效的统计年度');
}

function schoolCheck(db: Database.Database): CheckItem {
  const row = db.prepare('SELECT name FROM school WHERE id = 1').get() as { name: string } | undefined;
  return item(
    'school',
    '学校基本信息',
    row ? [] : ['数据库中没有学校基本信息（第 1 号记录）'],
    `学校：${row?.name || '（未填写名称）'}`,
    '没有学校基本信息',
  );
}

/**
 * 数据库检查: SQLite's checks of the file (integrity_check, foreign_key_check), then the app's own
 * rules: schema version, the school record, 佐证 files present and unchanged, links on existing
 * records, applications whose notice exists, years in range. Reads only; changes nothing.
 */
export function checkDatabase(store: Store, now: Date): CheckReport {
  const db = store.db;
  const items: CheckItem[] = [...storageChecks(db), schemaCheck(db)];
  if (hasTable(db, 'school')) items.push(schoolCheck(db));
  if (hasTable(db, 'evidence_file')) items.push(evidenceFilesCheck(db, store.path), evidenceLinksCheck(db));
  if (hasTable(db, 'application')) items.push(applicationPacksCheck(db));
  items.push(yearsCheck(db));
  const report = reportOf(items, now, '数据库完好，没有发现问题', '发现问题');
  logEvent(report.ok ? 'info' : 'warn', 'db.checked', {
    ok: report.ok,
    failed:
      items
        .filter((i) => !i.ok)
        .map((i) => i.id)
        .join(',') || undefined,
  });
  return report;
}
