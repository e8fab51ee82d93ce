import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import { type AppContext, createAppContext } from '../../../electron/core/appContext.js';
import { exportFormFile } from '../../../electron/core/render/exportFormFile.js';
import { createChromiumPdfPrinter } from '../../../electron/core/render/printPdfWithChromium.js';
import type { OutputFile } from '../../../shared/api/callFields.js';
import { demoStore } from '../support/demoStore.js';
import { outputBytes } from '../support/outputBytes.js';
import { readZipEntry } from './renderTestUtils.js';
import { packInput } from './samplePrintPack.js';

// The sample pack stands in the seed-pack folder so the library finds it by id.
const packDir = fs.mkdtempSync(path.join(os.tmpdir(), 'h6-packs-'));
fs.writeFileSync(path.join(packDir, `${packInput.id}.json`), JSON.stringify(packInput));
process.env.SHENBAOTONG_SEED_PACKS_DIR = packDir;

let env: Awaited<ReturnType<typeof demoStore>>;
let ctx: AppContext;
let appId: number;
let schoolName: string;
const printer = createChromiumPdfPrinter();

beforeAll(async () => {
  env = await demoStore();
  ctx = createAppContext({
    dbPath: env.store.path,
    dataDir: env.dir,
    appVersion: 'test',
    store: env.store,
    now: () => new Date('2024-11-01T08:00:00Z'),
    pdfPrinter: printer,
  });
  schoolName = (env.store.db.prepare('SELECT name FROM school WHERE id = 1').get() as { name: string }).name;
  appId = Number(
    env.store.db.prepare("INSERT INTO application (pack_id, title) VALUES (?, '测试申报')").run(packInput.id)
      .lastInsertRowid,
  );
  env.store.db
    .prepare('INSERT INTO application_value (application_id, field_key, value_json) VALUES (?, ?, ?)')
    .run(appId, 'partners', JSON.stringify([{ name: '用户填写的企业', since: 2020 }]));
});
afterAll(async () => {
  await printer.close?.();
  env.cleanup();
  fs.rmSync(packDir, { recursive: true, force: true });
});

describe('render/form', () => {
  it('returns the DOCX of a form filled from the base data and the values typed over it', async () => {
    expect(schoolName).not.toBe('');
    const r = await dispatchCall(ctx, 'render/form', { applicationId: appId, formId: 'apply', format: 'docx' });
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as { mime: string; file: OutputFile };
    expect(v.file.fileName).toBe('附件1 申报书.docx');
    expect(v.mime).toContain('wordprocessingml');
    // The answer names the file; the bytes wait in the outbox.
    expect(JSON.stringify(v).length).toBeLessThan(500);
    const xml = await readZipEntry(outputBytes(ctx, v.file), 'word/document.xml');
    expect(xml).toContain(schoolName);
    expect(xml).toContain('用户填写的企业');
  });

  it('returns the HTML preview as text and a PDF through the context printer', async () => {
    const html = await dispatchCall(ctx, 'render/form', { applicationId: appId, formId: 'apply', format: 'html' });
    if (!html.ok) throw new Error(html.error.message);
    expect((html.value as { html: string }).html).toContain(schoolName);
    // The preview, refreshed as the user types, leaves no file behind.
    expect(html.value).not.toHaveProperty('file');
    const pdf = await exportFormFile(ctx, appId, 'apply', 'pdf');
    expect(Buffer.from(pdf.bytes.slice(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pdf.fileName).toBe('附件1 申报书.pdf');
  });

  it('refuses an unknown form or application with a Chinese message, and bad input before the handler', async () => {
    const noForm = await dispatchCall(ctx, 'render/form', { applicationId: appId, formId: 'nope', format: 'docx' });
    expect(noForm.ok).toBe(false);
    if (!noForm.ok) expect(noForm.error).toMatchObject({ code: 'FORM_NOT_FOUND', where: { field: 'formId' } });
    const noApp = await dispatchCall(ctx, 'render/form', { applicationId: 99999, formId: 'apply', format: 'docx' });
    if (!noApp.ok) expect(noApp.error.code).toBe('APPLICATION_NOT_FOUND');
    expect(noApp.ok).toBe(false);
    const bad = await dispatchCall(ctx, 'render/form', { applicationId: appId, formId: 'apply', format: 'odt' });
    expect(bad.ok).toBe(false);
  });
});
