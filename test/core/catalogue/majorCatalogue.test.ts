import fs from 'node:fs';
import path from 'node:path';

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { readShippedCatalogue } from '../../../electron/core/catalogue/majorCatalogueRepo';
import { CATALOGUE_MAX_BYTES } from '../../../shared/api/catalogueCalls';
import { chosenFile, expectChosenFileRefusals } from '../support/chosenFile';
import { call, tempContext } from '../support/tempContext';
import { checkCatalogueTsv } from './checkCatalogueTsv';

const SHIPPED = path.resolve(__dirname, '../../../assets/catalogue/major-catalogue-2021.tsv');

/** A catalogue workbook as the user would choose it: its token. */
async function xlsxFile(fileName: string, rows: (string | number)[][], title?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('专业目录');
  if (title) ws.addRow([title]);
  ws.addRow(['层次', '专业代码', '专业名称', '专业大类', '专业类']);
  for (const r of rows) ws.addRow(r);
  return chosenFile(t.ctx, fileName, Buffer.from(await wb.xlsx.writeBuffer()));
}

let t: ReturnType<typeof tempContext>;
beforeAll(async () => {
  t = tempContext();
  await call(t.ctx, 'store/createDemo', {});
});
afterAll(() => t.cleanup());

describe('major catalogue', () => {
  it("the shipped file keeps the 2021 catalogue's shape: codes, 19 大类 per level, 97 专业类, official counts", () => {
    const check = checkCatalogueTsv(fs.readFileSync(SHIPPED, 'utf8'));
    expect(check.problems).toEqual([]);
    expect(check.perLevel).toEqual({ 中职: 358, 高职专科: 744, 高职本科: 247 });
    expect(check.frameClasses).toBe(97);
    // A broken copy is caught: a code outside its 大类 and a repeated code.
    const broken = fs
      .readFileSync(SHIPPED, 'utf8')
      .replace('\t610102\t', '\t620102\t')
      .replace('\t610101\t', '\t610103\t');
    expect(checkCatalogueTsv(broken).problems.length).toBeGreaterThanOrEqual(2);
  });

  it('ships the 2021 catalogue: 中职 358, 高职专科 744, 高职本科 247, as in its source', async () => {
    const shipped = readShippedCatalogue();
    const counts: Record<string, number> = {};
    for (const e of shipped) counts[e.level] = (counts[e.level] ?? 0) + 1;
    expect(counts).toEqual({ 中职: 358, 高职专科: 744, 高职本科: 247 });
    expect(new Set(shipped.map((e) => `${e.level}|${e.code}`)).size).toBe(shipped.length);
    const info = await call(t.ctx, 'catalogue/info', {});
    expect(info.counts).toEqual({ 中职: 358, 高职专科: 744, 高职本科: 247 });
  });

  it('looks majors up by code (with the K of a 国家控制专业) and by name', async () => {
    const byCode = await call(t.ctx, 'catalogue/lookup', { code: '460301' });
    expect(byCode.entries).toEqual([
      expect.objectContaining({
        level: '高职专科',
        name: '机电一体化技术',
        category: '装备制造大类',
        classCode: '4603',
        className: '自动化类',
      }),
    ]);
    expect((await call(t.ctx, 'catalogue/lookup', { code: '520101k' })).entries[0]?.name).toBe('临床医学');
    const byName = await call(t.ctx, 'catalogue/lookup', { name: '工业机器人', level: '高职专科' });
    expect(byName.entries.map((e) => e.code)).toContain('460305');
  });

  it('flags 专业 whose code or name is not in the catalogue, also as warnings in the data set list', async () => {
    const rows = (await call(t.ctx, 'dataset/list', { dataset: 'majors', year: 2024 })).rows;
    const first = rows[0];
    await call(t.ctx, 'dataset/save', {
      dataset: 'majors',
      year: 2024,
      upserts: [
        { id: first.id, name: '机电一体化' },
        { code: '469999', name: '机电一体化技术', level: '高职专科' },
      ],
    });
    const { mismatches } = await call(t.ctx, 'catalogue/checkMajors', { year: 2024 });
    expect(mismatches).toHaveLength(2);
    expect(mismatches[0]).toMatchObject({ problem: 'name', catalogueName: '机电一体化技术' });
    expect(mismatches[1]).toMatchObject({ problem: 'code', code: '469999', catalogueCodes: ['460301'] });
    const listed = await call(t.ctx, 'dataset/list', { dataset: 'majors', year: 2024 });
    expect(listed.warnings?.map((w) => w.rowId)).toEqual(mismatches.map((m) => m.rowId));
    expect((await call(t.ctx, 'catalogue/checkMajors', { year: 2023 })).mismatches).toEqual([]);
  });

  it('refuses a file the user did not choose, or one too large, naming it, and keeps the catalogue', async () => {
    const before = await call(t.ctx, 'catalogue/info', {});
    await expectChosenFileRefusals(t.ctx, 'catalogue/import', (file) => ({ file, mode: 'replace' }), {
      maxBytes: CATALOGUE_MAX_BYTES,
      fileName: '专业目录（全）.xlsx',
    });
    expect(await call(t.ctx, 'catalogue/info', {})).toEqual(before);
  });

  it('refuses an Excel catalogue with bad rows, naming sheet, row and column, and keeps the old one', async () => {
    const file = await xlsxFile(
      '新目录.xlsx',
      [
        ['高职专科', '460301', '机电一体化技术', '46 装备制造大类', '4603 自动化类'],
        ['高专', '460302', '智能机电技术', '装备制造大类', '自动化类'],
        ['高职专科', '4603', '', '装备制造大类', '自动化类'],
      ],
      '职业教育专业目录（更新）',
    );
    const e = await call(t.ctx, 'catalogue/import', { file }).then(
      () => null,
      (err: {
        apiError: {
          code: string;
          details: { message: string; where: { sheet: string; row: number; column: string } }[];
        };
      }) => err.apiError,
    );
    expect(e?.code).toBe('CATALOGUE_INVALID');
    expect(e?.details.map((d) => [d.where.sheet, d.where.row, d.where.column])).toEqual([
      ['专业目录', 4, '层次'],
      ['专业目录', 5, '专业代码'],
      ['专业目录', 5, '专业名称'],
    ]);
    expect((await call(t.ctx, 'catalogue/info', {})).counts['高职专科']).toBe(744);
  });

  it('adds a 增补 list to the catalogue, correcting an entry with the same code and keeping every other one', async () => {
    const file = await xlsxFile('2024增补专业.xlsx', [
      ['高职专科', '510217', '人工智能数据工程技术', '电子与信息大类', '计算机类'],
      ['高职专科', '460301', '机电一体化技术（更正）', '46 装备制造大类', '4603 自动化类'],
    ]);
    const info = await call(t.ctx, 'catalogue/import', { file });
    expect(info).toMatchObject({ added: 1, updated: 1 });
    expect(info.counts).toEqual({ 中职: 358, 高职专科: 745, 高职本科: 247 });
    expect(info.source).toMatch(/职业教育专业目录（2021年）.*；增补：2024增补专业\.xlsx$/);
    expect((await call(t.ctx, 'catalogue/lookup', { code: '460301', level: '高职专科' })).entries[0].name).toBe(
      '机电一体化技术（更正）',
    );
    expect((await call(t.ctx, 'catalogue/lookup', { code: '510217' })).entries).toHaveLength(1);
    // 恢复 2021 年目录 undoes it, after a backup.
    const restored = await call(t.ctx, 'catalogue/restoreShipped', {});
    expect(restored.counts).toEqual({ 中职: 358, 高职专科: 744, 高职本科: 247 });
    expect((await call(t.ctx, 'catalogue/lookup', { code: '510217' })).entries).toEqual([]);
    expect(fs.readdirSync(path.join(t.dir, 'backups')).some((f) => f.includes('before-catalogue-restore'))).toBe(true);
  });

  it('replaces the catalogue with a valid Excel file when asked to, after a backup', async () => {
    const file = await xlsxFile('2025目录.xlsx', [
      ['高职专科', '460301', '机电一体化技术', '46 装备制造大类', '4603 自动化类'],
      ['高职专科', '510217', '人工智能数据工程技术', '电子与信息大类', '计算机类'],
      ['职教本科', '260101', '机械设计制造及自动化', '装备制造大类', '机械设计制造类'],
    ]);
    const info = await call(t.ctx, 'catalogue/import', {
      file,
      mode: 'replace',
    });
    expect(info.counts).toEqual({ 高职专科: 2, 高职本科: 1 });
    expect(info.source).toContain('2025目录.xlsx');
    const added = await call(t.ctx, 'catalogue/lookup', { code: '510217' });
    expect(added.entries[0]).toMatchObject({
      categoryCode: '51',
      category: '电子与信息大类',
      classCode: '5102',
      className: '计算机类',
    });
    expect(fs.readdirSync(path.join(t.dir, 'backups')).some((f) => f.includes('before-catalogue-import'))).toBe(true);
  });
});
