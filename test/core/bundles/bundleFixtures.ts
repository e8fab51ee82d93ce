// Fakes for bundle tests: a store with one application, a plan, a renderer and a PDF printer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { PDFDocument } from 'pdf-lib';

import { type AppContext, createAppContext, type PdfPrinter } from '../../../electron/core/appContext.js';
import type { BundleEvidencePlan, BundleFormRenderer, BundlePlan } from '../../../electron/core/bundles/bundlePlan.js';
import { sha256Hex } from '../../../electron/core/bundles/bundleZipWriter.js';
import {
  type BundleSource,
  exportBundleToOutput,
  type ExportOptions,
} from '../../../electron/core/bundles/exportApplicationBundle.js';
import { saveRows } from '../../../electron/core/datasets/datasetRepo.js';
import { loadBaseDataSnapshot } from '../../../electron/core/datasets/loadBaseDataSnapshot.js';
import { readAccepted, readOverrides } from '../../../electron/core/packs/applicationRepo.js';
import { readConfirmations } from '../../../electron/core/packs/confirmationRepo.js';
import { openStore } from '../../../electron/core/store/openStore.js';
import { enterprisesDataset } from '../../../shared/datasets/enterprisesDataset.js';
import { majorGroupsDataset } from '../../../shared/datasets/majorGroupsDataset.js';

export function tempDir(prefix = 'bundle-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A printer that makes one blank page per 18 rows of the index table (like the real index). */
export const fakePrinter: PdfPrinter & { calls: string[] } = {
  calls: [],
  async printHtmlToPdf(html) {
    fakePrinter.calls.push(html);
    const rows = (html.match(/<tr>/g) ?? []).length - 1;
    const doc = await PDFDocument.create();
    for (let i = 0; i < Math.max(1, Math.ceil(rows / 18)); i++) doc.addPage([595.28, 841.89]);
    return doc.save();
  },
};

export async function pdfWithPages(n: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < n; i++) doc.addPage([595.28, 841.89]);
  return doc.save();
}

export async function evidenceItem(
  ref: string,
  title: string,
  pages: number,
  fieldKey?: string,
): Promise<BundleEvidencePlan> {
  const bytes = await pdfWithPages(pages);
  return { ref, title, fileName: `${title}.pdf`, sha256: sha256Hex(bytes), mime: 'application/pdf', bytes, fieldKey };
}

export async function makeContext(dir: string, name = 'school.sqlite'): Promise<AppContext> {
  const dbPath = path.join(dir, name);
  const store = await openStore(dbPath, { create: true, appVersion: '0.1.0-test' });
  return createAppContext({
    dbPath,
    dataDir: dir,
    appVersion: '0.1.0-test',
    store,
    now: () => new Date('2026-11-05T08:00:00Z'),
    pdfPrinter: fakePrinter,
  });
}

/** What seedSchool's application holds, as the editor stores it. */
export const SEEDED_VALUES = {
  schemeBudget: '（一）设备购置 800 万元；（二）实训室改造 200 万元。',
  centreArea: 12000,
  groupMajors: [{ name: '机电一体化技术', enrolled: 320, evidence: '' }],
};
export const SEEDED_PARAMS = { baseYear: 2023, groupName: '智能制造专业群' };

/**
 * A school with two enterprises (with contact mobiles no form prints), one 专业群 and one 346号
 * application with typed values and an accepted problem; returns the application id.
 */
export function seedSchool(ctx: AppContext): number {
  const db = ctx.store!.db;
  db.prepare("UPDATE school SET name = '河南示例职业技术学院', credit_code = '12410000MB0000000W' WHERE id = 1").run();
  saveRows(db, enterprisesDataset, {
    upserts: [
      {
        name: '河南某某智能装备股份有限公司',
        creditCode: '91410100MA44C6XR67',
        honors: '国家专精特新“小巨人”企业',
        contactMobile: '13912345678',
      },
      { name: '郑州某某数控有限公司', nature: '民营企业', legalRepMobile: '13698765432' },
    ],
  });
  saveRows(db, majorGroupsDataset, { upserts: [{ name: '智能制造专业群' }] });
  const id = Number(
    db
      .prepare(
        "INSERT INTO application (pack_id, title, params_json) VALUES ('henan-2024-346', '产教融合实训中心申报', ?)",
      )
      .run(JSON.stringify(SEEDED_PARAMS)).lastInsertRowid,
  );
  const put = db.prepare('INSERT INTO application_value (application_id, field_key, value_json) VALUES (?, ?, ?)');
  for (const [k, v] of Object.entries(SEEDED_VALUES)) put.run(id, k, JSON.stringify(v));
  db.prepare(
    "INSERT INTO application_accepted_problem (application_id, field_key, code) VALUES (?, 'centreArea', 'max')",
  ).run(id);
  // 1.2 (办学定位) is confirmed by the school; its note is for the school only.
  db.prepare(
    "INSERT INTO rule_confirmation (pack_id, application_id, rule_id, answer, note, confirmed_at) VALUES ('henan-2024-346', ?, '1.2', 'yes', '见办学章程第三条', '2026-11-01T00:00:00Z')",
  ).run(id);
  return id;
}

export function fakePlan(ctx: AppContext, applicationId: number, over: Partial<BundlePlan> = {}): BundlePlan {
  const db = ctx.store!.db;
  const app = db.prepare('SELECT * FROM application WHERE id = ?').get(applicationId) as {
    title: string;
    params_json: string;
  };
  const baseData = loadBaseDataSnapshot(db);
  return {
    application: {
      id: applicationId,
      title: app.title,
      params: JSON.parse(app.params_json) as BundlePlan['application']['params'],
      values: readOverrides(db, applicationId),
      accepted: readAccepted(db, applicationId),
      confirmations: Object.fromEntries(
        Object.entries(readConfirmations(db, 'henan-2024-346', applicationId)).map(([k, c]) => [k, c.answer]),
      ),
    },
    pack: { id: 'henan-2024-346', version: '1', docNo: '教职成〔2024〕346号', title: '产教融合实训中心' },
    bundle: {
      fileName: '{school}职业教育高水平专业化产教融合实训中心申报材料（{majorName}专业）',
      evidenceMaxPages: 50,
      evidenceAsked: true,
    },
    nameValues: { school: String(baseData.school.name), majorName: '机电一体化技术' },
    forms: [
      { id: 'f1', title: '河南省职业教育高水平专业化产教融合实训中心申报书', attachment: '附件1', kind: 'document' },
      { id: 'f3', title: '申报汇总表', attachment: '附件3', kind: 'sheet' },
    ],
    evidence: [],
    school: { name: String(baseData.school.name), creditCode: String(baseData.school.creditCode) },
    warnings: [],
    ...over,
  };
}

/** Renders a form as text bytes naming the form and the evidence pages it got; `fail` throws at that step. */
export function fakeRenderer(
  log: { evidencePages?: Record<string, string> } = {},
  fail?: string,
): BundleFormRenderer<{ formId: string }> {
  const step = (kind: string, m: { formId: string }): Promise<Uint8Array> => {
    if (fail === `${kind}:${m.formId}`) return Promise.reject(new Error(`renderer failed at ${kind} ${m.formId}`));
    return Promise.resolve(new TextEncoder().encode(`${kind.toUpperCase()} of ${m.formId}`));
  };
  return {
    layout(formId, evidencePages) {
      log.evidencePages = evidencePages;
      return { formId };
    },
    docx: (m) => step('docx', m),
    xlsx: (m) => step('xlsx', m),
    pdf: (m) => step('pdf', m),
  };
}

export function fakeSource(
  planOver: Partial<BundlePlan> | (() => Partial<BundlePlan>) = {},
  log: { evidencePages?: Record<string, string> } = {},
  fail?: string,
): BundleSource {
  return {
    loadPlan: (ctx, id) => fakePlan(ctx, id, typeof planOver === 'function' ? planOver() : planOver),
    renderer: () => fakeRenderer(log, fail),
  };
}

/** Exports a bundle as the API does (into the outbox) and reads the zip back. */
export async function exportBundleBytes(ctx: AppContext, applicationId: number, opts: ExportOptions) {
  const r = await exportBundleToOutput(ctx, applicationId, opts);
  return { ...r, bytes: fs.readFileSync(ctx.files.output(r.file.token).path) };
}
