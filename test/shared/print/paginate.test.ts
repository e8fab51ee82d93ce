// Pagination decided once for every format: the rules a printed form depends on.
import { describe, expect, it } from 'vitest';

import { measureRows, paragraphHeight } from '../../../shared/print/measureBlocks.js';
import { bodyBoxPt, paginate, type PrintPage } from '../../../shared/print/paginate.js';
import {
  type Block,
  cell,
  cellText,
  FANGSONG,
  GBT9704_PAGE,
  GBT9704_PAGE_NUMBER,
  para,
  type PrintDocument,
  type Section,
  type Table,
  type TableRow,
} from '../../../shared/print/printDocument.js';

const text = (n: number, topic = '内容') => `${topic}：`.padEnd(n, '产教融合实训中心建设成效明显');

function doc(sections: Section[], doubleSided = true): PrintDocument {
  return {
    title: '测试',
    page: { ...GBT9704_PAGE, doubleSided },
    body: { font: FANGSONG, sizePt: 12, lineSpacingPt: 16 },
    titleStyle: { font: FANGSONG, sizePt: 22, lineSpacingPt: 31 },
    pageNumber: GBT9704_PAGE_NUMBER,
    sections,
  };
}

const header: TableRow = { header: true, cells: [cell('序号'), cell('内容')] };
const row = (k: number, chars = 20): TableRow => ({
  cells: [cell(String(k)), cell(text(chars), { align: 'justify' })],
});
const table = (rows: TableRow[], footnote?: string): Table => ({
  kind: 'table',
  columnWidthsMm: [20, 136],
  rows,
  ...(footnote ? { footnotes: [para(footnote)] } : {}),
});

const tables = (p: PrintPage) => p.blocks.filter((b): b is Table => b.kind === 'table');
const pageTexts = (pages: PrintPage[]) =>
  pages.map((p) =>
    p.blocks
      .map((b: Block) =>
        b.kind === 'table'
          ? b.rows.map((r) => r.cells.map(cellText).join('|')).join('/')
          : b.kind === 'paragraph'
            ? b.runs.map((r) => r.text).join('')
            : b.kind,
      )
      .join('/'),
  );

/** What every page holds by the measure, against the page body it must fit in. */
function heights(d: PrintDocument, pages: PrintPage[]): { used: number; body: number }[] {
  return pages.map((p) => {
    const box = bodyBoxPt(d, { orientation: p.orientation, blocks: [] });
    const used = p.blocks.reduce((h, b) => {
      if (b.kind === 'table') return h + measureRows(d, b).reduce((a, x) => a + x, 0);
      if (b.kind === 'paragraph') return h + paragraphHeight(d, b, box.widthPt);
      return h;
    }, 0);
    return { used, body: box.heightPt };
  });
}

describe('paginate', () => {
  it('gives a double-sided form a blank, unnumbered back to its cover and numbers the body from 1', () => {
    const d = doc([
      { cover: true, blocks: [para('申报书')] },
      { blocks: [para('正文'), { kind: 'pageBreak' }, para('第二页')] },
    ]);
    expect(paginate(d).pages.map((p) => [p.number, !!p.blank])).toEqual([
      [null, false],
      [null, true],
      [1, false],
      [2, false],
    ]);
    const single = paginate({ ...d, page: { ...d.page, doubleSided: false } });
    expect(single.pages.map((p) => p.number)).toEqual([null, 1, 2]);
  });

  it('cuts a row taller than a page between lines, repeating the header row, and loses nothing', () => {
    const tall: TableRow = {
      cells: [cell('5', { role: 'value' }), cell(text(3000, '年度目标'), { align: 'justify', role: 'value' })],
    };
    const d = doc([{ blocks: [table([header, row(1), row(2), tall, row(6)])] }]);
    const { pages } = paginate(d);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const p of pages) expect(cellText(tables(p)[0].rows[0].cells[1])).toBe('内容');
    const all = pageTexts(pages)
      .join('')
      .replace(/[|/]/g, '')
      .replace(/序号内容/g, '');
    expect(all.includes(text(3000, '年度目标')), 'the tall row whole, in order').toBe(true);
    for (const h of heights(d, pages)) expect(h.used).toBeLessThan(h.body);
    // No row is kept together that could not fit on a page.
    for (const p of pages)
      for (const t of tables(p)) for (const r of t.rows) if (r.cantSplit) expect(r.minHeightMm ?? 0).toBeLessThan(120);
  });

  it('moves a group joined by a spanning label whole only when that leaves little of the page empty', () => {
    const group = (label: string, n: number): TableRow[] =>
      Array.from({ length: n }, (_, i) => ({
        cells: [...(i === 0 ? [cell(label, { rowSpan: n })] : []), cell(text(60), { align: 'justify' })],
      }));
    const filler = (lines: number) => Array.from({ length: lines }, (_, i) => para(`第${i + 1}行`));
    // Little room left: the small group goes to the next page whole.
    const moved = paginate(doc([{ blocks: [...filler(33), table([header, ...group('甲组', 4)])] }]));
    expect(moved.pages).toHaveLength(2);
    expect(
      tables(moved.pages[1])[0]
        .rows.slice(1)
        .map((r) => r.cells.length),
    ).toEqual([2, 1, 1, 1]);
    // Much room left: the group is split there, its label repeated where its rows continue.
    const split = paginate(doc([{ blocks: [...filler(12), table([header, ...group('乙组', 16)])] }]));
    expect(split.pages).toHaveLength(2);
    const first = tables(split.pages[0])[0];
    const second = tables(split.pages[1])[0];
    expect(first.rows.length).toBeGreaterThan(5);
    expect(cellText(second.rows[1].cells[0])).toBe('乙组');
  });

  it('never ends a page with a heading, and keeps a table’s notes under its last row', () => {
    const filler = Array.from({ length: 37 }, (_, i) => para(`第${i + 1}行`));
    const { pages } = paginate(
      doc([
        {
          blocks: [...filler, para('二、申报条件', { heading: 1 }), table([header, row(1), row(2)], '注：单位为人。')],
        },
      ]),
    );
    expect(pages).toHaveLength(2);
    expect(pageTexts(pages)[1]).toMatch(/^二、申报条件\/序号\|内容\/1\|.*\/注：单位为人。$/);
  });

  it('puts a landscape section on landscape pages and fills every page within its body', () => {
    const d = doc([
      { blocks: Array.from({ length: 50 }, (_, i) => para(text(80, `段落${i}`))) },
      { orientation: 'landscape', blocks: [table([header, ...Array.from({ length: 40 }, (_, i) => row(i + 1, 90))])] },
    ]);
    const { pages } = paginate(d);
    expect(pages.some((p) => p.orientation === 'landscape')).toBe(true);
    expect(pages.findIndex((p) => p.orientation === 'landscape')).toBeGreaterThan(0);
    for (const h of heights(d, pages)) expect(h.used).toBeLessThan(h.body);
    expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
  });
});
