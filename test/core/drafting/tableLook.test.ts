// A drafted table draws lines where the attachment does and nowhere else, and pads its cells as the
// attachment does: a signature row printed without borders (湖南科技大学 汇总表's 院党委副书记审批 row)
// stays without them in the DOCX and in 打印预览; cells of a 网格型 (TableGrid) table keep all four.
import fs from 'node:fs';
import path from 'node:path';

import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

import { readAttachment } from '../../../electron/core/drafting/readAttachment';
import { renderDocx } from '../../../electron/core/render/renderDocx';
import type { SourceTable } from '../../../shared/drafting/sourceDocument';
import { renderHtml } from '../../../shared/print/renderHtml';
import { blankPrintDocument, draftedPack, SHARED_FORMS } from './support/draftFidelity';

const FIXTURES = path.resolve(__dirname, '../../fixtures/drafting');

async function read(file: string) {
  if (!fs.existsSync(file))
    throw new Error(`找不到 ${file}：真实附件文件夹应在项目旁的 ../shared/forms（不复制进仓库），请放好后再运行`);
  return (await readAttachment(fs.readFileSync(file), path.basename(file))).document;
}

const tablesOf = (doc: Awaited<ReturnType<typeof read>>) =>
  doc.sections.flatMap((s) => s.blocks).filter((b): b is SourceTable => b.kind === 'table');

describe('table borders and cell padding from the attachment', () => {
  it('a borderless signature row keeps no lines, in the draft, the DOCX and the preview', async () => {
    const doc = await read(path.join(SHARED_FORMS, '05-hnust-2018-jiating-kunnan-xuesheng-huizongbiao.docx'));
    const [table] = tablesOf(doc);
    const last = table.rows[table.rows.length - 1].cells[0];
    expect(last.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('')).toContain('院党委副书记审批');
    // Its top is the line under the last blank row, which that row draws.
    expect(last.noBorders?.sort()).toEqual(['bottom', 'left', 'right']);
    expect(table.rows[1].cells.every((c) => !c.noBorders)).toBe(true);
    expect(table.cellPadMm).toBeCloseTo(1.91, 1);

    const pack = draftedPack(doc);
    const block = pack.forms[0].blocks.find((b) => b.type === 'table')!;
    if (block.type !== 'table') throw new Error('no table');
    expect(block.cellPaddingMm).toBeCloseTo(1.91, 1);
    const signRow = block.rows[block.rows.length - 1];
    expect(signRow.cells[0].noBorders?.sort()).toEqual(['bottom', 'left', 'right']);

    const printDoc = blankPrintDocument(pack, pack.forms[0]);
    const xml = await (await JSZip.loadAsync(await renderDocx(printDoc))).file('word/document.xml')!.async('string');
    const signCell = /<w:tc>(?:(?!<\/w:tc>).)*?院党委副书记审批/s.exec(xml)?.[0] ?? '';
    for (const side of ['left', 'bottom', 'right']) expect(signCell).toMatch(new RegExp(`<w:${side} w:val="none"`));
    expect(signCell).not.toMatch(/<w:top w:val="none"/);
    // Word's 0.19 cm padding (108 twips), not the seed forms' 1.5 mm.
    expect(xml).toMatch(/<w:left w:type="dxa" w:w="108"\/>|<w:left w:w="108" w:type="dxa"\/>/);

    const html = renderHtml(printDoc);
    const cls = /<td[^>]*class="(c\d+)"[^>]*>(?:(?!<\/td>).)*院党委副书记审批/s.exec(html)?.[1];
    const rule = new RegExp(`\\.${cls} \\{([^}]*)\\}`).exec(html)?.[1] ?? '';
    expect(rule).toContain('border-left: none;');
    expect(rule).toContain('border-bottom: none;');
    expect(rule).not.toContain('border-top: none;');
  });

  it('a table set in the 网格型 style draws every line', async () => {
    const doc = await read(path.join(FIXTURES, 'henan-2024-346-notice-with-forms.docx'));
    const tables = tablesOf(doc);
    expect(tables.length).toBeGreaterThan(3);
    for (const t of tables) for (const r of t.rows) for (const c of r.cells) expect(c.noBorders).toBeUndefined();
  });

  it('the blanks row above 河北 健康检查表 has no side lines, the grid under it has all', async () => {
    const doc = await read(path.join(SHARED_FORMS, '13-hebei-shipin-yaopin-congye-renyuan-jiankang-jianchabiao.docx'));
    const [table] = tablesOf(doc);
    const [blanks] = table.rows[0].cells;
    expect(blanks.paragraphs.map((p) => p.runs.map((r) => r.text).join('')).join('')).toContain('单位');
    expect(blanks.noBorders).toEqual(expect.arrayContaining(['left', 'right']));
    expect(table.rows[1].cells.every((c) => !c.noBorders)).toBe(true);
  });
});
