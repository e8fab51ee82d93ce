import { describe, expect, it } from 'vitest';

import { catalogueEdits, catalogueSuggestions } from '../../renderer/src/features/catalogue/catalogueFill';
import { indexCatalogue } from '../../renderer/src/features/catalogue/catalogueStore';
import type { GridRow } from '../../renderer/src/features/grid/gridRow';
import { majorsDataset } from '../../shared/datasets/majorsDataset';

const cat = indexCatalogue([
  {
    level: '高职专科',
    code: '460301',
    name: '机电一体化技术',
    categoryCode: '46',
    category: '装备制造大类',
    classCode: '4603',
    className: '自动化类',
  },
  {
    level: '高职本科',
    code: '260301',
    name: '机电一体化技术',
    categoryCode: '26',
    category: '装备制造大类',
    classCode: '2603',
    className: '自动化类',
  },
  {
    level: '高职专科',
    code: '460305',
    name: '工业机器人技术',
    categoryCode: '46',
    category: '装备制造大类',
    classCode: '4603',
    className: '自动化类',
  },
]);
const fields = majorsDataset.fields;
const blank: GridRow[] = [];

describe('专业 cells filled from the 专业目录', () => {
  it('fills 名称, 大类, 类 and an empty 办学层次 from a typed 专业代码', () => {
    const edits = catalogueEdits([{ row: 0, field: 'code', text: '460301' }], blank, fields, cat);
    expect(Object.fromEntries(edits.map((e) => [e.field, e.text]))).toEqual({
      name: '机电一体化技术',
      level: '高职专科',
      categoryCode: '46',
      category: '装备制造大类',
      classCode: '4603',
      className: '自动化类',
    });
  });

  it('gives a name its code within the row’s 办学层次, and leaves an ambiguous name alone', () => {
    const row: GridRow = { key: 'id:1', id: 1, values: { level: '高职本科' } };
    const edits = catalogueEdits([{ row: 0, field: 'name', text: '机电一体化技术' }], [row], fields, cat);
    expect(edits.find((e) => e.field === 'code')?.text).toBe('260301');
    expect(catalogueEdits([{ row: 0, field: 'name', text: '机电一体化技术' }], blank, fields, cat)).toEqual([]);
  });

  it('leaves cells the same edit sets (a pasted block) and unknown codes as they are', () => {
    const edits = catalogueEdits(
      [
        { row: 0, field: 'code', text: '460305' },
        { row: 0, field: 'name', text: '工业机器人技术（中外合作）' },
      ],
      blank,
      fields,
      cat,
    );
    expect(edits.map((e) => e.field)).not.toContain('name');
    expect(catalogueEdits([{ row: 0, field: 'code', text: '999999' }], blank, fields, cat)).toEqual([]);
  });

  it('offers matches while typing a code or a name', () => {
    const code = fields.find((f) => f.key === 'code')!;
    const name = fields.find((f) => f.key === 'name')!;
    expect(catalogueSuggestions(cat, code, '4603')?.map((s) => s.value)).toEqual(['460301', '460305']);
    expect(catalogueSuggestions(cat, name, '机器人')?.[0]).toEqual({
      value: '工业机器人技术',
      label: '460305 工业机器人技术（高职专科）',
    });
    expect(
      catalogueSuggestions(
        cat,
        fields.find((f) => f.key === 'department')!,
        '机',
      ),
    ).toBeUndefined();
  });
});
