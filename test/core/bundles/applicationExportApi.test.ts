import path from 'node:path';

import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import { type AppContext, createAppContext } from '../../../electron/core/appContext.js';
import { findApplicationForNotice } from '../../../electron/core/bundles/findApplicationForNotice.js';
import { readBundleZip } from '../../../electron/core/bundles/readBundleZip.js';
import { loadBaseDataSnapshot } from '../../../electron/core/datasets/loadBaseDataSnapshot.js';
import { fakePrinter, makeContext, pdfWithPages, tempDir } from './bundleFixtures.js';

let ctx: AppContext | undefined;
afterEach(() => ctx?.store?.close());

async function ok<T>(name: string, input: unknown): Promise<T> {
  const r = await dispatchCall(ctx!, name, input);
  if (!r.ok) throw new Error(`${name}: ${r.error.message}`);
  return r.value as T;
}

describe('application/export on the demo school (real pack, print builder and evidence store)', () => {
  it('puts the picked 佐证材料 into the merged PDF, its pages into the 申报书, and marks the application 已导出', async () => {
    const dir = tempDir();
    ctx = createAppContext({
      dbPath: path.join(dir, 'demo.sqlite'),
      dataDir: dir,
      appVersion: '0.1.0-test',
      pdfPrinter: fakePrinter,
    });
    await ok('store/createDemo', {});
    const appId = findApplicationForNotice(ctx.store!.db, 'henan-2024-346', {})!;
    const item = await ok<{ hash: string }>('evidence/add', {
      dataset: 'school',
      rowId: 1,
      fileName: '办学许可证.pdf',
      dataBase64: Buffer.from(await pdfWithPages(3)).toString('base64'),
    });
    await ok('application/setEvidencePicks', {
      applicationId: appId,
      picks: [{ evidenceKey: 'evSchool', hash: item.hash }],
    });
    expect(
      (await ok<{ picks: { evidenceKey: string }[] }>('application/evidencePicks', { applicationId: appId })).picks,
    ).toHaveLength(1);

    const r = await ok<{ fileName: string; dataBase64: string; warnings: string[] }>('application/export', {
      applicationId: appId,
    });
    expect(r.fileName).toMatch(/^河南示范职业技术学院职业教育高水平专业化产教融合实训中心申报材料（.+专业）\.zip$/);
    const entries = await readBundleZip(Buffer.from(r.dataBase64, 'base64'), r.fileName);
    const evidence = entries.find((e) => e.path.endsWith('佐证材料.pdf'))!;
    expect((await PDFDocument.load(evidence.bytes)).getPageCount()).toBe(4);
    const book = entries.find((e) => /申报书（.+专业）\.docx$/.test(e.path))!;
    const xml = (await readBundleZip(book.bytes, 'docx'))
      .find((e) => e.path === 'word/document.xml')!
      .bytes.toString('utf8');
    expect(xml).toMatch(/>2-4</);
    const index = fakePrinter.calls.at(-1)!;
    expect(index).toContain('学校基本信息：办学许可证');
    expect(ctx.store!.db.prepare('SELECT status FROM application WHERE id = ?').get(appId)).toEqual({
      status: 'exported',
    });
  });

  it('round trip of the whole demo school: import into a fresh database reproduces every data set; a second import changes nothing', async () => {
    const dir = tempDir();
    ctx = createAppContext({
      dbPath: path.join(dir, 'demo.sqlite'),
      dataDir: dir,
      appVersion: '0.1.0-test',
      pdfPrinter: fakePrinter,
    });
    await ok('store/createDemo', {});
    const appId = findApplicationForNotice(ctx.store!.db, 'henan-2024-346', {})!;
    const r = await ok<{ fileName: string; dataBase64: string }>('application/export', { applicationId: appId });
    const source = ctx;
    const fresh = await makeContext(dir, 'fresh.sqlite');
    ctx = fresh;
    const first = await ok<{ rowsWritten: number }>('bundle/import', {
      fileName: r.fileName,
      dataBase64: r.dataBase64,
    });
    expect(first.rowsWritten).toBeGreaterThan(20000);
    const strip = (rows: Record<string, unknown>[] | undefined) => (rows ?? []).map(({ id: _id, ...rest }) => rest);
    const a = loadBaseDataSnapshot(source.store!.db);
    const b = loadBaseDataSnapshot(fresh.store!.db);
    expect(b.school).toEqual(a.school);
    for (const name of Object.keys(a.data) as (keyof typeof a.data)[]) {
      expect(strip(b.data[name] as Record<string, unknown>[]), name).toEqual(
        strip(a.data[name] as Record<string, unknown>[]),
      );
    }
    const again = await ok<{ datasets: { added: number; changed: number }[]; application: { action: string } }>(
      'bundle/inspect',
      { fileName: r.fileName, dataBase64: r.dataBase64 },
    );
    expect(again.datasets.filter((d) => d.added || d.changed)).toEqual([]);
    expect(again.application.action).toBe('update');
    // Parameters keep their types, so the school re-importing its own bundle updates its application.
    const imported = fresh
      .store!.db.prepare("SELECT params_json FROM application WHERE pack_id = 'henan-2024-346'")
      .get() as { params_json: string };
    expect(typeof JSON.parse(imported.params_json).baseYear).toBe('number');
    ctx = source;
    const own = await ok<{ application: { action: string } }>('bundle/inspect', {
      fileName: r.fileName,
      dataBase64: r.dataBase64,
    });
    expect(own.application.action).toBe('update');
    ctx = fresh;
    source.store!.close();
  });
});
