// `npm run cli -- import` on files a user really has: a workbook with one sheet per year must not be
// guessed at, and what the import leaves out or converts is printed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCommand } from '../../../electron/core/cli/commands/importCommand';
import { openStore } from '../../../electron/core/store/openStore';
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
    expect(guessed.err.join('\n')).toBe('「equipment-two-year-sheets.xlsx」中有多个工作表像「仪器设备」表（「2022年」、「2023年」），未导入任何数据。请用 --sheet 指定要导入的工作表，例如 --sheet "2023年"');
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
});
