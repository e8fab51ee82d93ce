import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import type { CallName, InputOf, OutputOf } from '../../../shared/api/contract.js';
import { eachTestFreshContext } from './importTestKit.js';

const fresh = eachTestFreshContext();
const call = <K extends CallName>(name: K, input: InputOf<K>) => fresh.call(name, input);

const LEDGER = [
  {
    assetNo: 'SB2019001',
    name: '数控车床',
    unitPrice: 8650000,
    quantity: 2,
    amount: 17300000,
    purchaseDate: '2019-03-05',
  },
  {
    assetNo: 'SB2019002',
    name: '工业机器人',
    unitPrice: 18600000,
    quantity: 1,
    amount: 18600000,
    purchaseDate: '2019-03-05',
  },
  { assetNo: 'SB2020001', name: '三坐标测量机', quantity: 1, purchaseDate: '2020-09-12' },
  {
    assetNo: 'SB2021001',
    name: '示波器',
    unitPrice: 298050,
    quantity: 10,
    amount: 2980500,
    purchaseDate: '2021-06-01',
  },
];

describe('importing real-world files written by other programs', () => {
  it.each([
    'equipment-utf8-bom.csv',
    'equipment-utf8.csv',
    'equipment-libreoffice.xlsx',
    'equipment-real-world.xlsx',
    'equipment-libreoffice.xls',
    'equipment-real-world.xls',
  ])('imports the equipment ledger %s', async (file) => {
    const r = await call('import/apply', { dataset: 'equipment', file: fresh.file(file) });
    expect(r).toMatchObject({ inserted: 4, updated: 0 });
    const { rows } = await call('dataset/list', { dataset: 'equipment' });
    expect(rows).toHaveLength(4);
    rows.forEach((row, i) => expect(row).toMatchObject(LEDGER[i]));
  });

  it.each(['equipment-mac-1904.xlsx', 'equipment-mac-1904.xls'])(
    'reads the dates of %s, saved with the 1904 date system (Excel for Mac), as the dates the clerk saw',
    async (file) => {
      await call('import/apply', { dataset: 'equipment', file: fresh.file(file) });
      const { rows } = await call('dataset/list', { dataset: 'equipment' });
      expect(rows.map((r) => [r.assetNo, r.purchaseDate])).toEqual([
        ['SB2019001', '2019-03-05'],
        ['SB2021001', '2021-06-01'],
      ]);
    },
  );

  it('finds the header under a title row and merged group headers, skips blank and 合计 rows, and picks the matching sheet', async () => {
    const p = await call('import/preview', {
      dataset: 'equipment',
      file: fresh.file('equipment-real-world.xlsx', 'x.xlsx'),
    });
    expect(p.sheet).toBe('设备台账');
    expect(p.sheets.map((s) => s.name)).toEqual(['填表说明', '设备台账']);
    expect(p.headerRow).toBe(3);
    expect(p.mapping).toMatchObject({
      assetNo: 'B',
      name: 'C',
      model: 'D',
      unitPrice: 'E',
      quantity: 'F',
      amount: 'G',
      purchaseDate: 'H',
      location: 'I',
    });
    // Rows as the file numbers them: 6 is blank, 9 is 合计.
    expect(p.rows.map((r) => r.row)).toEqual([4, 5, 7, 8]);
    expect(p.rows[2].values.amount).toBe(42000050);
    expect(p.problems).toEqual([]);
  });

  it('reads an Excel 97-2003 (.xls) ledger like the .xlsx: title row, merged headers, 合计 row, Excel dates', async () => {
    const ins = await call('import/inspect', {
      file: fresh.file('equipment-real-world.xls', 'old.xls'),
    });
    expect(ins).toMatchObject({ kind: 'xls', sheets: [{ name: '填表说明' }, { name: '设备台账' }] });
    const p = await call('import/preview', {
      dataset: 'equipment',
      file: fresh.file('equipment-real-world.xls', 'old.xls'),
    });
    expect(p.sheet).toBe('设备台账');
    expect(p.headerRow).toBe(3);
    expect(p.mapping).toMatchObject({ assetNo: 'B', name: 'C', unitPrice: 'E', amount: 'G', purchaseDate: 'H' });
    expect(p.rows.map((r) => r.row)).toEqual([4, 5, 7, 8]);
    expect(p.rows.map((r) => r.values.purchaseDate)).toEqual(['2019-03-05', '2019-03-05', '2020-09-12', '2021-06-01']);
    expect(p.problems).toEqual([]);
  });

  it('reads a GBK CSV as Excel on Chinese Windows saves it', async () => {
    const ins = await call('import/inspect', {
      file: fresh.file('enterprises-gbk.csv'),
    });
    expect(ins).toMatchObject({ kind: 'csv', encoding: 'GBK' });
    const r = await call('import/apply', {
      dataset: 'enterprises',
      file: fresh.file('enterprises-gbk.csv'),
    });
    expect(r.inserted).toBe(3);
    const { rows } = await call('dataset/list', { dataset: 'enterprises' });
    expect(rows.map((x) => x.name)).toEqual([
      '河南中原智能装备有限公司',
      '郑州华信电子科技股份有限公司',
      '河南省智能制造行业协会',
    ]);
    expect(rows[2]).toMatchObject({ kind: '行业组织', foundedDate: '2015-06-01', contactMobile: '13800000003' });
  });

  it('says when a 年度 column sends rows to other years than the one chosen', async () => {
    const p = await call('import/preview', {
      dataset: 'majors',
      year: 2023,
      file: fresh.file('majors-merged-years.xlsx', 'm.xlsx'),
    });
    expect(p.rows.map((r) => r.year)).toEqual([2022, 2022, 2022, 2023, 2023]);
    expect(p.notes).toEqual([
      '表中「年度」列写明了年度，这些行按该列导入：2022 年度 3 行（所选的 2023 年度只用于该列为空的行）',
    ]);
  });

  it('counts a year merged down its rows as that year on every row', async () => {
    const r = await call('import/apply', {
      dataset: 'majors',
      file: fresh.file('majors-merged-years.xlsx', 'm.xlsx'),
    });
    expect(r.inserted).toBe(5);
    const y2022 = (await call('dataset/list', { dataset: 'majors', year: 2022 })).rows;
    const y2023 = (await call('dataset/list', { dataset: 'majors', year: 2023 })).rows;
    expect(y2022.map((x) => x.code)).toEqual(['460301', '460305', '510201']);
    expect(y2023.map((x) => [x.code, x.enrolled])).toEqual([
      ['460301', 1300],
      ['460305', 910],
    ]);
    expect(y2022[0].enrolled).toBe(1260);
  });

  it('re-importing updates rows matched by key and undo restores the previous values', async () => {
    const first = await call('import/apply', {
      dataset: 'equipment',
      file: fresh.file('equipment-utf8.csv', 'a.csv'),
    });
    await call('dataset/save', { dataset: 'equipment', upserts: [{ id: 1, location: '旧仓库' }] });
    const second = await call('import/apply', {
      dataset: 'equipment',
      file: fresh.file('equipment-real-world.xlsx', 'b.xlsx'),
    });
    expect(second).toMatchObject({ inserted: 0, updated: 4 });
    expect((await call('dataset/list', { dataset: 'equipment' })).rows[0].location).toBe('实训楼A-101');
    // The first batch's rows were changed since (by the user and the second import): refused.
    const refused = await dispatchCall(fresh.t.ctx, 'import/undo', { batchId: first.batchId });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/修改或删除.*不能撤销/);
    await call('import/undo', { batchId: second.batchId });
    const rows = (await call('dataset/list', { dataset: 'equipment' })).rows;
    expect(rows[0].location).toBe('旧仓库');
    expect(rows[2].amount).toBe(42000000);
    const batches = await call('import/batches', {});
    expect(batches.map((b) => [b.id, b.status])).toEqual([
      [second.batchId, 'undone'],
      [first.batchId, 'applied'],
    ]);
  });

  it('undo removes inserted rows and is refused once a row was edited', async () => {
    const a = await call('import/apply', {
      dataset: 'enterprises',
      file: fresh.file('enterprises-gbk.csv', 'e.csv'),
    });
    const ids = (await call('dataset/list', { dataset: 'enterprises' })).rows.map((r) => r.id);
    await call('dataset/save', { dataset: 'enterprises', upserts: [{ id: ids[1], address: '新地址' }] });
    const refused = await dispatchCall(fresh.t.ctx, 'import/undo', { batchId: a.batchId });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('郑州华信电子科技股份有限公司');
    expect((await call('dataset/list', { dataset: 'enterprises' })).rows).toHaveLength(3);

    const b = await call('import/apply', {
      dataset: 'equipment',
      file: fresh.file('equipment-utf8.csv', 'x.csv'),
    });
    await call('import/undo', { batchId: b.batchId });
    expect((await call('dataset/list', { dataset: 'equipment' })).rows).toHaveLength(0);
    const again = await dispatchCall(fresh.t.ctx, 'import/undo', { batchId: b.batchId });
    expect(again.ok).toBe(false);
  });

  it('reads amounts kept in 万元 — a 「单位：万元」 line under the title — as 万元, and says so in the preview', async () => {
    const p = await call('import/preview', {
      dataset: 'funding',
      file: fresh.file('funding-wan-yuan.xlsx', 'f.xlsx'),
    });
    expect(p.problems).toEqual([]);
    expect(p.notes).toEqual(['「金额」列按万元填写（见第 2 行「单位：万元」），导入时换算为元保存']);
    await call('import/apply', {
      dataset: 'funding',
      file: fresh.file('funding-wan-yuan.xlsx', 'f.xlsx'),
    });
    const amounts = async (year: number) =>
      (await call('dataset/list', { dataset: 'funding', year })).rows.map((r) => r.amount);
    // 300 万元 = 3,000,000 元 = 300,000,000 分; 1,234.5678 万元 = 12,345,678 元, exact.
    expect(await amounts(2021)).toEqual([300_000_000]);
    expect(await amounts(2022)).toEqual([85_500_000]);
    expect(await amounts(2023)).toEqual([1_234_567_800]);
  });

  it('importing the same 经费 file twice does not add its rows a second time (a set without key fields matches whole rows)', async () => {
    const first = await call('import/apply', {
      dataset: 'funding',
      file: fresh.file('funding-wan-yuan.xlsx', 'f.xlsx'),
    });
    expect(first).toMatchObject({ inserted: 3, updated: 0 });
    const again = await call('import/apply', {
      dataset: 'funding',
      file: fresh.file('funding-wan-yuan.xlsx', 'f.xlsx'),
    });
    expect(again).toMatchObject({ inserted: 0, updated: 3 });
    for (const year of [2021, 2022, 2023])
      expect((await call('dataset/list', { dataset: 'funding', year })).rows).toHaveLength(1);
    // A row that differs (another amount) is a new row, as before.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('经费');
    ws.addRow(['年度', '经费途径', '实际/计划', '金额', '用途']);
    ws.addRow([2021, '财政投入', '实际', 2_000_000, '实训中心改造']);
    ws.addRow([2021, '企业投入', '实际', 500_000, '']);
    ws.addRow([2021, '企业投入', '实际', 500_000, '']);
    const dup = await call('import/preview', {
      dataset: 'funding',
      file: fresh.bytesFile('g.xlsx', Buffer.from(await wb.xlsx.writeBuffer())),
    });
    // Two identical lines in one file are most likely typed twice: shown, not imported.
    expect(dup.problems).toEqual([
      expect.objectContaining({ row: 4, message: '这一行与第 3 行完全相同（重复录入？）' }),
    ]);
  });

  it('reads a 就业率 column formatted as percent in Excel (0.956 shown as 95.60%) as 95.6, and says so', async () => {
    const p = await call('import/preview', {
      dataset: 'majors',
      file: fresh.file('majors-percent-format.xlsx', 'p.xlsx'),
    });
    expect(p.problems).toEqual([]);
    expect(p.rows.map((r) => [r.values.employmentRate, r.values.relevantEmploymentRate])).toEqual([
      [95.6, 86.2],
      [90, 80.5],
      [100, 70],
    ]);
    expect(p.notes).toEqual([
      '「初次就业率」列的数值都在 0 到 1 之间，按 Excel 的百分比格式读取（0.95 即 95%）',
      '「专业对口就业率」列的数值都在 0 到 1 之间，按 Excel 的百分比格式读取（0.95 即 95%）',
    ]);
    // Rates typed as plain numbers (95.6) are read as they are.
    const plain = await call('import/preview', {
      dataset: 'majors',
      file: fresh.file('majors-merged-years.xlsx', 'm.xlsx'),
    });
    expect(plain.notes).toEqual([]);
  });

  it('tells, before importing, which 专业 are not named as in the 专业目录, and still imports them', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('专业');
    ws.addRow(['专业代码', '专业名称', '办学层次', '在校生人数']);
    ws.addRow(['460301', '机电一体化技术', '高职专科', 1200]);
    ws.addRow(['460305', '工业机器人', '高职专科', 300]);
    ws.addRow(['999999', '未来专业', '高职专科', 40]);
    const file = fresh.bytesFile('m.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const p = await call('import/preview', { dataset: 'majors', year: 2024, file });
    expect(p.problems).toEqual([]);
    expect(p.notes).toEqual([
      '有 2 行专业的代码或名称与《职业教育专业目录》不一致（仍可导入，导入后在表格中以黄色标出，申报材料须使用目录中的名称）：' +
        '第 3 行 专业「工业机器人」的名称与目录不符：代码 460305 在目录中是「工业机器人技术」；第 4 行 专业代码「999999」不在已加载的高职专科专业目录中',
    ]);
  });

  it('reads a column headed 金额（万元） in 万元, while a cell written 6800元 keeps its own unit', async () => {
    const p = await call('import/preview', {
      dataset: 'equipment',
      file: fresh.file('equipment-wan-yuan.xlsx', 'e.xlsx'),
    });
    expect(p.problems).toEqual([]);
    expect(p.notes).toHaveLength(2);
    expect(p.notes[0]).toContain('「单价」列按万元填写（见表头「单价（万元）」）');
    expect(p.rows.map((r) => [r.values.unitPrice, r.values.amount])).toEqual([
      [18_600_000, 18_600_000],
      [298_050, 2_980_500],
      [680_000, 680_000],
    ]);
    // A file in 元 says nothing and is read as before.
    const plain = await call('import/preview', {
      dataset: 'equipment',
      file: fresh.file('equipment-real-world.xlsx', 'x.xlsx'),
    });
    expect(plain.notes).toEqual([]);
  });

  it('the user can change the mapping: a column left out is not imported', async () => {
    const p = await call('import/preview', {
      dataset: 'equipment',
      file: fresh.file('equipment-utf8.csv', 'x.csv'),
      mapping: { location: null, model: 'H' },
    });
    expect(p.mapping.location).toBeNull();
    expect(p.rows[0].values.model).toBe('实训楼A-101');
    expect(p.rows[0].values.location).toBeUndefined();
    // 规格型号 (C) now has no field: the preview says its contents stay out.
    expect(p.notes).toEqual([
      '以下列没有对应的字段，不会导入：C 列「规格型号」。如有需要，请在列对应中为字段选择这一列',
    ]);
  });
});

describe("import progress (for the window's progress bar)", () => {
  it('reports reading rows of the sheet as saved, then checking, backing up and writing, and nothing once done', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['资产编号', '资产名称', '金额（元）', '购置日期']);
    for (let i = 0; i < 9000; i++) ws.addRow([`SB${100000 + i}`, '台式计算机', 4999 + (i % 100), '2021-06-01']);
    const file = fresh.bytesFile('big.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
    const progressKey = 'test0progress0key';
    const seen: { stage: string; done: number; total: number | null }[] = [];
    let finished = false;
    const running = call('import/apply', {
      dataset: 'equipment',
      file,
      progressKey,
    }).finally(() => (finished = true));
    while (!finished) {
      const r = await dispatchCall(fresh.t.ctx, 'import/progress', { progressKey });
      const progress = r.ok ? (r.value as OutputOf<'import/progress'>).progress : null;
      if (progress) seen.push(progress);
      await new Promise((res) => setImmediate(res));
    }
    expect((await running).inserted).toBe(9000);
    const stages = [...new Set(seen.map((p) => p.stage))];
    expect(stages).toEqual(['read', 'check', 'backup', 'write']);
    const reading = seen.filter((p) => p.stage === 'read' && p.done > 0);
    expect(reading.length).toBeGreaterThan(0);
    // The sheet's <dimension> says 9,001 rows (header included); rows read grow towards it.
    expect(reading.every((p) => p.total === 9001 && p.done <= 9001)).toBe(true);
    expect(seen.find((p) => p.stage === 'write')).toMatchObject({ done: 0, total: 9000 });
    const after = await call('import/progress', { progressKey });
    expect(after.progress).toBeNull();
  });

  it('refuses a progress key that could be anything but a plain token', async () => {
    const r = await dispatchCall(fresh.t.ctx, 'import/progress', { progressKey: '../../etc' });
    expect(r.ok).toBe(false);
  });
});
