// Rules across the fields of a row (declared in the data-set definitions) as the core enforces
// them: on save (金额 = 单价 × 数量 within 1 分, 报废日期 not before 购置日期), with exceptions a user
// accepts kept per row, and on import (listed by row and column, or imported as accepted exceptions).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall';
import { equipmentDataset } from '../../../shared/datasets/equipmentDataset';
import { checkRowRules } from '../../../shared/datasets/rowRules';
import { eachTestFreshContext } from '../imports/importTestKit';
import { call } from '../support/tempContext';

const fresh = eachTestFreshContext();

async function saveError(input: unknown) {
  const r = await dispatchCall(fresh.t.ctx, 'dataset/save', input);
  if (r.ok) throw new Error('expected the save to be refused');
  return r.error;
}

const asset = (n: number, extra: Record<string, unknown> = {}) => ({
  assetNo: `SB${n}`,
  name: '示波器',
  unitPrice: '1200',
  quantity: 3,
  amount: '3600',
  purchaseDate: '2021-05-01',
  ...extra,
});

describe('the rules of a data-set definition', () => {
  it('find 金额 ≠ 单价 × 数量 beyond 1 分, a 报废日期 before the 购置日期, and nothing when a side is missing', () => {
    const ok = { unitPrice: 120_000, quantity: 3, amount: 360_001, purchaseDate: '2021-05-01' };
    expect(checkRowRules(equipmentDataset, ok)).toEqual([]);
    const wrong = checkRowRules(equipmentDataset, { ...ok, amount: 360_002, disposalDate: '2020-01-01' });
    expect(wrong.map((p) => [p.rule, p.field])).toEqual([
      ['amountIsPriceTimesQuantity', 'amount'],
      ['disposalNotBeforePurchase', 'disposalDate'],
    ]);
    expect(wrong[0].message).toBe('「金额」应等于「单价」×「数量」= 3,600.00 元，现为 3,600.02 元');
    expect(wrong[1].message).toBe('「报废日期」2020-01-01 早于「购置日期」2021-05-01');
    expect(checkRowRules(equipmentDataset, { amount: 5, quantity: 3 })).toEqual([]);
    expect(checkRowRules(equipmentDataset, { ...ok, amount: 1 }, { accepted: ['amountIsPriceTimesQuantity'] })).toEqual(
      [],
    );
    // A change that reads none of a rule's fields does not re-open it.
    expect(checkRowRules(equipmentDataset, { ...ok, amount: 1 }, { touched: ['location'] })).toEqual([]);
  });
});

describe('saving rows against the rules', () => {
  it('refuses a new row whose 金额 is not 单价 × 数量, naming the row and the field, and saves nothing', async () => {
    const err = await saveError({
      dataset: 'equipment',
      upserts: [asset(1), asset(2, { amount: '3700' })],
    });
    expect(err.code).toBe('INVALID_ROWS');
    expect(err.where).toMatchObject({ row: 2, field: 'amount', column: '金额' });
    expect(err.details?.[0].message).toContain('应等于「单价」×「数量」= 3,600.00 元');
    expect((await call(fresh.t.ctx, 'dataset/list', { dataset: 'equipment' })).rows).toEqual([]);
  });

  it('checks a changed field against the stored ones, and leaves an unrelated change alone', async () => {
    const { ids } = await call(fresh.t.ctx, 'dataset/save', { dataset: 'equipment', upserts: [asset(1)] });
    const err = await saveError({ dataset: 'equipment', upserts: [{ id: ids[0], quantity: 4 }] });
    expect(err.details?.[0].message).toContain('= 4,800.00 元，现为 3,600.00 元');
    await call(fresh.t.ctx, 'dataset/save', {
      dataset: 'equipment',
      upserts: [{ id: ids[0], quantity: 4, amount: '4800' }],
    });
    const [row] = (await call(fresh.t.ctx, 'dataset/list', { dataset: 'equipment' })).rows;
    expect(row).toMatchObject({ quantity: 4, amount: 480_000 });
  });

  it('keeps an accepted exception with its row: later saves pass, the list reports it, and it goes with the row', async () => {
    const { ids } = await call(fresh.t.ctx, 'dataset/save', {
      dataset: 'equipment',
      upserts: [asset(1, { amount: '3000' })],
      exceptions: [{ index: 0, rules: ['amountIsPriceTimesQuantity'] }],
    });
    await call(fresh.t.ctx, 'dataset/save', { dataset: 'equipment', upserts: [{ id: ids[0], amount: '2900' }] });
    const list = await call(fresh.t.ctx, 'dataset/list', { dataset: 'equipment' });
    expect(list.rows[0].amount).toBe(290_000);
    expect(list.exceptions).toEqual([{ rowId: ids[0], rule: 'amountIsPriceTimesQuantity' }]);
    // Withdrawn: the rule applies again.
    const err = await saveError({
      dataset: 'equipment',
      upserts: [{ id: ids[0] }],
      exceptions: [{ index: 0, rules: [] }],
    });
    expect(err.where?.field).toBe('amount');
    await call(fresh.t.ctx, 'dataset/save', { dataset: 'equipment', upserts: [], deletes: [ids[0]] });
    const again = await call(fresh.t.ctx, 'dataset/save', { dataset: 'equipment', upserts: [asset(2)] });
    expect(again.ids[0]).toBe(ids[0]);
    expect((await call(fresh.t.ctx, 'dataset/list', { dataset: 'equipment' })).exceptions).toEqual([]);
  });

  it('refuses an exception for a rule the data set does not have', async () => {
    const err = await saveError({
      dataset: 'equipment',
      upserts: [asset(1)],
      exceptions: [{ index: 0, rules: ['x'] }],
    });
    expect(err.code).toBe('UNKNOWN_RULE');
  });

  it('gives a new 指标 without a code its name as the code', async () => {
    await call(fresh.t.ctx, 'dataset/save', {
      dataset: 'indicators',
      year: 2024,
      upserts: [{ name: '校企共建课程', unit: '门', value: 12 }],
    });
    const { rows } = await call(fresh.t.ctx, 'dataset/list', { dataset: 'indicators', year: 2024 });
    expect(rows[0]).toMatchObject({ code: '校企共建课程', name: '校企共建课程' });
  });
});

async function ledgerXlsx(rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('设备台账');
  ws.addRow(['资产编号', '资产名称', '单价', '数量', '金额', '购置日期']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('importing rows against the rules', () => {
  const rows = [
    ['SB1', '示波器', 1200, 3, 3600, '2021-05-01'],
    ['SB2', '投影仪', 5000, 2, 9000, '2022-03-01'],
  ];

  it('lists a row that breaks a rule by row and column as a rule problem', async () => {
    const file = fresh.bytesFile('台账.xlsx', await ledgerXlsx(rows));
    const p = await call(fresh.t.ctx, 'import/preview', { dataset: 'equipment', file });
    expect(p.problemCount).toBe(1);
    expect(p.ruleProblemCount).toBe(1);
    expect(p.problems[0]).toMatchObject({ row: 3, column: 'E', field: 'amount', rule: 'amountIsPriceTimesQuantity' });
  });

  it('imports it as an accepted exception when asked, kept with the row', async () => {
    const file = fresh.bytesFile('台账.xlsx', await ledgerXlsx(rows));
    const input = { dataset: 'equipment', file, acceptRuleExceptions: true };
    const p = await call(fresh.t.ctx, 'import/preview', input);
    expect(p).toMatchObject({ problemCount: 0, acceptedRuleRows: 1 });
    await call(fresh.t.ctx, 'import/apply', input);
    const list = await call(fresh.t.ctx, 'dataset/list', { dataset: 'equipment' });
    const sb2 = list.rows.find((r) => r.assetNo === 'SB2');
    expect(list.exceptions).toEqual([{ rowId: sb2?.id, rule: 'amountIsPriceTimesQuantity' }]);
  });
});
