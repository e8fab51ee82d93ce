import { describe, expect, it } from 'vitest';

import { renderDocx } from '../../../electron/core/render/renderDocx.js';
import { renderXlsx } from '../../../electron/core/render/renderXlsx.js';
import { paginate } from '../../../shared/print/paginate.js';
import { documentCellTexts } from '../../../shared/print/printDocument.js';
import { renderHtml } from '../../../shared/print/renderHtml.js';
import { placeTableCells } from '../../../shared/print/tableGrid.js';
import { docxCellTexts, htmlCellTexts, pagedCellTexts, xlsxCellTexts } from './renderTestUtils.js';
import { sample346Document } from './sample346Document.js';
import { sampleSummarySheet } from './sampleSummarySheet.js';

describe('the three renderers agree', () => {
  for (const [name, make] of [
    ['346 申报书 一、基本情况', sample346Document],
    ['汇总表', sampleSummarySheet],
  ] as const) {
    it(`${name}: the same text in the same cells in the same order`, async () => {
      const doc = make();
      const expected = documentCellTexts(doc);
      expect(expected.length).toBeGreaterThan(10);
      // The DOCX and the HTML draw the same pages (a table cut between pages repeats its header rows);
      // the XLSX is one sheet of whole tables, with page breaks at the same rows.
      const paged = pagedCellTexts(paginate(doc));
      const [docx, xlsx] = await Promise.all([renderDocx(doc), renderXlsx(doc)]);
      expect(await docxCellTexts(docx)).toEqual(paged);
      expect(htmlCellTexts(renderHtml(doc))).toEqual(paged);
      expect(await xlsxCellTexts(xlsx)).toEqual(expected);
      const all = paged.join('\n');
      for (const c of expected) expect(all).toContain(c);
    });
  }

  it('refuses a table whose rows do not fill its columns, in every renderer', async () => {
    const doc = sampleSummarySheet();
    const t = doc.sections[0].blocks.find((b) => b.kind === 'table')!;
    if (t.kind !== 'table') throw new Error('no table');
    t.rows[1].cells.pop();
    expect(() => placeTableCells(t)).toThrow(/第 2 行第 6 列没有单元格/);
    await expect(renderDocx(doc)).rejects.toThrow(/没有单元格/);
    await expect(renderXlsx(doc)).rejects.toThrow(/没有单元格/);
    expect(() => renderHtml(doc)).toThrow(/没有单元格/);
  });
});
