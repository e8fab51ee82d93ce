// «One print, three files, same pages»: every form of every seed pack for the demo school (narratives
// filled to their word limits), and a form with a table row taller than a page, rendered to PDF
// twice — the app's own PDF (Chromium) and LibreOffice's PDF of the app's DOCX (LibreOffice being
// the office suite of the 信创 desktops and an independent reader) — must have the same pages: the
// same count, orientation and printed number on each, no word outside the page, and every table
// cell of the DOCX in both. A sheet's XLSX, through LibreOffice, has the same pages too.
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadBaseDataSnapshot } from '../../../electron/core/datasets/loadBaseDataSnapshot.js';
import { eligibilityFor } from '../../../electron/core/packs/eligibilityFor.js';
import { listLibraryPacks } from '../../../electron/core/packs/packLibrary.js';
import { createChromiumPdfPrinter } from '../../../electron/core/render/printPdfWithChromium.js';
import { renderDocx } from '../../../electron/core/render/renderDocx.js';
import { renderXlsx } from '../../../electron/core/render/renderXlsx.js';
import { buildEligibilityReportDocument } from '../../../shared/packs/eligibilityReportDocument.js';
import type { Pack } from '../../../shared/packs/packSchema.js';
import { resolveApplication } from '../../../shared/packs/resolveApplication.js';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument.js';
import { paginate, type PrintPage } from '../../../shared/print/paginate.js';
import type { PrintDocument } from '../../../shared/print/printDocument.js';
import { renderHtml } from '../../../shared/print/renderHtml.js';
import { countWordChars } from '../../../shared/validation/countWordChars.js';
import { demoStore } from '../support/demoStore.js';
import { convertAllWithLibreOffice, type PdfPage, pdfRawText, readPdfPages } from './pdfPages.js';
import { docxCellTexts, tempDir } from './renderTestUtils.js';
import { longText, tallRowPack } from './tallRowPack.js';

interface Rendered {
  name: string;
  pages: PrintPage[];
  docxCells: string[];
  app: { pages: PdfPage[]; raw: string };
  office: { pages: PdfPage[]; raw: string };
  sheet?: { pages: PdfPage[] };
}

const rendered: Rendered[] = [];
let cleanup: () => void = () => undefined;

/** Every narrative typed to its word limit (800 字 where the notice sets none): the longest text a school may print. */
function fullNarratives(pack: Pack): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of pack.fields) {
    if (f.type !== 'narrative' || f.bind || f.default) continue;
    const limit = f.wordLimit ?? 800;
    let t = longText(f.label, limit);
    while (countWordChars(t) > limit) t = t.slice(0, -10);
    out[f.key] = t;
  }
  return out;
}

beforeAll(async () => {
  const env = await demoStore();
  const dir = tempDir('same-pages-');
  cleanup = () => {
    env.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  const snapshot = loadBaseDataSnapshot(env.store.db);
  const packs = [...listLibraryPacks(env.store.db).map((p) => p.pack), tallRowPack()];
  const printer = createChromiumPdfPrinter();
  const jobs: { r: Omit<Rendered, 'app' | 'office' | 'sheet'>; appPdf: string; docx: string; xlsx?: string }[] = [];
  const render = async (name: string, doc: PrintDocument, sheet: boolean) => {
    const docx = path.join(dir, `${name}.docx`);
    const docxBytes = await renderDocx(doc);
    fs.writeFileSync(docx, docxBytes);
    const appPdf = path.join(dir, `${name}-app.pdf`);
    fs.writeFileSync(appPdf, await printer.printHtmlToPdf(renderHtml(doc)));
    let xlsx: string | undefined;
    if (sheet) {
      xlsx = path.join(dir, `${name}-sheet.xlsx`);
      fs.writeFileSync(xlsx, await renderXlsx(doc));
    }
    jobs.push({
      r: { name, pages: paginate(doc).pages, docxCells: await docxCellTexts(docxBytes) },
      appPdf,
      docx,
      xlsx,
    });
  };
  try {
    for (const pack of packs) {
      const app = resolveApplication({
        pack,
        snapshot,
        params: {},
        overrides: fullNarratives(pack),
        today: '2026-12-07',
      });
      for (const form of pack.forms)
        await render(`${pack.id}-${form.id}`, buildPrintDocument(pack, form, app), form.kind === 'sheet');
      // The 自查表 of the notice's conditions or targets (DOCX, XLSX and PDF are offered).
      if (pack.eligibility?.rules.length) {
        const { report } = eligibilityFor(
          env.store.db,
          { packId: pack.id, params: {} },
          new Date('2026-12-07T09:00:00'),
        );
        const doc = buildEligibilityReportDocument(pack, report, { schoolName: app.schoolName, date: '2026-12-07' });
        await render(`${pack.id}-selfcheck`, doc, true);
      }
    }
  } finally {
    await printer.close?.();
  }
  const inputs = jobs.flatMap((j) => [j.docx, ...(j.xlsx ? [j.xlsx] : [])]);
  const pdfs = await convertAllWithLibreOffice(inputs, dir);
  const pdfOf = (file: string) => pdfs[inputs.indexOf(file)];
  for (const j of jobs) {
    rendered.push({
      ...j.r,
      app: { pages: await readPdfPages(j.appPdf), raw: await pdfRawText(j.appPdf) },
      office: { pages: await readPdfPages(pdfOf(j.docx)), raw: await pdfRawText(pdfOf(j.docx)) },
      ...(j.xlsx ? { sheet: { pages: await readPdfPages(pdfOf(j.xlsx)) } } : {}),
    });
  }
}, 600_000);
afterAll(() => cleanup());

/** What a reader sees of each page: orientation and the number at its foot (– for none). */
const summary = (pages: { landscape?: boolean; orientation?: string; number: number | null }[]) =>
  pages.map((p) => `${p.landscape || p.orientation === 'landscape' ? '横' : '竖'}${p.number ?? '–'}`).join(' ');

describe('the same pages in the PDF and in LibreOffice', () => {
  it('covers every form of every seed pack with forms, and the tall-row forms', () => {
    const names = rendered.map((r) => r.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'henan-2024-346-application',
        'henan-2024-346-scheme',
        'henan-2024-346-summary',
        'henan-2023-258-indicators',
        'henan-2023-258-recommendation',
        'henan-2023-258-summary',
        'zhengzhou-2023-38-tasks',
        'zhengzhou-2023-38-selfcheck',
        'henan-2024-346-selfcheck',
        'test-tall-rows-goals',
        'test-tall-rows-roster',
      ]),
    );
  });

  it('has the same page count, orientation and page number on every page', () => {
    for (const r of rendered) {
      const expected = summary(r.pages);
      expect(summary(r.app.pages), `${r.name}: 申报通的 PDF`).toBe(expected);
      expect(summary(r.office.pages), `${r.name}: LibreOffice 打开 DOCX`).toBe(expected);
      if (r.sheet) expect(summary(r.sheet.pages), `${r.name}: LibreOffice 打开 XLSX`).toBe(expected);
    }
  });

  it('puts no word outside the page', () => {
    for (const r of rendered)
      for (const [who, pages] of [
        ['PDF', r.app.pages],
        ['LibreOffice', r.office.pages],
      ] as const)
        pages.forEach((p, i) => expect(p.outside, `${r.name} ${who} 第 ${i + 1} 页`).toEqual([]));
  });

  it('loses no table cell: every cell of the DOCX is in both PDFs', () => {
    for (const r of rendered) {
      const cells = r.docxCells.map((c) => c.replace(/\s+/g, '')).filter(Boolean);
      expect(cells.length, r.name).toBeGreaterThan(1);
      expect(
        cells.filter((c) => !r.app.raw.includes(c)),
        `${r.name}: PDF`,
      ).toEqual([]);
      expect(
        cells.filter((c) => !r.office.raw.includes(c)),
        `${r.name}: LibreOffice`,
      ).toEqual([]);
    }
  });
});

describe('pages as the notices ask', () => {
  const find = (name: string) => rendered.find((r) => r.name === name)!;

  it('starts the body of a double-sided form on a right-hand page numbered 1, after an unnumbered blank back', () => {
    for (const name of ['henan-2024-346-application', 'henan-2023-258-recommendation', 'test-tall-rows-goals']) {
      const r = find(name);
      expect(r.pages[0].number, name).toBeNull();
      expect(r.pages[1], name).toMatchObject({ number: null, blank: true });
      expect(r.pages[2].number, name).toBe(1);
      expect(r.app.pages[1].text, `${name}: the blank page is blank`).toBe('');
      expect(r.office.pages[1].text, `${name}: the blank page is blank`).toBe('');
    }
  });

  it('prints the wide forms landscape: the 38号 任务清单 and 自查表, the 258 自评表, the 346 汇总表', () => {
    for (const name of [
      'zhengzhou-2023-38-tasks',
      'zhengzhou-2023-38-selfcheck',
      'henan-2023-258-indicators',
      'henan-2024-346-summary',
    ])
      expect(
        find(name).pages.every((p) => p.orientation === 'landscape'),
        name,
      ).toBe(true);
  });

  it('turns a table wider than a portrait page onto landscape pages, inside a portrait form', () => {
    const r = find('test-tall-rows-goals');
    const landscape = r.pages.filter((p) => p.orientation === 'landscape');
    expect(landscape.length).toBeGreaterThan(0);
    expect(r.pages.filter((p) => p.orientation === 'portrait').length).toBeGreaterThan(2);
    expect(r.app.raw).toContain('0371-66778809'); // the last column, whole
  });

  it('splits the row taller than a page across pages, with the header row on each', () => {
    const r = find('test-tall-rows-goals');
    const withGoals = r.app.pages.filter((p) => p.text.includes('年度绩效目标第'));
    expect(withGoals.length).toBeGreaterThanOrEqual(2);
    for (const p of withGoals) expect(p.text).toContain('序号'); // the header row, repeated
    expect(r.office.raw).toContain('注：指标值须可量化、可检查。');
  });

  it('prints dates as 2026年12月7日, or as the pack asks', () => {
    const r = find('test-tall-rows-goals');
    expect(r.app.pages[0].text).toContain('2026年12月7日');
    expect(r.app.raw).toContain('开始于2025.3');
  });
});
