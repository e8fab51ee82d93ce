// Computed totals (compute), locked fields, and paragraphs with their own font and blanks: what a
// drafted pack relies on, checked through the same functions the editor and the printers use.
import { describe, expect, it } from 'vitest';

import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot';
import type { PackInput } from '../../../shared/packs/packSchema';
import { recomputeFields } from '../../../shared/packs/recomputeFields';
import { resolveApplication } from '../../../shared/packs/resolveApplication';
import { validatePack } from '../../../shared/packs/validatePack';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument';
import { paragraphText } from '../../../shared/print/printDocument';

const SNAPSHOT: BaseDataSnapshot = { school: { name: '示范学院' }, years: [2023], data: {} };

function pack(extra: Partial<PackInput> = {}): PackInput {
  return {
    formatVersion: 1,
    id: 'computed-test',
    docNo: '',
    title: '合计测试',
    issuers: ['测试厅'],
    level: '省',
    kind: 'application',
    fields: [
      { key: 'a', label: '财政投入', type: 'money', unit: '万元', decimals: 2 },
      { key: 'b', label: '企业投入', type: 'money', unit: '万元', decimals: 2 },
      {
        key: 'total',
        label: '合计',
        type: 'money',
        unit: '万元',
        decimals: 2,
        compute: 'round((fields.a ?? 0) + (fields.b ?? 0), 2)',
        locked: true,
      },
      { key: 'level', label: '项目级别', type: 'choice', options: ['国家级', '省级', '校级'] },
      { key: 'unit', label: '申报单位', type: 'text', bind: 'school.name' },
      { key: 'day', label: '填报日期', type: 'date' },
    ],
    forms: [
      {
        id: 'f',
        title: '表',
        blocks: [
          { type: 'paragraph', text: '附件1：', indent: false, font: { family: '黑体', size: 16 } },
          { type: 'paragraph', text: '申报单位：{{unit}}  项目级别：{{level}}', blanks: true, blankChars: 6 },
          { type: 'paragraph', text: '填报日期：{{day}}', blanks: true, lineSpacingPt: 28 },
          {
            type: 'table',
            columns: [{ width: 1 }, { width: 1 }, { width: 1 }],
            rows: [{ cells: [{ field: 'a' }, { field: 'b' }, { field: 'total' }] }],
          },
        ],
      },
    ],
    ...extra,
  };
}

function parsed(p = pack()) {
  const r = validatePack(p);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.pack;
}

describe('computed and locked fields', () => {
  it('sums what the user typed, and a locked total ignores a value typed over it', () => {
    const app = resolveApplication({
      today: '2024-11-01',
      pack: parsed(),
      snapshot: SNAPSHOT,
      params: {},
      overrides: { a: 12.5, b: 7.25, total: 999 },
    });
    expect(app.fields.total.value).toBe(19.75);
    expect(app.fields.total.overridden).toBe(false);
  });

  it('recomputes in the editor after a keystroke, before anything is saved', () => {
    const p = parsed();
    const app = resolveApplication({
      today: '2024-11-01',
      pack: p,
      snapshot: SNAPSHOT,
      params: {},
      overrides: { a: 1, b: 2 },
    });
    expect(app.fields.total.value).toBe(3);
    // On screen the number is still the text being typed ("40.3", "1,000"): it adds as a number.
    const typed = { ...app.fields, a: { ...app.fields.a, value: '40.3', overridden: true } };
    expect(recomputeFields(p, app.params, typed, '2024-06-01').total.value).toBe(42.3);
    const thousands = { ...app.fields, a: { ...app.fields.a, value: '1,000', overridden: true } };
    expect(recomputeFields(p, app.params, thousands, '2024-06-01').total.value).toBe(1002);
  });

  it('refuses a computation that reads the base data, and a locked field with nothing to show', () => {
    const bad = pack();
    bad.fields![2] = { ...bad.fields![2], compute: "sum(data.funding, 'amount')" };
    bad.fields![0] = { ...bad.fields![0], locked: true };
    const r = validatePack(bad);
    expect(r.ok).toBe(false);
    expect(r.problems.map((x) => x.path)).toEqual(['fields[0].locked', 'fields[2].compute']);
    expect(r.problems[1].message).toContain('不能直接读基础数据');
  });
});

describe('paragraphs with their own font and blanks', () => {
  it('prints blanks as the form does: values underlined, empty ones as a gap, choices as boxes, an empty date to fill in', () => {
    const p = parsed();
    const app = resolveApplication({
      today: '2024-11-01',
      pack: p,
      snapshot: SNAPSHOT,
      params: {},
      overrides: { level: '省级' },
    });
    const doc = buildPrintDocument(p, p.forms[0], app);
    const paras = doc.sections[0].blocks.filter((b) => b.kind === 'paragraph');
    expect(paras[0].runs[0]).toMatchObject({ text: '附件1：', sizePt: 16, font: { eastAsia: '黑体' } });
    expect(paragraphText(paras[1])).toBe('申报单位：示范学院  项目级别：☐国家级  ☑省级  ☐校级');
    expect(paras[1].runs.find((r) => r.text === '示范学院')?.underline).toBe(true);
    expect(paragraphText(paras[2])).toBe('填报日期：\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日');
    expect(paras[2].lineSpacingPt).toBe(28);
    const empty = resolveApplication({
      today: '2024-11-01',
      pack: p,
      snapshot: { ...SNAPSHOT, school: {} },
      params: {},
      overrides: {},
    });
    const blank = buildPrintDocument(p, p.forms[0], empty).sections[0].blocks[1];
    expect(blank.kind === 'paragraph' && blank.runs[1]).toMatchObject({ text: '\u3000'.repeat(6), underline: true });
  });

  it('prints a table in its own typeface where the form gives it one (宋体 tables in a 仿宋 document)', () => {
    const tableRuns = (p: ReturnType<typeof parsed>) => {
      const app = resolveApplication({
        today: '2024-11-01',
        pack: p,
        snapshot: SNAPSHOT,
        params: {},
        overrides: { a: 1, b: 2 },
      });
      const t = buildPrintDocument(p, p.forms[0], app).sections[0].blocks.find((b) => b.kind === 'table');
      return t?.kind === 'table'
        ? t.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.flatMap((x) => x.runs)))
        : [];
    };
    const song = parsed(pack({ style: { table: { family: '宋体', fallback: ['SimSun'], size: '五号' } } }));
    const runs = tableRuns(song);
    expect(runs.map((r) => r.text)).toEqual(['1.00万元', '2.00万元', '3.00万元']);
    expect(runs.every((r) => r.font?.eastAsia === '宋体')).toBe(true);
    // The same family as the body: nothing is set on the runs (the body's font applies).
    const same = parsed(pack({ style: { table: { family: '仿宋_GB2312', size: '小四' } } }));
    expect(tableRuns(same).every((r) => r.font === undefined)).toBe(true);
  });
});
