// The seed pack's 346号 申报书 for the demo school, end to end: pack → layout → DOCX/XLSX/HTML, read back
// by LibreOffice and by the DOCX's own XML.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getLibraryPack } from '../../../electron/core/packs/packLibrary.js';
import { loadBaseDataSnapshot } from '../../../electron/core/datasets/loadBaseDataSnapshot.js';
import { renderDocx } from '../../../electron/core/render/renderDocx.js';
import { renderXlsx } from '../../../electron/core/render/renderXlsx.js';
import { resolveApplication } from '../../../shared/packs/resolveApplication.js';
import type { Pack, ResolvedApplication } from '../../../shared/packs/packSchema.js';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument.js';
import { documentCellTexts } from '../../../shared/print/printDocument.js';
import { placeTableCells } from '../../../shared/print/tableGrid.js';
import { renderHtml } from '../../../shared/print/renderHtml.js';
import { demoStore } from '../support/demoStore.js';
import { convertWithLibreOffice, docxCellTexts, firstOutOfOrder, htmlCellTexts, readZipEntry, tempDir, xlsxCellTexts } from './renderTestUtils.js';

let env: Awaited<ReturnType<typeof demoStore>>;
let pack: Pack;
let app: ResolvedApplication;
let school: { name: string; credit_code: string };

beforeAll(async () => {
  env = await demoStore();
  pack = getLibraryPack(env.store.db, 'henan-2024-346').pack;
  app = resolveApplication({ pack, snapshot: loadBaseDataSnapshot(env.store.db), params: {}, overrides: {}, today: '2024-11-01' });
  school = env.store.db.prepare('SELECT name, credit_code FROM school WHERE id = 1').get() as typeof school;
});
afterAll(() => env.cleanup());

describe('346号 申报书 from the seed pack', () => {
  it('lays out every table on a consistent grid', () => {
    for (const form of pack.forms) {
      const doc = buildPrintDocument(pack, form, app);
      for (const s of doc.sections) for (const b of s.blocks) if (b.kind === 'table') expect(() => placeTableCells(b)).not.toThrow();
    }
  });

  it('writes the DOCX the notice asks for and LibreOffice reads every label in order with the values', async () => {
    const form = pack.forms.find((f) => f.id === 'application')!;
    const doc = buildPrintDocument(pack, form, app, { evidencePages: {} });
    const bytes = await renderDocx(doc);
    const xml = await readZipEntry(bytes, 'word/document.xml');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toContain('w:line="320" w:lineRule="exact"');
    expect(xml).toContain('<w:sz w:val="24"/>');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(await docxCellTexts(bytes)).toEqual(documentCellTexts(doc));

    const dir = tempDir('h6-346-');
    const file = path.join(dir, '申报书.docx');
    fs.writeFileSync(file, bytes);
    const txt = fs.readFileSync(convertWithLibreOffice(file, 'txt', dir), 'utf8');
    const e1 = String(app.params.enterprise1);
    const e2 = String(app.params.enterprise2);
    expect(e1).not.toBe(e2);
    const missing = firstOutOfOrder(txt, [
      '附件1', '申报书', '申报单位', school.name, '办学层次', '填 写 要 求', '内容真实性责任声明', '特此声明',
      '一、基本情况', '申报实训中心名称', '学校名称', school.name, '隶属关系', '建校时间', '通讯地址', '统一社会信用代码', school.credit_code, '佐证材料页码',
      '法定代表人', '联系人', '电子信箱', '实训中心合作企业', '企业名称', e1, '统一社会信用代码', '企业名称', e2,
      '二、申报条件', '全日制在校生规模', '三、', '四、',
    ]);
    expect(missing).toBeNull();
  });

  it('renders the 汇总表 as XLSX, and all three renderers agree on every form', async () => {
    for (const form of pack.forms) {
      const doc = buildPrintDocument(pack, form, app);
      const expected = documentCellTexts(doc);
      expect(htmlCellTexts(renderHtml(doc))).toEqual(expected);
      expect(await docxCellTexts(await renderDocx(doc))).toEqual(expected);
      if (form.kind === 'sheet') expect(await xlsxCellTexts(await renderXlsx(doc))).toEqual(expected);
    }
  });
});
