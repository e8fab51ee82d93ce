import { describe, expect, it } from 'vitest';

import { renderDocx } from '../../../electron/core/render/renderDocx.js';
import { packSchema } from '../../../shared/packs/packSchema.js';
import { resolveApplication } from '../../../shared/packs/resolveApplication.js';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument.js';
import { documentCellTexts, type Table } from '../../../shared/print/printDocument.js';
import { placeTableCells } from '../../../shared/print/tableGrid.js';
import { docxCellTexts, readZipEntry } from './renderTestUtils.js';
import { packInput } from './samplePrintPack.js';

function build(evidencePages?: Record<string, string>) {
  const pack = packSchema.parse(packInput);
  const app = resolveApplication({
    pack,
    snapshot: { school: { name: '示范学院' }, years: [2022, 2023], data: {} },
    params: {},
    overrides: {
      students: { '2022': 1200, '2023': 1350 },
      partners: [
        { name: '甲公司', since: 2019 },
        { name: '乙公司', since: 2021 },
      ],
    },
    today: '2024-11-01',
  });
  return buildPrintDocument(pack, pack.forms[0], app, { evidencePages });
}

describe('buildPrintDocument', () => {
  it('takes page, fonts and numbering from the pack style', () => {
    const doc = build();
    expect(doc.page.marginsMm).toEqual({ top: 37, bottom: 35, inner: 28, outer: 26 });
    expect(doc.page.doubleSided).toBe(true);
    expect(doc.body).toMatchObject({
      sizePt: 12,
      lineSpacingPt: 16,
      font: { eastAsia: '仿宋_GB2312', fallback: ['FangSong', '仿宋'] },
    });
    expect(doc.titleStyle).toMatchObject({ sizePt: 22, font: { eastAsia: '方正小标宋简体' } });
    expect(doc.pageNumber.format).toBe('dash');
    expect(doc.sections[0].cover).toBe(true);
    expect(doc.sections[1].cover).toBeUndefined();
  });

  it('expands year columns, repeating rows with their lead cell, spans over repeats, check boxes and evidence pages', () => {
    const doc = build({ creditPages: '3–5' });
    const table = doc.sections[1].blocks.find((b) => b.kind === 'table') as Table;
    expect(table.columnWidthsMm).toHaveLength(4);
    expect(table.columnWidthsMm.reduce((a, b) => a + b, 0)).toBeCloseTo(156, 0);
    expect(() => placeTableCells(table)).not.toThrow();
    expect(table.rows).toHaveLength(4 + 3); // header, 3 fixed, partners padded to minRows 3
    expect(table.rows[0].header).toBe(true);
    const texts = documentCellTexts(doc);
    expect(texts.slice(0, 3)).toEqual(['项目', '2022年', '2023年']);
    expect(texts).toContain('1200');
    expect(texts).toContain('1350');
    expect(texts).toContain('☑公办  ☐民办');
    expect(texts).toContain('3–5');
    expect(texts).toContain('12.50');
    const lead = table.rows[4].cells[0];
    expect(lead).toMatchObject({ rowSpan: 3 });
    expect(texts.slice(texts.indexOf('合作企业'))).toEqual([
      '合作企业',
      '甲公司',
      '2019',
      '乙公司',
      '2021',
      '',
      '',
      '第一段。\n第二段。',
    ]);
    expect(table.footnotes?.[0].runs[0].text).toBe('注：¹ 以统计年度为准。');
  });

  it('prints the cover check boxes, the narrative box height and the seal room', () => {
    const doc = build();
    const cover = doc.sections[0].blocks
      .map((b) => (b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : ''))
      .join('|');
    expect(cover).toContain('申报单位：示范学院');
    expect(cover).toContain('办学层次：☐高职（本科）  ☑高职（专科）');
    const blocks = doc.sections[1].blocks;
    const narrative = blocks.filter((b) => b.kind === 'table')[1];
    expect(narrative.rows[0].minHeightMm).toBe(120);
    expect(narrative.rows[0].cantSplit).toBeUndefined();
    expect(blocks.at(-1)).toMatchObject({
      kind: 'seal',
      lines: ['负责人签名：', '（公章）'],
      dateLine: '年    月    日',
      heightMm: 42,
    });
  });

  it('renders to a DOCX whose cells match the built document', async () => {
    const doc = build({ creditPages: '3–5' });
    const bytes = await renderDocx(doc);
    expect(await docxCellTexts(bytes)).toEqual(documentCellTexts(doc));
    expect(await readZipEntry(bytes, 'word/document.xml')).toContain('w:lineRule="exact"');
  });
});
