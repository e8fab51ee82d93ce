import crypto from 'node:crypto';
import fs from 'node:fs';

import { describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import type { OutputOf } from '../../../shared/api/contract.js';
import { IMPORT_MAX_BYTES } from '../../../shared/api/importCalls.js';
import { expectChosenFileRefusals } from '../support/chosenFile.js';
import { eachTestFreshContext } from './importTestKit.js';

const fresh = eachTestFreshContext();

function contentOf(ctx: ReturnType<typeof eachTestFreshContext>['t']['ctx']) {
  const db = ctx.store!.db;
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
  return JSON.stringify(tables.map((n) => [n, db.prepare(`SELECT * FROM "${n}"`).all()]));
}

async function refused(dataset: string, file: string) {
  const before = contentOf(fresh.t.ctx);
  const r = await dispatchCall(fresh.t.ctx, 'import/apply', { dataset, file: fresh.file(file) });
  expect(r.ok).toBe(false);
  expect(contentOf(fresh.t.ctx)).toBe(before);
  expect(fs.existsSync(`${fresh.t.dir}/backups`)).toBe(false);
  if (r.ok) throw new Error('unreachable');
  return r.error;
}

describe('bad files are refused with the place of every problem, and nothing changes', () => {
  it('a file the user did not choose, or one too large, is refused in Chinese naming it, and nothing changes', async () => {
    const before = contentOf(fresh.t.ctx);
    for (const name of ['import/inspect', 'import/preview', 'import/apply'] as const)
      await expectChosenFileRefusals(
        fresh.t.ctx,
        name,
        (file) => (name === 'import/inspect' ? { file } : { dataset: 'equipment', file }),
        {
          maxBytes: IMPORT_MAX_BYTES,
          fileName: '全校设备台账.xlsx',
        },
      );
    expect(contentOf(fresh.t.ctx)).toBe(before);
    expect(fs.existsSync(`${fresh.t.dir}/backups`)).toBe(false);
  });

  it('a wrong check character in a credit code names sheet, row 7, column B and the field', async () => {
    const e = await refused('enterprises', 'enterprises-bad-credit-code.xlsx');
    expect(e.code).toBe('IMPORT_HAS_PROBLEMS');
    expect(e.details).toHaveLength(1);
    expect(e.where).toMatchObject({
      sheet: '合作企业',
      row: 7,
      column: 'B',
      header: '统一社会信用代码',
      field: '统一社会信用代码',
    });
    expect(e.details![0].message).toMatch(/统一社会信用代码第 18 位/);
    const p = await dispatchCall(fresh.t.ctx, 'import/preview', {
      dataset: 'enterprises',
      file: fresh.file('enterprises-bad-credit-code.xlsx', 'e.xlsx'),
    });
    expect(p.ok && (p.value as OutputOf<'import/preview'>).problems[0]).toMatchObject({
      sheet: '合作企业',
      row: 7,
      column: 'B',
      header: '统一社会信用代码',
      field: 'creditCode',
    });
  });

  it('a bad date names its row and column', async () => {
    const e = await refused('equipment', 'equipment-bad-date.csv');
    expect(e.where).toMatchObject({ row: 4, column: 'G', header: '购置日期' });
    expect(e.details![0].message).toBe('「购置日期」应为日期（如 2019-03-05），收到「2020-13-45」');
  });

  it("a file without the data set's columns says which columns it expected", async () => {
    const e = await refused('equipment', 'wrong-columns.xlsx');
    expect(e.code).toBe('IMPORT_NO_HEADER');
    expect(e.message).toMatch(/找不到「仪器设备」的表头.*资产编号/);
  });

  it('malformed .xlsx and .xls bytes get a clear message', async () => {
    expect((await refused('equipment', 'malformed.xlsx')).message).toMatch(/文件已损坏或不是 Excel 工作簿/);
    const xls = await refused('equipment', 'malformed.xls');
    expect(xls.code).toBe('IMPORT_BAD_XLS');
    expect(xls.message).toMatch(/无法读取「malformed\.xls」：文件已损坏、设置了打开密码，或不是 Excel 工作簿/);
  });

  it('a yearly data set without a year column or a chosen year is refused', async () => {
    const csv = fresh.bytesFile('m.csv', '专业代码,专业名称,办学层次\n460301,机电一体化技术,高职专科\n');
    const r = await dispatchCall(fresh.t.ctx, 'import/apply', {
      dataset: 'majors',
      file: csv,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.details?.[0].message).toMatch(/请选择导入到哪个统计年度/);
    const ok = await dispatchCall(fresh.t.ctx, 'import/apply', {
      dataset: 'majors',
      file: csv,
      year: 2024,
    });
    expect(ok.ok).toBe(true);
  });

  it('duplicate keys inside the file are problems', async () => {
    const csv = fresh.bytesFile(
      'd.csv',
      '资产编号,资产名称,金额,购置日期\nA1,车床,100,2020-01-01\nA1,铣床,200,2020-01-02\n',
    );
    const r = await dispatchCall(fresh.t.ctx, 'import/preview', {
      dataset: 'equipment',
      file: csv,
    });
    expect(r.ok && (r.value as OutputOf<'import/preview'>).problems).toEqual([
      expect.objectContaining({ row: 3, column: 'A', message: '「资产编号」A1 与第 2 行重复' }),
    ]);
  });
});

describe('CLI import', () => {
  it('prints every problem with row and column, exits non-zero and leaves the database file unchanged', async () => {
    fresh.t.ctx.store!.close();
    const hash = () => crypto.createHash('sha256').update(fs.readFileSync(fresh.t.dbPath)).digest('hex');
    const before = hash();
    const { execFileSync } = await import('node:child_process');
    let code = 0;
    let stderr = '';
    try {
      execFileSync(
        process.execPath,
        [
          'scripts/cli.mjs',
          'import',
          'test/fixtures/import/enterprises-bad-credit-code.xlsx',
          '--dataset',
          'enterprises',
          '--db',
          fresh.t.dbPath,
        ],
        { encoding: 'utf8', stdio: 'pipe' },
      );
    } catch (e) {
      code = (e as { status: number }).status;
      stderr = (e as { stderr: string }).stderr;
    }
    expect(code).toBe(1);
    expect(stderr).toContain('工作表「合作企业」，第 7 行，B 列「统一社会信用代码」：统一社会信用代码第 18 位');
    expect(hash()).toBe(before);
    expect(fs.existsSync(`${fresh.t.dir}/backups`)).toBe(false);

    const out = execFileSync(
      process.execPath,
      [
        'scripts/cli.mjs',
        'import',
        'test/fixtures/import/equipment-real-world.xlsx',
        '--dataset',
        'equipment',
        '--db',
        fresh.t.dbPath,
      ],
      { encoding: 'utf8' },
    );
    expect(out).toMatch(/已导入「仪器设备」4 行/);
    const json = execFileSync(
      process.execPath,
      ['scripts/cli.mjs', 'data', 'export', 'equipment', '--db', fresh.t.dbPath, '--json'],
      { encoding: 'utf8' },
    );
    expect((JSON.parse(json) as { assetNo: string }[]).map((r) => r.assetNo)).toEqual([
      'SB2019001',
      'SB2019002',
      'SB2020001',
      'SB2021001',
    ]);
  });
});
