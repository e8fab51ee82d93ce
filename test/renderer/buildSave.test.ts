import { describe, expect, it } from 'vitest';

import { buildSave } from '../../renderer/src/features/datasets/buildSave';
import { datasetView, refLabels } from '../../renderer/src/features/datasets/datasetView';
import { applyEdits, checkRow, setAccepted } from '../../renderer/src/features/grid/gridEdits';
import type { GridRow } from '../../renderer/src/features/grid/gridRow';
import type { DatasetDef } from '../../shared/datasets/datasetDefinition';
import { equipmentDataset } from '../../shared/datasets/equipmentDataset';
import { indicatorsDataset } from '../../shared/datasets/indicatorsDataset';

const def: DatasetDef = {
  name: 'equipment',
  label: '仪器设备',
  table: 'equipment',
  yearly: false,
  fields: [
    { key: 'name', label: '资产名称', type: 'text', required: true },
    { key: 'amount', label: '金额', type: 'money', unit: '元' },
    { key: 'isMain', label: '主要仪器设备', type: 'boolean' },
    { key: 'location', label: '存放地点', type: 'text' },
  ],
};

describe('what an autosave sends', () => {
  const rows: GridRow[] = [
    { key: 'id:1', id: 1, values: { name: '示波器', amount: 123456, isMain: true } },
    {
      key: 'id:2',
      id: 2,
      values: { name: '车床', amount: 1, location: '' },
      drafts: { amount: '一百' },
      errors: { amount: '「金额」应为金额（元），收到「一百」' },
    },
    { key: 'new:1', values: { name: '投影仪', amount: 50, isMain: false } },
    { key: 'new:2', values: {} },
    { key: 'new:3', values: { amount: 100 }, missing: ['name'] },
  ];
  const dirty = new Map([
    ['id:1', new Set(['amount'])],
    ['id:2', new Set(['amount', 'location'])],
    ['new:1', new Set(['name'])],
    ['new:2', new Set<string>()],
    ['new:3', new Set(['amount'])],
  ]);

  it('sends only changed cells of stored rows, whole new rows, money as 元 text', () => {
    const b = buildSave({ def, rows, dirty });
    expect(b.upserts[0]).toEqual({ id: 1, amount: '1234.56' });
    expect(b.upserts).toContainEqual({ name: '投影仪', amount: '0.50', isMain: false });
    expect(b.sentKeys).toContain('new:1');
  });

  it('sends a row brought back by 撤销 as the restore of the deleted record, at its place in the upserts', () => {
    const back: GridRow = { key: 'new:9', values: { name: '车床', amount: 1 }, restoreOf: 2 };
    const b = buildSave({
      def,
      rows: [...rows, back],
      dirty: new Map([...dirty, ['new:9', new Set(['name', 'amount'])]]),
    });
    const at = b.sentKeys.indexOf('new:9');
    expect(b.upserts[at]).toEqual({ name: '车床', amount: '0.01' });
    expect(b.restores).toEqual([{ index: at, id: 2 }]);
    expect(buildSave({ def, rows, dirty }).restores).toEqual([]);
  });

  it('saves a valid change of a row beside its invalid cell, which waits; skips blank and unfinished new rows', () => {
    const b = buildSave({ def, rows, dirty });
    expect(b.upserts[1]).toEqual({ id: 2, location: '' });
    expect([...b.sentFields.get('id:2')!]).toEqual(['location']);
    expect(b.sentKeys).not.toContain('new:2');
    expect(b.sentKeys).not.toContain('new:3');
    expect(b.heldBack).toBe(2);
  });
});

describe('rules across fields in the grid', () => {
  const fields = equipmentDataset.fields;
  const rules = equipmentDataset.rules;
  const stored: GridRow = {
    key: 'id:7',
    id: 7,
    values: { assetNo: 'SB7', name: '示波器', unitPrice: 120_000, quantity: 3, amount: 360_000, location: 'A-101' },
  };

  it('show a broken rule on the cell, keep its fields waiting, and still save an unrelated change', () => {
    const c = applyEdits(
      [stored],
      fields,
      [
        { row: 0, field: 'quantity', text: '4' },
        { row: 0, field: 'location', text: 'B-202' },
      ],
      () => 'new:x',
      '编辑',
      { rules },
    );
    expect(c.rows[0].ruleErrors?.amount.message).toContain('= 4,800.00 元');
    const b = buildSave({ def: equipmentDataset, rows: c.rows, dirty: c.touched });
    expect(b.upserts).toEqual([{ id: 7, location: 'B-202' }]);
    expect(b.heldBack).toBe(1);
  });

  it('send the waiting fields with the exception once the user accepts it', () => {
    const c = applyEdits([stored], fields, [{ row: 0, field: 'quantity', text: '4' }], () => 'new:x', '编辑', {
      rules,
    });
    const a = setAccepted(c.rows, 'id:7', 'amountIsPriceTimesQuantity', true, fields, { rules });
    expect(a.rows[0].ruleErrors).toBeUndefined();
    const b = buildSave({ def: equipmentDataset, rows: a.rows, dirty: c.touched, exceptionsDirty: new Set(['id:7']) });
    expect(b.upserts).toEqual([{ id: 7, quantity: 4 }]);
    expect(b.exceptions).toEqual([{ index: 0, rules: ['amountIsPriceTimesQuantity'] }]);
  });

  it('ignore a rule while one of its cells holds an invalid draft', () => {
    const c = applyEdits([stored], fields, [{ row: 0, field: 'quantity', text: '四' }], () => 'new:x', '编辑', {
      rules,
    });
    expect(c.rows[0].errors?.quantity).toBeDefined();
    expect(checkRow(c.rows[0], fields, { rules }).ruleErrors).toBeUndefined();
  });
});

describe('the page view of a data set', () => {
  it('shows a room by its name (with its centre when two share it) and saves its id', () => {
    const labels = refLabels(
      [
        { id: 2, name: '钳工实训室', centre: '机械中心' },
        { id: 3, name: '电工实训室', centre: '电气中心' },
        { id: 4, name: '电工实训室', centre: '机械中心' },
      ],
      ['name', 'centre'],
    );
    const view = datasetView(equipmentDataset, new Map([['rooms', labels]]));
    const room = view.def.fields.find((f) => f.key === 'roomId')!;
    expect(room).toMatchObject({ type: 'choice', label: '所属实训场所' });
    expect(room.choices).toEqual(['钳工实训室', '电工实训室（电气中心）', '电工实训室（机械中心）']);
    expect(view.fromStored({ roomId: 4 }).roomId).toBe('电工实训室（机械中心）');
    expect(view.toApi(room, '钳工实训室')).toBe(2);
    expect(view.toApi(room, null)).toBeNull();
  });

  it('leaves out internal keys such as 指标代码', () => {
    const view = datasetView(indicatorsDataset);
    expect(view.def.fields.map((f) => f.label)).not.toContain('指标代码');
    expect(view.def.fields[0].label).toBe('指标名称');
  });
});
