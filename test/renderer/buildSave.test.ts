import { describe, expect, it } from 'vitest';

import { buildSave } from '../../renderer/src/features/datasets/buildSave';
import type { GridRow } from '../../renderer/src/features/grid/gridRow';
import type { DatasetDef } from '../../shared/datasets/datasetDefinition';

const def: DatasetDef = {
  name: 'equipment',
  label: '仪器设备',
  table: 'equipment',
  yearly: false,
  fields: [
    { key: 'name', label: '资产名称', type: 'text', required: true },
    { key: 'amount', label: '金额', type: 'money', unit: '元' },
    { key: 'isMain', label: '主要仪器设备', type: 'boolean' },
  ],
};

describe('what an autosave sends', () => {
  const rows: GridRow[] = [
    { key: 'id:1', id: 1, values: { name: '示波器', amount: 123456, isMain: true } },
    {
      key: 'id:2',
      id: 2,
      values: { name: '车床', amount: 1 },
      drafts: { amount: '一百' },
      errors: { amount: '「金额」应为金额（元），收到「一百」' },
    },
    { key: 'new:1', values: { name: '投影仪', amount: 50, isMain: false } },
    { key: 'new:2', values: {} },
  ];
  const dirty = new Map([
    ['id:1', new Set(['amount'])],
    ['id:2', new Set(['amount'])],
    ['new:1', new Set(['name'])],
    ['new:2', new Set<string>()],
  ]);

  it('sends only changed cells of stored rows, whole new rows, money as 元 text', () => {
    const b = buildSave(def, rows, dirty);
    expect(b.upserts).toEqual([
      { id: 1, amount: '1234.56' },
      { name: '投影仪', amount: '0.50', isMain: false },
    ]);
    expect(b.sentKeys).toEqual(['id:1', 'new:1']);
  });

  it('holds back rows with an invalid cell and skips blank new rows', () => {
    const b = buildSave(def, rows, dirty);
    expect(b.heldBack).toBe(1);
    expect(b.sentKeys).not.toContain('id:2');
    expect(b.sentKeys).not.toContain('new:2');
  });
});
