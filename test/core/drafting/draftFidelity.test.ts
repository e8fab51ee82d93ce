// Every attachment we have — six real ones written by others (../shared/forms, never copied into
// the repository) and the seed forms re-typed through LibreOffice — drafted and exported with no
// edits, then printed by LibreOffice beside the original:
//   - for a school with no data yet the export is the blank form again: the same tables, rows and
//     merges, ≥ 95 % of the attachment’s text, each attachment's page count within one page;
//   - for the demo school the blanks hold the bound values and the attachment's text is all there.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadBaseDataSnapshot } from '../../../electron/core/datasets/loadBaseDataSnapshot';
import { createChromiumPdfPrinter } from '../../../electron/core/render/printPdfWithChromium';
import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument';
import { paginate } from '../../../shared/print/paginate';
import { renderHtml } from '../../../shared/print/renderHtml';
import { demoStore } from '../support/demoStore';
import {
  bodyMargins,
  compareRendered,
  draftAndExport,
  type ExportedDraft,
  headerFooterTexts,
  pdfPages,
  SHARED_FORMS,
  toPdf,
} from './support/draftFidelity';
import { mergeDifferences, tableShapes } from './support/tableShapes';
import { normalizeText, printsValue } from './support/textCoverage';

const FIXTURES = path.resolve(__dirname, '../../fixtures/drafting');
const REAL = [
  '02-hfut-2019-chuangye-xunlian-shijian-shenbaoshu.docx',
  '05-hnust-2018-jiating-kunnan-xuesheng-huizongbiao.docx',
  '06-zzuli-2017-chuangye-zhongxin-ruzhu-tongzhi-shenqingbiao-huizongbiao.docx',
  '08-panyu-2010-guifanhua-youeryuan-pinggu-biaozhun.docx',
  '11-wuxi-shangdai-zhuan-gongjijin-shenqingbiao.docx',
  '13-hebei-shipin-yaopin-congye-renyuan-jiankang-jianchabiao.docx',
];
const OWN = [
  'henan-2024-346-notice-with-forms.docx',
  'henan-2023-258-recommendation.docx',
  'zhengzhou-2023-38-task-list.docx',
  'henan-2024-346-summary.xlsx',
];

if (!fs.existsSync(SHARED_FORMS))
  throw new Error(
    `找不到真实附件文件夹 ${SHARED_FORMS}（应在项目旁的 ../shared/forms）。这些测试读取它，不能跳过：请把 shared/forms 放到项目旁边再运行。`,
  );

const EMPTY: BaseDataSnapshot = { school: {}, years: [], data: {} };

interface Case {
  name: string;
  source: string;
  blank: ExportedDraft;
  filled: ExportedDraft;
  pdf?: { original: string; blank: string[]; filled: string[] };
  /** Per blank form: the pages pagination planned, and the app's own PDF (Chromium) has. */
  appPages?: { planned: number; app: number }[];
}

const cases: Case[] = [];
let out: string;
let env: Awaited<ReturnType<typeof demoStore>>;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-fidelity-'));
  env = await demoStore();
  const demo = loadBaseDataSnapshot(env.store.db);
  const sources = [...REAL.map((f) => path.join(SHARED_FORMS, f)), ...OWN.map((f) => path.join(FIXTURES, f))];
  for (const source of sources) {
    const name = path.basename(source);
    const dir = path.join(out, name.replace(/\.\w+$/, ''));
    fs.mkdirSync(path.join(dir, 'blank'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'filled'), { recursive: true });
    fs.copyFileSync(source, path.join(dir, `original${path.extname(name)}`));
    cases.push({
      name,
      source,
      blank: await draftAndExport([source], EMPTY, path.join(dir, 'blank')),
      filled: await draftAndExport([source], demo, path.join(dir, 'filled')),
    });
  }
  // One LibreOffice run for every file: starting it is the slow part.
  const all = cases.flatMap((c) => [
    path.join(out, c.name.replace(/\.\w+$/, ''), `original${path.extname(c.name)}`),
    ...c.blank.files,
    ...c.filled.files,
  ]);
  const byDir = new Map<string, string[]>();
  for (const f of all) byDir.set(path.dirname(f), [...(byDir.get(path.dirname(f)) ?? []), f]);
  const pdfOf = new Map<string, string>();
  for (const [dir, files] of byDir) toPdf(files, dir).forEach((p, i) => pdfOf.set(files[i], p));
  // The app's own PDF of each blank form (printed by Chromium from the preview's HTML).
  const printer = createChromiumPdfPrinter();
  try {
    for (const c of cases) {
      c.appPages = [];
      for (const form of c.blank.pack.forms) {
        const doc = buildPrintDocument(c.blank.pack, form, c.blank.app);
        const bytes = await printer.printHtmlToPdf(renderHtml(doc));
        const file = path.join(out, `${c.name}-${form.id}-app.pdf`);
        fs.writeFileSync(file, bytes);
        c.appPages.push({ planned: paginate(doc).pages.length, app: pdfPages(file).length });
      }
    }
  } finally {
    await printer.close?.();
  }
  for (const c of cases) {
    const dir = path.join(out, c.name.replace(/\.\w+$/, ''));
    c.pdf = {
      original: pdfOf.get(path.join(dir, `original${path.extname(c.name)}`))!,
      blank: c.blank.files.map((f) => pdfOf.get(f)!),
      filled: c.filled.files.map((f) => pdfOf.get(f)!),
    };
  }
}, 900_000);

afterAll(() => {
  env?.cleanup();
  if (out) fs.rmSync(out, { recursive: true, force: true });
});

describe.each([...REAL, ...OWN])('%s drafted, exported and printed by LibreOffice', (name) => {
  const c = () => cases.find((x) => x.name === name)!;
  /** What LibreOffice prints of the original beside what it prints of one export. */
  const fidelity = async (which: 'blank' | 'filled') => {
    const furniture = c().source.endsWith('.docx') ? await headerFooterTexts(c().source) : [];
    const attachmentsOnly = c().blank.draft.summary.forms.some((f) => f.attachment);
    const margins = bodyMargins(c()[which].sources[0]);
    return compareRendered([c().pdf!.original], c().pdf![which], attachmentsOnly, margins, furniture);
  };

  it('a school with no data gets the blank form again: same tables, rows and merges', async () => {
    const original = await tableShapes(c().source);
    // A file holding the notice and its forms: the notice's own tables stay with the notice.
    // A table print cut over several pages is the one table it was (its repeated header rows dropped).
    const exported = (await Promise.all(c().blank.files.map((f, i) => tableShapes(f, c().blank.cuts[i])))).flat();
    expect(exported.map((t) => t.rows)).toEqual(original.slice(-exported.length).map((t) => t.rows));
    expect(exported.length).toBe(original.length);
    original.forEach((t, i) => {
      const d = mergeDifferences(t.merges, exported[i].merges);
      expect({ table: i + 1, ...d }).toEqual({ table: i + 1, missing: [], extra: [] });
    });
  });

  it('prints ≥ 95 % of the attachment’s text, each attachment on the same number of pages give or take one', async () => {
    const r = await fidelity('blank');
    console.log(
      `${name}: text ${(r.coverage * 100).toFixed(1)} % (in order ${(r.inOrder * 100).toFixed(1)} %), pages ${r.originalPages} → ${r.exportPages}` +
        (r.perAttachment ? ` (${r.perAttachment.map((a) => `${a.original} → ${a.exported}`).join(', ')})` : ''),
    );
    expect(r.coverage).toBeGreaterThanOrEqual(0.95);
    // A file holding several attachments exports each as its own file: each within one page.
    for (const [i, a] of (r.perAttachment ?? [{ original: r.originalPages, exported: r.exportPages }]).entries()) {
      expect({
        attachment: i + 1,
        off: Math.abs(a.exported - a.original) <= 1 ? 'within one page' : a,
      }).toEqual({
        attachment: i + 1,
        off: 'within one page',
      });
    }
  });

  it('prints the same pages in every format: the app’s PDF, LibreOffice’s PDF of the DOCX, as planned', () => {
    const office = c().pdf!.blank.map((p) => pdfPages(p).length);
    expect(c().appPages!.map((a) => a.app)).toEqual(c().appPages!.map((a) => a.planned));
    // A sheet's form is an XLSX, whose pages LibreOffice lays out by its own print settings.
    c().blank.pack.forms.forEach((form, i) => {
      if (form.kind !== 'sheet')
        expect({ form: form.id, pages: office[i] }).toEqual({ form: form.id, pages: c().appPages![i].app });
    });
  });

  it('for the demo school the blanks hold the bound values and the text is all there', async () => {
    const r = await fidelity('filled');
    expect(r.coverage).toBeGreaterThanOrEqual(0.95);
    // Every bound text the form prints (names, addresses, phone numbers …) is on the pages.
    const { pack, app } = c().filled;
    const texts = pack.fields
      .filter((f) => (f.bind || f.compute) && f.type === 'text')
      .map((f) => app.fields[f.key].value)
      .filter((v): v is string => typeof v === 'string' && v.trim().length >= 2 && !v.includes('\n'));
    const printed = normalizeText(c().pdf!.filled.flatMap(pdfPages).join(''));
    // A long value in a narrow cell wraps: its lines come out between the neighbouring cells' words.
    const found = texts.filter((t) => printsValue(printed, normalizeText(t)));
    expect(found.length).toBe(texts.length);
  });
});
