import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { AppContext } from '../appContext.js';
import { logFilesIn, recentLogLines } from '../log/appLog.js';
import { listBackups } from '../store/backupFiles.js';
import { checkDatabase } from '../store/checkDatabase.js';
import { appliedMigrations } from '../store/migrateDatabase.js';

// 「导出诊断信息」: what support needs to understand a problem — versions, the schema, how many rows
// each table holds, the backups by kind, which checks fail, the (already redacted) log — and nothing
// that identifies the school's people: no names, no values, no file names or folder paths, not even
// the school's name. It is a plain text file, so the office can read what it sends.

const LOG_LINES = 800;

function tableCounts(ctx: AppContext): string[] {
  const db = ctx.store?.db;
  if (!db) return ['（没有打开数据库）'];
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as {
      name: string;
    }[]
  ).map((t) => t.name);
  return tables.map((t) => `${t}: ${(db.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n}`);
}

function diskFree(dir: string): string {
  try {
    const s = fs.statfsSync(dir);
    return `${((s.bavail * s.bsize) / 1073741824).toFixed(1)} GB`;
  } catch {
    return '未知';
  }
}

function logTail(ctx: AppContext): string[] {
  const lines: string[] = [];
  for (const f of [...logFilesIn(ctx.dataDir)].reverse()) {
    try {
      lines.push(...fs.readFileSync(f, 'utf8').split('\n').filter(Boolean));
    } catch {
      /* a rotated file removed meanwhile */
    }
  }
  return (lines.length ? lines : recentLogLines()).slice(-LOG_LINES);
}

/** `openError`: the code of the error that kept the database from opening (the CLI reports without it). */
export function buildDiagnostics(ctx: AppContext, openError?: string): { fileName: string; text: string } {
  const now = ctx.now();
  const store = ctx.store;
  const out: string[] = [
    '申报通诊断信息',
    '（不含个人信息：没有学校名称、人员姓名、电话、证件号、文件名或文件夹路径，可直接发给技术支持）',
    '',
    `生成时间：${now.toISOString()}`,
    `程序版本：${ctx.appVersion}`,
    `系统：${process.platform} ${process.arch} ${os.release()}`,
    `Node.js：${process.versions.node}；Electron：${process.versions.electron ?? '（浏览器模式或命令行）'}`,
    `内存：${(os.totalmem() / 1073741824).toFixed(1)} GB；数据文件夹所在磁盘剩余：${diskFree(path.dirname(ctx.dbPath))}`,
    '',
    '【数据库】',
  ];
  if (store) {
    out.push(`大小：${(fs.statSync(store.path).size / 1048576).toFixed(1)} MB`);
    for (const m of appliedMigrations(store.db)) out.push(`数据结构 ${m.name}`);
    out.push('', '【各表行数】', ...tableCounts(ctx), '', '【数据库检查】');
    const report = checkDatabase(store, now);
    for (const i of report.items)
      out.push(`${i.ok ? '通过' : '未通过'}  ${i.id}（${i.label}）${i.ok ? '' : `：${i.problems.length} 处`}`);
  } else out.push(openError ? `数据库无法打开（${openError}）` : '没有打开数据库');
  const backups = listBackups(store?.path ?? ctx.dbPath);
  out.push('', `【备份】共 ${backups.length} 份`);
  for (const b of backups) out.push(`${b.createdAt}  ${b.kind}  ${b.reason}  ${(b.sizeBytes / 1048576).toFixed(1)} MB`);
  out.push('', `【日志】最近 ${LOG_LINES} 行以内（日志本身不记录个人信息）`, ...logTail(ctx));
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
  return { fileName: `申报通诊断信息-${stamp}.txt`, text: `${out.join('\n')}\n` };
}
