import path from 'node:path';

import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import { type AppContext, createAppContext } from '../../../electron/core/appContext.js';
import { findApplicationForNotice } from '../../../electron/core/bundles/findApplicationForNotice.js';
import { readBundleZip } from '../../../electron/core/bundles/readBundleZip.js';
import { readOverrides } from '../../../electron/core/packs/applicationRepo.js';
import { BUNDLE_MAX_BYTES, type BundleContents } from '../../../shared/api/bundleCalls.js';
import type { OutputFile } from '../../../shared/api/callFields.js';
import { chosenFile, expectChosenFileRefusals } from '../support/chosenFile.js';
import { outputBytes } from '../support/outputBytes.js';
import { fakePrinter, makeContext, pdfWithPages, tempDir } from './bundleFixtures.js';

let ctx: AppContext | undefined;
afterEach(() => ctx?.store?.close());

async function ok<T>(name: string, input: unknown): Promise<T> {
  const r = await dispatchCall(ctx!, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

/** The demo school in a fresh folder (PDFs by the fake printer); returns its 346号 application. */
async function openDemo(): Promise<{ dir: string; appId: number }> {
  const dir = tempDir();
  ctx = createAppContext({
    dbPath: path.join(dir, 'demo.sqlite'),
    dataDir: dir,
    appVersion: '0.1.0-test',
    pdfPrinter: fakePrinter,
  });
  await ok('store/createDemo', {});
  return { dir, appId: findApplicationForNotice(ctx.store!.db, 'henan-2024-346', {})! };
}

/** One 佐证材料 (3 pages) added to the school and picked for 学校基本信息. */
async function pickOneEvidence(appId: number): Promise<void> {
  const item = await ok<{ hash: string }>('evidence/add', {
    dataset: 'school',
    rowId: 1,
    file: chosenFile(ctx!, '办学许可证.pdf', Buffer.from(await pdfWithPages(3))),
  });
  await ok('bundle/setEvidencePicks', {
    applicationId: appId,
    picks: [{ evidenceKey: 'evSchool', hash: item.hash }],
  });
}

describe('bundle/export on the demo school (real pack, print builder and evidence store)', () => {
  it('puts the picked 佐证材料 into the merged PDF, its pages into the 申报书, and marks the application 已导出', async () => {
    const { appId } = await openDemo();
    await pickOneEvidence(appId);
    expect(
      (await ok<{ picks: { evidenceKey: string }[] }>('bundle/evidencePicks', { applicationId: appId })).picks,
    ).toHaveLength(1);

    const r = await ok<{ file: OutputFile; warnings: string[] }>('bundle/export', { applicationId: appId });
    expect(r.file.fileName).toMatch(
      /^河南示范职业技术学院职业教育高水平专业化产教融合实训中心申报材料（.+专业）\.zip$/,
    );
    // The answer names the zip by token; its bytes stay in the core's outbox until saved.
    expect(r.file.token).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(r).length).toBeLessThan(1000);
    const zip = outputBytes(ctx!, r.file);
    expect(r.file.size).toBe(zip.length);
    const entries = await readBundleZip(zip, r.file.fileName);
    const evidence = entries.find((e) => e.path.endsWith('佐证材料.pdf'))!;
    expect((await PDFDocument.load(evidence.bytes)).getPageCount()).toBe(4);
    const book = entries.find((e) => /申报书（.+专业）\.docx$/.test(e.path))!;
    const xml = (await readBundleZip(book.bytes, 'docx'))
      .find((e) => e.path === 'word/document.xml')!
      .bytes.toString('utf8');
    expect(xml).toMatch(/>2-4</);
    const index = fakePrinter.calls.at(-1)!;
    expect(index).toContain('学校基本信息：办学许可证');
    expect(ctx!.store!.db.prepare('SELECT status FROM application WHERE id = ?').get(appId)).toEqual({
      status: 'exported',
    });
  });

  it('lists exactly the files the export then writes, with and without PDF', async () => {
    const { appId } = await openDemo();
    await pickOneEvidence(appId);
    for (const pdf of [false, true]) {
      const listed = await ok<BundleContents>('bundle/contents', { applicationId: appId, pdf });
      const r = await ok<{ file: OutputFile }>('bundle/export', { applicationId: appId, pdf });
      expect(listed.fileName).toBe(r.file.fileName);
      const written = (await readBundleZip(outputBytes(ctx!, r.file), r.file.fileName)).map((e) =>
        e.path.split('/').slice(1).join('/'),
      );
      expect(listed.files.map((f) => f.name)).toEqual(written);
      expect(listed.files.find((f) => f.kind === 'evidence-pdf')?.note).toBe(
        '1 份材料，约 4 页（含目录索引），通知规定不超过 50 页',
      );
      expect(listed.pdfLeftOut).toHaveLength(pdf ? 0 : 3);
    }
  });

  it('the demo school’s own bundle brings its application back into a fresh database, and no base data', async () => {
    const { dir, appId } = await openDemo();
    const r = await ok<{ file: OutputFile }>('bundle/export', { applicationId: appId });
    const source = ctx!;
    const zip = outputBytes(source, r.file);
    const fresh = await makeContext(dir, 'fresh.sqlite');
    ctx = fresh;
    const first = await ok<{ applicationId: number; action: string; taken: string[] }>('bundle/import', {
      file: chosenFile(ctx, r.file.fileName, zip),
    });
    expect(first.action).toBe('add');
    expect(first.taken[2]).toMatch(/^填写内容 \d+ 项（其中叙述 \d+ 段）$/);
    expect(readOverrides(fresh.store!.db, first.applicationId)).toEqual(readOverrides(source.store!.db, appId));
    const src = source.store!.db.prepare('SELECT title, params_json FROM application WHERE id = ?').get(appId);
    expect(
      fresh.store!.db.prepare('SELECT title, params_json FROM application WHERE id = ?').get(first.applicationId),
    ).toEqual(src);
    // Parameters keep their types, so the school re-importing its own bundle updates its application.
    const imported = fresh
      .store!.db.prepare("SELECT params_json FROM application WHERE pack_id = 'henan-2024-346'")
      .get() as { params_json: string };
    expect(typeof (JSON.parse(imported.params_json) as { baseYear: unknown }).baseYear).toBe('number');
    // None of the demo's 891 teachers or 20,000 ledger rows came along.
    expect(fresh.store!.db.prepare('SELECT count(*) AS n FROM teacher').get()).toEqual({ n: 0 });
    expect(fresh.store!.db.prepare('SELECT count(*) AS n FROM equipment').get()).toEqual({ n: 0 });
    ctx = source;
    const own = await ok<{ application: { action: string; existingId: number } }>('bundle/inspect', {
      file: chosenFile(ctx, r.file.fileName, zip),
    });
    expect(own.application).toMatchObject({ action: 'update', existingId: appId });
    // A bundle not chosen, or too large, is refused naming it; no application is added or changed.
    const applications = () => source.store!.db.prepare('SELECT * FROM application ORDER BY id').all();
    const before = applications();
    for (const name of ['bundle/inspect', 'bundle/import'] as const)
      await expectChosenFileRefusals(source, name, (file) => ({ file }), {
        maxBytes: BUNDLE_MAX_BYTES,
        fileName: '申报材料包.zip',
      });
    expect(applications()).toEqual(before);
    ctx = fresh;
    source.store!.close();
  });
});
