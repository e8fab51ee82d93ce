// A small school with evidence files and an application, and helpers to take its 学校数据包 apart.
import fs from 'node:fs';
import path from 'node:path';

import yazl from 'yazl';

import type { AppContext } from '../../../electron/core/appContext.js';
import { setEvidencePicks } from '../../../electron/core/bundles/evidencePicks.js';
import { readBundleZip } from '../../../electron/core/bundles/readBundleZip.js';
import { addEvidence } from '../../../electron/core/evidence/evidenceStore.js';
import { exportSchoolPackage } from '../../../electron/core/schoolPackage/exportSchoolPackage.js';
import { makeContext, pdfWithPages, seedSchool, tempDir } from '../bundles/bundleFixtures.js';

/** A seeded school (bundleFixtures.seedSchool) with two 佐证材料 files, one picked for its application. */
export async function schoolWithEvidence(dir: string, name = 'school.sqlite') {
  const ctx = await makeContext(dir, name);
  const appId = seedSchool(ctx);
  const db = ctx.store!.db;
  const ent = db.prepare('SELECT id FROM enterprise ORDER BY id').all() as { id: number }[];
  const a = await addEvidence(db, ctx.dbPath, {
    dataset: 'enterprises',
    rowId: ent[0].id,
    fileName: '合作协议.pdf',
    bytes: await pdfWithPages(2),
  });
  await addEvidence(db, ctx.dbPath, {
    dataset: 'enterprises',
    rowId: ent[1].id,
    fileName: '营业执照.pdf',
    bytes: await pdfWithPages(1),
  });
  setEvidencePicks(db, appId, [{ evidenceKey: 'eve1Content', hash: a.hash, title: '' }]);
  return { ctx, appId };
}

/** The package of a small school, written to a file; returns its path and the source context. */
export async function smallPackage(): Promise<{ dir: string; file: string; source: AppContext }> {
  const dir = tempDir('pkg-');
  const { ctx } = await schoolWithEvidence(dir, 'source.sqlite');
  const file = path.join(dir, 'school.sbtdata');
  await exportSchoolPackage(ctx.store!.db, ctx.dbPath, file, { appVersion: '0.1.0-test', now: ctx.now() });
  return { dir, file, source: ctx };
}

export async function entriesOf(file: string) {
  return readBundleZip(fs.readFileSync(file), file, {
    maxEntries: 1000,
    maxEntryBytes: 1 << 30,
    maxTotalBytes: 1 << 30,
    maxRatio: 1000,
    ratioFloorBytes: 1 << 20,
  });
}

/** Zips entries again (after a change) into `file`. */
export async function repackTo(file: string, entries: { path: string; bytes: Buffer }[]): Promise<string> {
  const z = new yazl.ZipFile();
  for (const e of entries) z.addBuffer(e.bytes, e.path);
  z.end();
  const chunks: Buffer[] = [];
  await new Promise<void>((res) => {
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => res());
  });
  fs.writeFileSync(file, Buffer.concat(chunks));
  return file;
}
