import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../../shared/api/apiError.js';
import type { CheckReport } from '../../../../shared/api/backupCalls.js';
import { backupsDirFor } from '../../store/backupFiles.js';
import type { CliIo } from '../cliCommand.js';
import { defineCliCommand } from '../defineCliCommand.js';

/** 2025-03-01 16:00:05, in the computer's own time zone (file names carry UTC). */
export function localTime(iso: string): string {
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/** The plain report of a check, one line per item and its problems; returns whether all passed. */
export function printReport(report: CheckReport, io: CliIo): boolean {
  for (const i of report.items) {
    io.out(`${i.ok ? '通过' : '未通过'}  ${i.label}：${i.detail}`);
    for (const p of i.problems) io.out(`        ${p}`);
  }
  io.out(`结论：${report.summary}`);
  return report.ok;
}

/**
 * The backup FILE names: a backup's name, or its path in the database's backups folder (the calls
 * name a backup by its file name there, as the 备份与恢复 page does).
 */
function backupIdArg(arg: string | undefined, dbPath: string): string {
  if (!arg) throw new AppError('BAD_ARGS', '请指定备份文件（backup list 列出的文件名，或文件路径）');
  const folder = backupsDirFor(dbPath);
  const inFolder = path.join(folder, path.basename(arg));
  if (fs.existsSync(inFolder) && (path.basename(arg) === arg || path.resolve(arg) === inFolder))
    return path.basename(arg);
  if (fs.existsSync(arg))
    throw new AppError(
      'BACKUP_NOT_FOUND',
      `「${arg}」不在这个数据库的备份文件夹中。请先把它复制到 ${folder}，再用文件名恢复或检查`,
      { file: arg },
    );
  throw new AppError('BACKUP_NOT_FOUND', `找不到备份文件：${arg}`, { file: arg });
}

export const backupListCommand = defineCliCommand({
  database: 'unopened',
  writes: false,
  async run(c) {
    const folder = backupsDirFor(c.dbPath());
    const { backups } = await c.call('backup/list', {});
    if (!backups.length) {
      c.io.out(`还没有备份（备份文件夹：${folder}）`);
      return 0;
    }
    c.io.out(`备份文件夹：${folder}，共 ${backups.length} 份（最新的在前）`);
    for (const b of backups) {
      const version = b.schemaVersion === null ? '无法读取' : `版本 ${String(b.schemaVersion).padStart(4, '0')}`;
      c.io.out(`${localTime(b.createdAt)}  ${b.label}  ${megabytes(b.sizeBytes)}  ${version}  ${b.keep}`);
      c.io.out(`    ${b.id}`);
    }
    return 0;
  },
});

export const backupCreateCommand = defineCliCommand({
  database: 'open',
  writes: true,
  async run(c) {
    const b = await c.call('backup/create', {});
    c.io.out(`已备份：${path.join(backupsDirFor(c.dbPath()), b.id)}（${megabytes(b.sizeBytes)}）`);
    return 0;
  },
});

export const backupCheckCommand = defineCliCommand({
  positionals: true,
  database: 'unopened',
  writes: false,
  async run(c) {
    const id = backupIdArg(c.positionals[0], c.dbPath());
    const report = await c.call('backup/check', { id });
    c.io.out(`备份：${id}`);
    return printReport(report, c.io) ? 0 : 1;
  },
});

/** A damaged database is restored over without being opened; any other refusal to open stands. */
const RESTORABLE_OVER = ['DB_CORRUPT', 'DB_NOT_SQLITE', 'DB_OPEN_FAILED', 'DB_TOO_NEW'];

export const backupRestoreCommand = defineCliCommand({
  positionals: true,
  database: 'optional',
  writes: true,
  async run(c) {
    const dbPath = c.dbPath();
    const id = backupIdArg(c.positionals[0], dbPath);
    await c.open();
    const e = c.openError();
    if (e) {
      if (!(e instanceof AppError) || !RESTORABLE_OVER.includes(e.code)) throw e;
      c.io.err(`注意：当前数据库无法打开（${e.message}）。恢复时会把它原样移到备份文件夹中保留。`);
    }
    const r = await c.call('backup/restore', { id });
    c.io.out(`已从备份恢复：${id}`);
    c.io.out(`恢复前的数据已保存为：${path.join(backupsDirFor(dbPath), r.previousState.id)}`);
    c.io.out(`如需撤销这次恢复：npm run cli -- backup restore "${r.previousState.id}" --db "${dbPath}"`);
    return 0;
  },
});

export const dbCheckCommand = defineCliCommand({
  database: 'open',
  writes: false,
  async run(c) {
    return printReport(await c.call('backup/checkDatabase', {}), c.io) ? 0 : 1;
  },
});
