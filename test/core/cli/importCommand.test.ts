// `npm run cli -- import` on files a user really has: a workbook with one sheet per year must not be
// guessed at, and what the import leaves out or converts is printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { importCommand } from '../../../electron/core/cli/commands/importCommand';
import { listRows } from '../../../electron/core/datasets/datasetRepo';
import { openStore } from '../../../electron/core/store/openStore';
import { majorsDataset } from '../../../shared/datasets/majorsDataset';
import { FIXTURES } from '../imports/importTestKit';

let dir: string;
let db: string;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-cli-import-'));
  db = path.join(dir, 'school.sqlite');
  (await openStore(db, { create: true, appVersion: 'test' })).close();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await importCommand.run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('CLI import', () => {
  it('refuses to guess between two sheets that both look like the data set, and imports the one named with --sheet', async () => {
    const file = path.join(FIXTURES, 'equipment-two-year-sheets.xlsx');
    const before = fs.readFileSync(db);
    const guessed = await run(file, '--dataset', 'equipment', '--db', db);
    expect(guessed.code).toBe(1);
    expect(guessed.err.join('\n')).toBe(
      '「equipment-two-year-sheets.xlsx」中有多个工作表像「仪器设备」表（「2022年」、「2023年」），未导入任何数据。请用 --sheet 指定要导入的工作表，例如 --sheet "2023年"',
    );
    expect(fs.readFileSync(db).equals(before)).toBe(true);

    const chosen = await run(file, '--dataset', 'equipment', '--db', db, '--sheet', '2023年');
    expect(chosen.code).toBe(0);
    expect(chosen.out.at(-1)).toMatch(/^已导入「仪器设备」1 行（新增 1，更新 0），来自工作表「2023年」/);
  });

  it('prints what it converted before importing (a 万元 column)', async () => {
    const r = await run(path.join(FIXTURES, 'funding-wan-yuan.xlsx'), '--dataset', 'funding', '--db', db);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('注意：「金额」列按万元填写（见第 2 行「单位：万元」），导入时换算为元保存');
  });

  it('fills a column the file lacks with one value given by --set (a 专业名单 without 办学层次)', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('专业名单');
    ws.addRow(['专业代码', '专业名称', '在校生人数']);
    ws.addRow(['460301', '机电一体化技术', 1200]);
    ws.addRow(['460305', '工业机器人技术', 800]);
    const file = path.join(dir, '专业名单.xlsx');
    await wb.xlsx.writeFile(file);

    const without = await run(file, '--dataset', 'majors', '--db', db, '--year', '2024');
    expect(without.code).toBe(1);
    expect(without.err.join('\n')).toContain(
      '文件中没有「办学层次」列（必填）。请在列对应中为它选择一列，或选「全部填为…」给每一行填同一个值（命令行：--set 办学层次=值）',
    );

    const wrong = await run(file, '--dataset', 'majors', '--db', db, '--year', '2024', '--set', '办学层次=大专');
    expect(wrong.code).toBe(1);
    expect(wrong.err.join('\n')).toMatch(/为「办学层次」统一填写的值无效：.*大专/);

    const ok = await run(file, '--dataset', 'majors', '--db', db, '--year', '2024', '--set', '办学层次=高职专科');
    expect(ok.code).toBe(0);
    const store = await openStore(db, { appVersion: 'test' });
    try {
      expect(listRows(store.db, majorsDataset, 2024).map((m) => [m.code, m.level, m.enrolled])).toEqual([
        ['460301', '高职专科', 1200],
        ['460305', '高职专科', 800],
      ]);
    } finally {
      store.close();
    }
  });
});
