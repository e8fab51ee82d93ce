// A table cell that holds labels with underlined blanks (河北 健康检查表: 「单位：____ 从业类别：____
// 姓名：____ …」) drafts to fields whose blanks still print: on a form with nothing filled in, each
// is an underlined gap narrow enough that a line of the original stays one line; a value prints
// underlined in its place.
import fs from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { readAttachment } from '../../../electron/core/drafting/readAttachment';
import { draftPack } from '../../../shared/drafting/draftPack';
import type { Pack, PackCell } from '../../../shared/packs/packSchema';
import { resolveApplication } from '../../../shared/packs/resolveApplication';
import { validatePack } from '../../../shared/packs/validatePack';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument';
import type { Paragraph, Table } from '../../../shared/print/printDocument';
import { SHARED_FORMS } from './support/draftFidelity';

const FILE = path.join(SHARED_FORMS, '13-hebei-shipin-yaopin-congye-renyuan-jiankang-jianchabiao.docx');

async function drafted(): Promise<Pack> {
  if (!fs.existsSync(FILE))
    throw new Error(`找不到 ${FILE}：真实附件文件夹应在项目旁的 ../shared/forms（不复制进仓库），请放好后再运行`);
  const { document } = await readAttachment(fs.readFileSync(FILE), path.basename(FILE));
  const v = validatePack(draftPack([document], { today: '2024-11-01' }).pack);
  if (!v.ok) throw new Error(JSON.stringify(v.problems.slice(0, 3)));
  return v.pack;
}

/** The printed lines of the table's first cell: each run's text, underlined ones marked _…_. */
function firstCellLines(pack: Pack, overrides: Record<string, string>): string[] {
  const app = resolveApplication({
    today: '2024-11-01',
    pack,
    snapshot: { school: {}, years: [], data: {} },
    params: {},
    overrides,
  });
  const doc = buildPrintDocument(pack, pack.forms[0], app);
  const table = doc.sections.flatMap((s) => s.blocks).find((b): b is Table => b.kind === 'table')!;
  return table.rows[0].cells[0].paragraphs.map((p: Paragraph) =>
    p.runs.map((r) => (r.underline ? `_${r.text}_` : r.text)).join(''),
  );
}

describe('blanks inside a table cell', () => {
  it('print as underlined gaps when empty, the value underlined when filled, each line one line', async () => {
    const pack = await drafted();
    const form = pack.forms[0];
    const table = form.blocks.find((b) => b.type === 'table')!;
    const cell = (table.type === 'table' ? table.rows[0].cells[0] : undefined) as PackCell;
    expect(cell).toMatchObject({ blanks: true });
    const keys = [...cell.text!.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
    const unit = pack.fields.find((f) => f.label === '单位' && keys.includes(f.key))!;
    expect(unit.type).toBe('text');

    const blank = firstCellLines(pack, {});
    const gap = `_${'\u3000'.repeat(cell.blankChars!)}_`;
    expect(blank[0]).toBe(`单位:${gap}从业类别:${gap}`);
    expect(blank).toHaveLength(3);
    expect(blank[2]).toMatch(/^岗位:_\u3000+_工龄:_\u3000+_身份证号码：_\u3000+_$/);
    // The three lines of the original fit the cell (it spans the table) on one line each, at 五号.
    const widthMm = table.type === 'table' ? table.columns.reduce((n, c) => n + c.width, 0) : 0;
    const widthChars = Math.floor(widthMm / (10.5 * 0.3528));
    for (const line of blank) expect([...line.replace(/_/g, '')].length).toBeLessThanOrEqual(widthChars);

    expect(firstCellLines(pack, { [unit.key]: '石家庄市第一食品厂' })[0]).toBe(
      `单位:_石家庄市第一食品厂_从业类别:${gap}`,
    );
  });
});
