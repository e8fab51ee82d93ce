// Layout rules found by looking at the printed 346/258 forms: units after numbers, covers on one page,
// titles that do not overprint, rows of a spanned block kept together, adjacent tables kept apart.
import { describe, expect, it } from 'vitest';

import { renderDocx } from '../../../electron/core/render/renderDocx.js';
import { type PackInput, packSchema } from '../../../shared/packs/packSchema.js';
import { resolveApplication } from '../../../shared/packs/resolveApplication.js';
import { coverSpacing } from '../../../shared/print/buildCover.js';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument.js';
import { fontsNotice } from '../../../shared/print/describeFonts.js';
import { documentCellTexts, type Table } from '../../../shared/print/printDocument.js';
import { readZipEntry } from './renderTestUtils.js';

const input: PackInput = {
  formatVersion: 1,
  id: 'test-layout',
  docNo: '测〔2024〕2号',
  title: '版式测试',
  issuers: ['河南省教育厅'],
  level: '省',
  kind: 'application',
  style: { lineSpacingPt: 16 },
  fields: [
    { key: 'students', label: '在校生', type: 'number', unit: '人', decimals: 0, default: 17234 },
    { key: 'rate', label: '就业率', type: 'percent', decimals: 2, default: 96.7 },
    { key: 'area', label: '面积', type: 'number', unit: 'm²', decimals: 2, default: 2550 },
    { key: 'fund', label: '投入', type: 'money', unit: '万元', decimals: 2, default: 296 },
    { key: 'blank', label: '未填', type: 'number', unit: '个' },
  ],
  forms: [
    {
      id: 'f',
      title: '表',
      blocks: [
        {
          type: 'paragraph',
          style: 'title',
          text: '很长很长的学校名称职业技术学院职业教育高水平专业化产教融合实训中心建设方案',
        },
        {
          type: 'table',
          columns: [{ width: 30 }, { width: 70 }],
          rows: [
            { cells: [{ text: '学校', label: true }, { field: 'students' }] },
            { cells: [{ text: '就业率', label: true }, { field: 'rate' }] },
            { cells: [{ text: '建筑面积', label: true }, { field: 'area' }] },
            { cells: [{ text: '未填', label: true }, { field: 'blank' }] },
          ],
        },
        {
          type: 'table',
          columns: [{ width: 30 }, { width: 70 }],
          rows: [
            { cells: [{ text: '经费（万元）', label: true, rowSpan: 2 }, { field: 'fund' }] },
            { cells: [{ field: 'fund' }] },
            { cells: [{ text: '金额', label: true }, { field: 'fund' }] },
          ],
        },
      ],
    },
  ],
};

function build() {
  const pack = packSchema.parse(input);
  const app = resolveApplication({
    pack,
    snapshot: { school: { name: '示范学院' }, years: [2023], data: {} },
    params: {},
    overrides: {},
    today: '2024-11-01',
  });
  return buildPrintDocument(pack, pack.forms[0], app);
}

describe('print layout rules', () => {
  it('prints a number with its unit unless a label of its row already states the unit', () => {
    const cells = documentCellTexts(build());
    expect(cells).toEqual([
      '学校',
      '17234人',
      '就业率',
      '96.70%',
      '建筑面积',
      '2550.00 m²',
      '未填',
      '',
      '经费（万元）',
      '296.00',
      '296.00',
      '金额',
      '296.00万元',
    ]);
  });

  it('keeps the rows a label spans on one page, and only those', () => {
    const tables = build()
      .sections.flatMap((s) => s.blocks)
      .filter((b): b is Table => b.kind === 'table');
    expect(tables[0].rows.map((r) => !!r.keepWithNext)).toEqual([false, false, false, false]);
    expect(tables[1].rows.map((r) => !!r.keepWithNext)).toEqual([true, false, false]);
  });

  it('gives titles a line spacing larger than their size, so a wrapped title does not overprint itself', () => {
    const doc = build();
    expect(doc.titleStyle.lineSpacingPt).toBeGreaterThanOrEqual(doc.titleStyle.sizePt * 1.3);
  });

  it('fits a cover on one A4 page (225 mm of text height) however many lines it has', () => {
    const availablePt = (225 / 25.4) * 72;
    for (const lines of [2, 8, 12]) {
      const { gapPt, linePt } = coverSpacing(225, 3, lines, 2);
      const used = 24 + 3 * gapPt + 3 * 44 + lines * linePt + 2 * 28;
      expect(used, `${lines} lines`).toBeLessThanOrEqual(availablePt);
      expect(linePt).toBeGreaterThanOrEqual(24);
    }
  });

  it('keeps two consecutive tables apart in the DOCX (Word and LibreOffice would join them)', async () => {
    const xml = await readZipEntry(await renderDocx(build()), 'word/document.xml');
    expect(xml).not.toMatch(/<\/w:tbl><w:tbl>/);
  });

  it('names each font once with its stand-ins', () => {
    expect(
      fontsNotice([
        '仿宋_GB2312（缺少时用 FangSong 或 仿宋 代替）',
        '黑体（缺少时用 SimHei 代替）',
        '仿宋_GB2312（缺少时用 FangSong 或 仿宋 代替）',
      ]),
    ).toBe(
      '本文件使用字体：仿宋_GB2312（缺少时用 FangSong 或 仿宋 代替）、黑体（缺少时用 SimHei 代替）；打印或转换前请确认电脑已安装，否则版式可能变化',
    );
    expect(fontsNotice([])).toBe('');
  });
});
