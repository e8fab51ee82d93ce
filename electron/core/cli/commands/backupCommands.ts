import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import type { CheckReport } from '../../../../shared/api/backupCalls.js';
import { type AppContext, createAppContext } from '../../appContext.js';
import { APP_VERSION } from '../../appVersion.js';
import { backupEntryOf } from '../../backups/backupHandlers.js';
import { defaultDataDir, resolveDbPath } from '../../paths/dataPaths.js';
import { backupDatabase } from '../../store/backupDatabase.js';
import { backupsDirFor, listBackups } from '../../store/backupFiles.js';
import { checkDatabase } from '../../store/checkDatabase.js';
import { checkDatabaseFile } from '../../store/inspectDatabaseFile.js';
import { restoreDatabase } from '../../store/restoreDatabase.js';
import type { CliIo, CliRunner } from '../cliCommand.js';
import { openCliContext } from '../openCliContext.js';

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

/** The backup FILE names: a path, or a backup's name in the database's backups folder. */
function backupFileArg(arg: string | undefined, dbPath: string): string {
  if (!arg) throw new AppError('BAD_ARGS', '请指定备份文件（backup list 列出的文件名，或文件路径）');
  if (fs.existsSync(arg)) return path.resolve(arg);
  const inFolder = path.join(backupsDirFor(dbPath), path.basename(arg));
  if (fs.existsSync(inFolder)) return inFolder;
  throw new AppError('BACKUP_NOT_FOUND', `找不到备份文件：${arg}`, { file: arg });
}

export const backupListCommand: CliRunner = {
  run(args, io) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
    const dbPath = resolveDbPath(values.db);
    const backups = listBackups(dbPath);
    if (!backups.length) {
      io.out(`还没有备份（备份文件夹：${backupsDirFor(dbPath)}）`);
      return Promise.resolve(0);
    }
    io.out(`备份文件夹：${backupsDirFor(dbPath)}，共 ${backups.length} 份（最新的在前）`);
    for (const b of backups.map(backupEntryOf)) {
      const version = b.schemaVersion === null ? '无法读取' : `版本 ${String(b.schemaVersion).padStart(4, '0')}`;
      io.out(`${localTime(b.createdAt)}  ${b.label}  ${megabytes(b.sizeBytes)}  ${version}  ${b.keep}`);
      io.out(`    ${b.id}`);
    }
    return Promise.resolve(0);
  },
};

export const backupCreateCommand: CliRunner = {
  async run(args, io) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
    const ctx = await openCliContext(values.db);
    try {
      const b = await backupDatabase(ctx.store!.db, ctx.store!.path, 'manual', ctx.now());
      io.out(`已备份：${b.path}（${megabytes(b.sizeBytes)}）`);
      return 0;
    } finally {
      ctx.store?.close();
    }
  },
};

export const backupCheckCommand: CliRunner = {
  run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } });
    const file = backupFileArg(positionals[0], resolveDbPath(values.db));
    const report = checkDatabaseFile(file, new Date());
    io.out(`备份：${path.basename(file)}`);
    return Promise.resolve(printReport(report, io) ? 0 : 1);
  },
};

/** The database opened if it can be; a damaged one is restored over without being opened. */
async function contextForRestore(dbFlag: string | undefined, io: CliIo): Promise<AppContext> {
  try {
    return await openCliContext(dbFlag);
  } catch (e) {
    if (!(e instanceof AppError) || !['DB_CORRUPT', 'DB_NOT_SQLITE', 'DB_OPEN_FAILED', 'DB_TOO_NEW'].includes(e.code))
      throw e;
    io.err(`注意：当前数据库无法打开（${e.message}）。恢复时会把它原样移到备份文件夹中保留。`);
    const dbPath = resolveDbPath(dbFlag);
    return createAppContext({ dbPath, dataDir: defaultDataDir(), appVersion: APP_VERSION });
  }
}

export const backupRestoreCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } });
    const dbPath = resolveDbPath(values.db);
    const file = backupFileArg(positionals[0], dbPath);
    const ctx = await contextForRestore(values.db, io);
    try {
      const r = await restoreDatabase(ctx, file);
      io.out(`已从备份恢复：${path.basename(file)}`);
      io.out(`恢复前的数据已保存为：${r.previousState.path}`);
      io.out(`如需撤销这次恢复：npm run cli -- backup restore "${r.previousState.fileName}" --db "${dbPath}"`);
      return 0;
    } finally {
      ctx.store?.close();
    }
  },
};

export const dbCheckCommand: CliRunner = {
  async run(args, io) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
    const ctx = await openCliContext(values.db);
    try {
      return printReport(checkDatabase(ctx.store!, ctx.now()), io) ? 0 : 1;
    } finally {
      ctx.store?.close();
    }
  },
};
