// `npm run cli -- backup list|check|restore` and `db check`, and the CLI's other damaged-file paths
// (专业目录, 佐证): each prints plain Chinese and exits non-zero on a problem, changing nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import type { CliRunner } from '../../../electron/core/cli/cliCommand';
import {
  backupCheckCommand,
  backupListCommand,
  backupRestoreCommand,
  dbCheckCommand,
} from '../../../electron/core/cli/commands/backupCommands';
import { catalogueImportCommand } from '../../../electron/core/cli/commands/catalogueImportCommand';
import { evidenceAddCommand } from '../../../electron/core/cli/commands/evidenceAddCommand';
import { seedDemoSchool } from '../../../electron/core/demo/seedDemoSchool';
import { backupDatabase } from '../../../electron/core/store/backupDatabase';
import { openStore } from '../../../electron/core/store/openStore';

const RELIABILITY = path.resolve(__dirname, '../../fixtures/reliability');

let template: string;
let dir: string;
let db: string;
// The demo school is seeded once; each test gets its own copy of the folder.
beforeAll(async () => {
  template = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-cli-backup-template-'));
  const file = path.join(template, 'school.sqlite');
  const store = await openStore(file, { create: true, appVersion: 'test' });
  seedDemoSchool(store.db, new Date('2025-12-31T00:00:00Z'));
  await backupDatabase(store.db, file, 'before-import', new Date('2025-03-01T08:00:00Z'));
  store.db.prepare("INSERT INTO enterprise (name) VALUES ('备份后新增')").run();
  store.close();
});
afterAll(() => fs.rmSync(template, { recursive: true, force: true }));
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-cli-backup-'));
  fs.cpSync(template, dir, { recursive: true });
  db = path.join(dir, 'school.sqlite');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A command as the CLI runs it: a refusal is printed (错误：…) with exit code 1, never thrown. */
async function run(cmd: CliRunner, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await cmd.run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

const enterpriseCount = async () => {
  const s = await openStore(db, { appVersion: 'test' });
  try {
    return (s.db.prepare("SELECT count(*) AS n FROM enterprise WHERE name = '备份后新增'").get() as { n: number }).n;
  } finally {
    s.close();
  }
};

describe('CLI backup and db check', () => {
  it('lists backups with time, reason, size, version and how long each is kept', async () => {
    const r = await run(backupListCommand, '--db', db);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/共 1 份/);
    expect(r.out[1]).toMatch(
      /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d {2}导入 Excel\/CSV 数据前 {2}[\d.]+ MB {2}版本 \d{4} {2}保留最近 10 份/,
    );
    expect(r.out[2].trim()).toBe('school-20250301-080000-before-import.sqlite');
  });

  it('checks a backup and restores it by name; the state it replaced is kept and named', async () => {
    const check = await run(backupCheckCommand, 'school-20250301-080000-before-import.sqlite', '--db', db);
    expect(check.code).toBe(0);
    expect(check.out.at(-1)).toBe('结论：这份备份完好，可以恢复');
    const r = await run(backupRestoreCommand, 'school-20250301-080000-before-import.sqlite', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('已从备份恢复：school-20250301-080000-before-import.sqlite');
    expect(r.out[2]).toMatch(
      /^如需撤销这次恢复：npm run cli -- backup restore "school-\d{8}-\d{6}-before-restore\.sqlite"/,
    );
    expect(await enterpriseCount()).toBe(0);
    const undo = /"(school-[^"]+)"/.exec(r.out[2])![1];
    expect((await run(backupRestoreCommand, undo, '--db', db)).code).toBe(0);
    expect(await enterpriseCount()).toBe(1);
  });

  it('prints the 数据库检查 report and exits 0 when all passes', async () => {
    const r = await run(dbCheckCommand, '--db', db);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('通过  数据库文件完整性：文件结构完好（SQLite integrity_check 通过）');
    expect(r.out.at(-1)).toBe('结论：数据库完好，没有发现问题');
  });

  it('refuses a backup file that is not there', async () => {
    const r = await run(backupRestoreCommand, 'school-nothing.sqlite', '--db', db);
    expect(r.code).toBe(1);
    expect(r.err[0]).toBe('错误：找不到备份文件：school-nothing.sqlite');
  });
});

describe('CLI 专业目录 and 佐证 imports', () => {
  it('loads a 专业目录 增补 list written by openpyxl, and refuses a cut-off copy changing nothing', async () => {
    const file = path.join(RELIABILITY, 'catalogue-supplement.xlsx');
    const cut = path.join(dir, '专业目录.xlsx');
    fs.writeFileSync(cut, fs.readFileSync(file).subarray(0, 3000));
    const bad = await run(catalogueImportCommand, cut, '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toMatch(/^错误：无法读取「专业目录\.xlsx」：文件已损坏或不是 Excel 工作簿/);
    const ok = await run(catalogueImportCommand, file, '--db', db);
    expect(ok.code).toBe(0);
    expect(ok.out[0]).toMatch(/^已加载专业目录「catalogue-supplement\.xlsx」：新增 40，更正 0/);
  });

  it('adds a real PDF and refuses the same PDF cut off, changing nothing', async () => {
    const pdf = fs.readFileSync(path.join(RELIABILITY, 'evidence-certificate.pdf'));
    const cut = path.join(dir, '获奖证书.pdf');
    fs.writeFileSync(cut, pdf.subarray(0, pdf.length - 700));
    const bad = await run(evidenceAddCommand, cut, '--dataset', 'enterprises', '--row', '1', '--db', db);
    expect(bad.code).toBe(1);
    expect(bad.err[0]).toBe(
      '错误：文件「获奖证书.pdf」已损坏（文件不完整，可能被截断），未添加。请用原始文件或重新扫描、导出后再添加。',
    );
    expect(fs.existsSync(path.join(dir, 'evidence'))).toBe(false);
    const ok = await run(
      evidenceAddCommand,
      path.join(RELIABILITY, 'evidence-certificate.pdf'),
      '--dataset',
      'enterprises',
      '--row',
      '1',
      '--db',
      db,
    );
    expect(ok.code).toBe(0);
    expect(ok.out[0]).toMatch(/^已添加佐证材料「evidence-certificate\.pdf」（\d+ 页）/);
  });
});
