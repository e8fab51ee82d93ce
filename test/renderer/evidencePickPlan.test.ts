import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { EXPORT_STAGES } from '../../electron/core/bundles/buildExportBundle';
import { evidenceKeysOfPack, evidencePageLimit } from '../../renderer/src/features/bundles/evidenceKeysOfPack';
import {
  groupPicks,
  moveItem,
  orderedPicks,
  pageSummary,
  type PickDraft,
} from '../../renderer/src/features/bundles/evidencePickPlan';
import { EXPORT_STEPS, stepIndex } from '../../renderer/src/features/bundles/exportStages';
import { packSchema } from '../../shared/packs/packSchema';

const pack = packSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../assets/packs/henan-2024-346.json'), 'utf8')),
);

function pick(evidenceKey: string, hash: string, pages: number | null, mime = 'application/pdf'): PickDraft {
  return { evidenceKey, hash: hash.repeat(64).slice(0, 64), title: '', name: `${hash}.pdf`, mime, pages };
}

describe('佐证材料页码 keys of a pack', () => {
  it('lists the 346号 keys in the order the 申报书 prints them, each once, with the subject of its label', () => {
    const keys = evidenceKeysOfPack(pack);
    expect(keys.slice(0, 3).map((k) => k.key)).toEqual(['evSchool', 'eve1Basic', 'eve2Basic']);
    expect(keys.find((k) => k.key === 'evMajorName')).toEqual({
      key: 'evMajorName',
      label: '佐证材料页码（申报专业）',
      subject: '申报专业',
    });
    expect(new Set(keys.map((k) => k.key)).size).toBe(keys.length);
    // every 佐证材料页码 field of the pack is offered, none of the others
    const evidenceFields = pack.fields.filter((f) => f.label.startsWith('佐证材料页码')).map((f) => f.key);
    expect(keys.map((k) => k.key).sort()).toEqual([...evidenceFields].sort());
  });

  it('reads the 50-page limit of 346号', () => {
    expect(evidencePageLimit(pack)).toBe(50);
  });
});

describe('picks: order and pages', () => {
  const keyOrder = ['evSchool', 'evMajorName', 'evFund2023'];

  it('merges in the forms’ key order, each key’s files in the user’s order, and keeps keys the pack lost', () => {
    const byKey = groupPicks([
      pick('evFund2023', 'c', 1),
      pick('gone', 'd', 1),
      pick('evSchool', 'a', 2),
      pick('evSchool', 'b', 3),
    ]);
    byKey.evSchool = moveItem(byKey.evSchool, 1, -1);
    expect(orderedPicks(byKey, keyOrder).map((p) => [p.evidenceKey, p.name])).toEqual([
      ['evSchool', 'b.pdf'],
      ['evSchool', 'a.pdf'],
      ['evFund2023', 'c.pdf'],
      ['gone', 'd.pdf'],
    ]);
  });

  it('counts the 目录索引 in the total, gives each key its page range and turns red past the limit', () => {
    const ordered = orderedPicks(
      groupPicks([pick('evSchool', 'a', 2), pick('evMajorName', 'b', 1, 'image/png'), pick('evSchool', 'c', 3)]),
      keyOrder,
    );
    const s = pageSummary(ordered, 50);
    // index page 1, then a: 2-3, c: 4-6, b: 7
    expect(s).toMatchObject({ evidencePages: 6, indexPages: 1, total: 7, over: false, unknown: 0 });
    expect(s.ranges).toEqual({ evSchool: '2-3、4-6', evMajorName: '7' });
    const big = pageSummary([pick('evSchool', 'a', 45), pick('evMajorName', 'b', 5)], 50);
    expect(big.total).toBe(51);
    expect(big.over).toBe(true);
    expect(pageSummary([pick('evSchool', 'a', 49)], 50).over).toBe(false);
  });

  it('counts a file of unknown length as one page and says so', () => {
    const s = pageSummary([pick('evSchool', 'a', null)], 50);
    expect(s).toMatchObject({ unknown: 1, evidencePages: 1, total: 2 });
  });

  it('moveItem keeps the list when moved past either end', () => {
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 0, 2)).toEqual([2, 3, 1]);
  });
});

describe('export progress steps', () => {
  it('name every stage the core reports, in the core’s order', () => {
    expect(EXPORT_STEPS.map((s) => s.stage)).toEqual([...EXPORT_STAGES]);
    expect(EXPORT_STEPS.map((s) => s.name)).toEqual(['数据', '佐证材料', '排版', 'DOCX', 'XLSX', 'PDF', '打包']);
    expect(stepIndex('docx')).toBe(3);
    expect(stepIndex(undefined)).toBe(-1);
  });
});
