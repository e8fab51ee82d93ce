import { describe, expect, it } from 'vitest';

import {
  computeTotals,
  displayText,
  editText,
  parseCellText,
  sumRows,
} from '../../renderer/src/features/grid/cellText';
import {
  appendBlankRows,
  applyEdits,
  applyServerProblems,
  pasteEdits,
  removeRows,
  undoEdits,
} from '../../renderer/src/features/grid/gridEdits';
import type { GridRow } from '../../renderer/src/features/grid/gridRow';
import { SearchIndex } from '../../renderer/src/features/grid/searchIndex';
import { moveCell, rangeOf, tabCell } from '../../renderer/src/features/grid/selection';
import { computeView } from '../../renderer/src/features/grid/sortFilter';
import { sortRows } from '../../renderer/src/features/grid/sortRows';
import { formatTsv, parseTsv } from '../../renderer/src/features/grid/tsv';
import type { FieldDef } from '../../shared/datasets/datasetDefinition';
import { shiftDecimalText } from '../../shared/format/money';

const fields: FieldDef[] = [
  { key: 'name', label: '企业名称', type: 'text', required: true },
  { key: 'creditCode', label: '统一社会信用代码', type: 'creditCode' },
  { key: 'price', label: '单价', type: 'money' },
  { key: 'budget', label: '预算', type: 'money', unit: '万元' },
  { key: 'staff', label: '职工人数', type: 'integer', unit: '人' },
  { key: 'soft', label: '是否软件', type: 'boolean' },
];

let n = 0;
const newKey = () => `new:${++n}`;
const row = (id: number, values: GridRow['values']): GridRow => ({ key: `id:${id}`, id, values });

describe('Excel/WPS clipboard text', () => {
  it('reads a one-row copy with its trailing newline as one row', () => {
    expect(parseTsv('甲\t乙\t丙\r\n')).toEqual([['甲', '乙', '丙']]);
  });
  it('reads a quoted cell with line breaks and doubled quotes', () => {
    const text = '名称\t说明\r\n华为\t"第一行\r\n第二行 ""双引号"""\r\n中兴\t\r\n';
    expect(parseTsv(text)).toEqual([
      ['名称', '说明'],
      ['华为', '第一行\n第二行 "双引号"'],
      ['中兴', ''],
    ]);
  });
  it('keeps a quote inside unquoted text literal', () => {
    expect(parseTsv('5" 屏幕\t2\n')).toEqual([['5" 屏幕', '2']]);
  });
  it('keeps empty trailing cells and text without a final newline', () => {
    expect(parseTsv('a\t\tb\nc\t\t')).toEqual([
      ['a', '', 'b'],
      ['c', '', ''],
    ]);
  });
  it('writes what it reads back', () => {
    const cells = [
      ['a', 'x\ny'],
      ['say "hi"', ''],
    ];
    expect(parseTsv(formatTsv(cells))).toEqual(cells);
  });
});

describe('selection', () => {
  it('clamps arrow moves at the edges', () => {
    expect(moveCell({ row: 0, col: 0 }, 'up', 5, 3)).toEqual({ row: 0, col: 0 });
    expect(moveCell({ row: 4, col: 2 }, 'right', 5, 3)).toEqual({ row: 4, col: 2 });
    expect(moveCell({ row: 1, col: 1 }, 'pageDown', 5, 3)).toEqual({ row: 4, col: 1 });
  });
  it('wraps Tab to the next row and Shift+Tab back', () => {
    expect(tabCell({ row: 0, col: 2 }, false, 5, 3)).toEqual({ row: 1, col: 0 });
    expect(tabCell({ row: 1, col: 0 }, true, 5, 3)).toEqual({ row: 0, col: 2 });
  });
  it('normalises a range dragged upwards', () => {
    expect(rangeOf({ row: 5, col: 3 }, { row: 2, col: 1 })).toEqual({ top: 2, bottom: 5, left: 1, right: 3 });
  });
});

describe('cell text', () => {
  it('shows money in 元 with separators, or in 万元 when the unit says so', () => {
    expect(displayText(fields[2], 123456789)).toBe('1,234,567.89');
    expect(displayText(fields[3], 123456789)).toBe('123.46');
    expect(editText(fields[3], 123456789)).toBe('123.456789');
  });
  it('parses 万元 text exactly into 分', () => {
    expect(shiftDecimalText('1.23456', 4)).toBe('12345.6');
    expect(parseCellText(fields[3], '1.5')).toEqual({ ok: true, value: 1500000 });
    expect(parseCellText(fields[3], '一万').ok).toBe(false);
  });
  it('shows booleans as 是/否', () => {
    expect(displayText(fields[5], true)).toBe('是');
    expect(parseCellText(fields[5], '否')).toEqual({ ok: true, value: false });
  });
  it('totals the columns the definition marks, money in integer 分, and no others', () => {
    const marked = fields.map((f) => (f.key === 'price' || f.key === 'staff' ? { ...f, total: true } : f));
    const t = computeTotals(marked, [
      { price: 10, staff: 3 },
      { price: 20, staff: null },
      { price: 1, staff: 4 },
    ]);
    expect(t).toEqual({ price: 31, staff: 7 });
    // A 单价 or a count without a declared total is not summed.
    expect(computeTotals(fields, [{ price: 10, staff: 3 }])).toEqual({});
  });
});

describe('sort and filter', () => {
  const rows = [
    row(1, { name: '郑州机械', staff: 300 }),
    row(2, { name: '洛阳轴承', staff: 50 }),
    row(3, { name: '郑州电子', staff: null }),
  ];
  it('filters by a column and searches across columns', () => {
    expect(computeView(rows, fields, { filters: { name: { text: '郑州' } } })).toEqual([0, 2]);
    expect(computeView(rows, fields, { search: '50' })).toEqual([1]);
  });
  it('sorts numbers numerically with empty cells last', () => {
    expect(computeView(rows, fields, { sort: { field: 'staff', dir: 'asc' } })).toEqual([1, 0, 2]);
    expect(computeView(rows, fields, { sort: { field: 'staff', dir: 'desc' } })).toEqual([0, 1, 2]);
  });
});

describe('sorting a column as Excel does', () => {
  const sorted = (rs: GridRow[], key: string, dir: 'asc' | 'desc') => {
    const view = rs.map((_, i) => i);
    sortRows(
      view,
      rs,
      fields.find((f) => f.key === key)!,
      dir,
    );
    return view.map((i) => rs[i].values[key] ?? rs[i].drafts?.[key] ?? null);
  };
  it('puts Chinese text in 拼音 order and empty cells last both ways', () => {
    const rs = ['郑州', '', '北京', '上海', '安阳', null].map((name, i) => row(i + 1, { name }));
    expect(sorted(rs, 'name', 'asc')).toEqual(['安阳', '北京', '上海', '郑州', '', null]);
    expect(sorted(rs, 'name', 'desc')).toEqual(['郑州', '上海', '北京', '安阳', '', null]);
  });
  it('compares the digits in asset numbers as numbers, ignoring case', () => {
    const rs = ['SB10', 'sb2', 'SB1', 'SB2019-10', 'SB2019-2', 'A9'].map((name, i) => row(i + 1, { name }));
    expect(sorted(rs, 'name', 'asc')).toEqual(['A9', 'SB1', 'sb2', 'SB10', 'SB2019-2', 'SB2019-10']);
  });
  it('sorts numbers by value, keeps ties in their order, and puts an invalid typed text after the numbers', () => {
    const rs = [
      row(1, { staff: 30 }),
      row(2, { staff: 5 }),
      { key: 'new:1', values: {}, drafts: { staff: '三十' } },
      row(3, { staff: 30 }),
      row(4, { staff: null }),
    ];
    const view = rs.map((_, i) => i);
    sortRows(view, rs, fields[4], 'asc');
    expect(view).toEqual([1, 0, 3, 2, 4]);
    sortRows(view, rs, fields[4], 'desc');
    expect(view).toEqual([0, 3, 1, 2, 4]);
  });
});

describe('the search index a large ledger is filtered with', () => {
  const many = Array.from({ length: 500 }, (_, i) =>
    row(i + 1, { name: i % 7 === 0 ? `郑州${i}号厂` : `洛阳${i}`, staff: i, soft: i % 2 === 0 }),
  );
  const naive = (rs: readonly GridRow[], needle: string, col?: number) =>
    rs.flatMap((r, i) => {
      const cells = fields.map((f) => displayText(f, r.values[f.key]).toLowerCase());
      return (col === undefined ? cells.some((c) => c.includes(needle)) : cells[col].includes(needle)) ? [i] : [];
    });

  it('finds exactly the rows a cell-by-cell search finds, in row order', () => {
    const index = new SearchIndex(fields);
    for (const needle of ['郑州', '号厂', '49', '是', '否', '1', '不存在'])
      expect(index.search(many, needle)).toEqual(naive(many, needle));
    expect(index.search(many, '郑州', 0)).toEqual(naive(many, '郑州', 0));
    expect(index.search(many, '4', 4)).toEqual(naive(many, '4', 4));
  });
  it('never matches across two cells of a row', () => {
    // 名称 ends in 厂 and 职工人数 is 0: 厂0 only exists across the cell boundary.
    expect(new SearchIndex(fields).search(many, '厂0')).toEqual([]);
  });
  it('sees an edit, an added row and a removed row at the next search', () => {
    const index = new SearchIndex(fields);
    expect(index.search(many, '新乡')).toEqual([]);
    const edited = many.slice();
    edited[10] = { ...edited[10], values: { ...edited[10].values, name: '新乡化工' } };
    expect(index.search(edited, '新乡')).toEqual([10]);
    const grown = [...edited, row(999, { name: '新乡纺织' })];
    expect(index.search(grown, '新乡')).toEqual([10, 500]);
    const shrunk = grown.filter((_, i) => i !== 3);
    expect(index.search(shrunk, '新乡')).toEqual([9, 499]);
  });
  it('filters by the search box and two column filters together', () => {
    const index = new SearchIndex(fields);
    const view = computeView(
      many,
      fields,
      { search: '郑州', filters: { soft: { text: '是' }, staff: { text: '>=140' } } },
      index,
    );
    expect(view).toEqual(
      naive(many, '郑州').filter((i) => many[i].values.soft === true && (many[i].values.staff as number) >= 140),
    );
    expect(view.length).toBeGreaterThan(0);
    expect(computeView(many, fields, { filters: { soft: { text: '否' }, name: { text: '郑州' } } }, index)).toEqual(
      naive(many, '郑州', 0).filter((i) => many[i].values.soft === false),
    );
  });
});

describe('edits, paste and undo', () => {
  const base = [row(1, { name: '甲公司', price: 100 }), row(2, { name: '乙公司', price: 200 })];

  it('pastes a block from the active cell and appends rows past the end', () => {
    const block = parseTsv('丙公司\t91410100MA00000A18\n丁公司\t\n戊公司\t\n');
    const edits = pasteEdits(
      block,
      { top: 1, left: 0, bottom: 1, right: 0 },
      [0, 1],
      2,
      fields.map((f) => f.key),
    );
    const c = applyEdits(base, fields, edits, newKey, '粘贴');
    expect(c.rows).toHaveLength(4);
    expect(c.rows[1].values.name).toBe('丙公司');
    expect(c.rows[1].values.creditCode).toBe('91410100MA00000A18');
    expect(c.rows[3].values.name).toBe('戊公司');
    expect(c.rows[3].id).toBeUndefined();
  });

  it('keeps an invalid value visible with the validator message, and clears it when fixed', () => {
    const c = applyEdits(base, fields, [{ row: 0, field: 'creditCode', text: '91410100MA00000A10' }], newKey);
    expect(c.rows[0].drafts?.creditCode).toBe('91410100MA00000A10');
    expect(c.rows[0].errors?.creditCode).toMatch(/第 18 位/);
    const fixed = applyEdits(c.rows, fields, [{ row: 0, field: 'creditCode', text: '91410100MA00000A18' }], newKey);
    expect(fixed.rows[0].errors).toBeUndefined();
    expect(fixed.rows[0].drafts).toBeUndefined();
  });

  it('notes a missing required field on a new row as still to fill, not as an error, and not on a blank one', () => {
    const c = applyEdits(base, fields, [{ row: 2, field: 'staff', text: '12' }], newKey);
    expect(c.rows[2].missing).toEqual(['name']);
    expect(c.rows[2].errors).toBeUndefined();
    const done = applyEdits(c.rows, fields, [{ row: 2, field: 'name', text: '丙公司' }], newKey);
    expect(done.rows[2].missing).toBeUndefined();
    const blank = appendBlankRows(base, 1, newKey);
    expect(blank.rows[2].missing).toBeUndefined();
  });

  it('undoes a paste: cells restored, appended rows dropped (and deleted once saved)', () => {
    const edits = pasteEdits(
      [['X'], ['Y'], ['Z']],
      { top: 1, left: 0, bottom: 1, right: 0 },
      [0, 1],
      2,
      fields.map((f) => f.key),
    );
    const c = applyEdits(base, fields, edits, newKey, '粘贴');
    const saved = c.rows.map((r, i) => (i === 2 ? { ...r, id: 77 } : r));
    const u = undoEdits(saved, fields, c.undo!, newKey);
    expect(u.rows.map((r) => r.values.name)).toEqual(['甲公司', '乙公司']);
    expect(u.deletedIds).toEqual([77]);
    expect([...u.touched.get('id:2')!]).toEqual(['name']);
  });

  it('undoes a saved row deletion by adding the row back as a new row that restores the deleted one', () => {
    const c = removeRows(base, new Set(['id:1']));
    expect(c.deletedIds).toEqual([1]);
    const u = undoEdits(c.rows, fields, c.undo!, newKey);
    expect(u.rows[0].values.name).toBe('甲公司');
    expect(u.rows[0].id).toBeUndefined();
    // The save brings back record 1 (its 佐证 and exceptions), not a record that merely looks like it.
    expect(u.rows[0].restoreOf).toBe(1);
    expect(u.cancelledDeletes).toEqual([]);
    // Redone before that save, and undone again: still the restore of record 1.
    const r = undoEdits(u.rows, fields, u.undo!, newKey);
    expect(r.deletedIds).toEqual([]);
    const again = undoEdits(r.rows, fields, r.undo!, newKey);
    expect(again.rows[0]).toMatchObject({ restoreOf: 1, values: { name: '甲公司' } });
  });

  it('undoes a row deletion not yet sent by keeping the row as it was, with its key and id', () => {
    const edited = { ...base[0], values: { ...base[0].values, staff: 12 } };
    const c = removeRows([edited, base[1]], new Set(['id:1']));
    const u = undoEdits(c.rows, fields, c.undo!, newKey, {}, (id) => id === 1);
    expect(u.rows[0]).toBe(edited);
    expect(u.cancelledDeletes).toEqual([1]);
    expect(u.touched.size).toBe(0);
    const r = undoEdits(u.rows, fields, u.undo!, newKey, {}, () => false);
    expect(r.deletedIds).toEqual([1]);
  });

  it('redoes an undone paste: undoing the undo brings the pasted cells and rows back', () => {
    const c = applyEdits(
      base,
      fields,
      [
        { row: 0, field: 'name', text: '甲改' },
        { row: 2, field: 'name', text: '丙公司' },
      ],
      newKey,
      '粘贴',
    );
    const u = undoEdits(c.rows, fields, c.undo!, newKey);
    expect(u.rows.map((r) => r.values.name)).toEqual(['甲公司', '乙公司']);
    expect(u.undo!.label).toBe('粘贴');
    const r = undoEdits(u.rows, fields, u.undo!, newKey);
    expect(r.rows.map((x) => x.values.name)).toEqual(['甲改', '乙公司', '丙公司']);
    expect([...r.touched.get('id:1')!]).toEqual(['name']);
    // And undo again after the redo.
    const again = undoEdits(r.rows, fields, r.undo!, newKey);
    expect(again.rows.map((x) => x.values.name)).toEqual(['甲公司', '乙公司']);
  });

  it('redoes an undone deletion by removing the restored rows again', () => {
    const c = removeRows(base, new Set(['id:1']));
    const u = undoEdits(c.rows, fields, c.undo!, newKey);
    // The restored row was saved in between and got a new id: redo deletes that one.
    const saved = u.rows.map((x) => (x.id === undefined ? { ...x, id: 90 } : x));
    const r = undoEdits(saved, fields, u.undo!, newKey);
    expect(r.rows.map((x) => x.values.name)).toEqual(['乙公司']);
    expect(r.deletedIds).toEqual([90]);
  });

  it('maps the core per-cell problems back to rows', () => {
    const out = applyServerProblems(base, ['id:2'], [{ message: '重复', where: { row: 1, field: 'name' } }]);
    expect(out[1].errors).toEqual({ name: '重复' });
    expect(out[0]).toBe(base[0]);
  });
});

describe('rows added in this session', () => {
  it('stay visible at the end while a filter or sort is on', () => {
    const rows = [row(1, { name: '郑州机械' }), { key: 'new:1', values: { name: '' } }, row(2, { name: '洛阳轴承' })];
    const pinned = (r: GridRow) => r.key.startsWith('new:');
    expect(computeView(rows, fields, { filters: { name: { text: '洛阳' } }, pinned })).toEqual([2, 1]);
    expect(computeView(rows, fields, { sort: { field: 'name', dir: 'desc' }, pinned })).toEqual([0, 2, 1]);
  });
});

describe('the 合计 row over a filtered view', () => {
  it('sums only the declared columns of the rows in view, money in 分', () => {
    const marked = fields.map((f) => (f.key === 'price' || f.key === 'staff' ? { ...f, total: true } : f));
    const rows = [row(1, { price: 10, staff: 3 }), row(2, { price: 20, staff: null }), row(3, { price: 1, staff: 4 })];
    expect(sumRows(marked, rows)).toEqual({ price: 31, staff: 7 });
    expect(sumRows(marked, rows, [0, 2])).toEqual({ price: 11, staff: 7 });
  });
});
