// The 学校数据包 moves a whole school: export from the demo school (with 佐证材料, typed values,
// accepted problems, picks and an export record), restore into a new folder, and everything a user
// can see is identical — every data set's JSON export, every application, every evidence file.
import fs from 'node:fs';
import path from 'node:path';

import type Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import { createAppContext } from '../../../electron/core/appContext.js';
import { listEvidencePicks, setEvidencePicks } from '../../../electron/core/bundles/evidencePicks.js';
import { rowsForExport } from '../../../electron/core/datasets/rowsForExport.js';
import { addEvidence, evidenceDir, listEvidence } from '../../../electron/core/evidence/evidenceStore.js';
import {
  listApplications,
  readAccepted,
  readOverrides,
  setAccepted,
  writeOverride,
} from '../../../electron/core/packs/applicationRepo.js';
import { exportSchoolPackage } from '../../../electron/core/schoolPackage/exportSchoolPackage.js';
import { restoreSchoolPackageFile } from '../../../electron/core/schoolPackage/restoreSchoolPackage.js';
import { openStore } from '../../../electron/core/store/openStore.js';
import { DATASETS } from '../../../shared/datasets/datasetRegistry.js';
import { pdfWithPages, tempDir } from '../bundles/bundleFixtures.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Everything a user can see of a school, as JSON: data sets (all years), applications, evidence. */
function visible(db: Database.Database, dbPath: string) {
  const datasets = Object.fromEntries(DATASETS.map((d) => [d.name, rowsForExport(db, d)]));
  const applications = listApplications(db).map((a) => ({
    ...a,
    values: readOverrides(db, a.id),
    accepted: readAccepted(db, a.id),
    picks: listEvidencePicks(db, a.id),
    exports: db.prepare('SELECT * FROM application_export WHERE application_id = ? ORDER BY id').all(a.id),
  }));
  const evidence = listEvidence(db, {}).map((e) => ({
    ...e,
    bytes: fs.readFileSync(path.join(evidenceDir(dbPath), e.hash.slice(0, 2), e.hash)).toString('base64'),
  }));
  return { datasets, applications, evidence };
}

describe('学校数据包 round trip', () => {
  it('export → restore into a new folder: every data set, application and evidence file identical', async () => {
    const dir = tempDir('pkg-demo-');
    dirs.push(dir);
    const ctx = createAppContext({
      dbPath: path.join(dir, 'demo', 'school.sqlite'),
      dataDir: dir,
      appVersion: '0.1.0-test',
      now: () => new Date('2026-11-05T08:00:00Z'),
    });
    fs.mkdirSync(path.dirname(ctx.dbPath));
    const made = await dispatchCall(ctx, 'store/createDemo', {});
    expect(made.ok).toBe(true);
    const db = ctx.store!.db;
    const [app] = listApplications(db);
    const teacher = db.prepare('SELECT id FROM teacher ORDER BY id LIMIT 1').get() as { id: number };
    const proof = await addEvidence(db, ctx.dbPath, {
      dataset: 'teachers',
      rowId: teacher.id,
      fileName: '双师型教师证书.pdf',
      bytes: await pdfWithPages(3),
    });
    await addEvidence(db, ctx.dbPath, {
      dataset: 'school',
      rowId: 1,
      fileName: '办学许可证.pdf',
      bytes: await pdfWithPages(1),
    });
    setEvidencePicks(db, app.id, [{ evidenceKey: 'evSchool', hash: proof.hash, title: '教师证书' }]);
    writeOverride(db, app.id, 'centreArea', 12345);
    setAccepted(db, app.id, 'centreArea', 'max', true);
    const before = visible(db, ctx.dbPath);
    expect(before.datasets.teachers.length).toBeGreaterThan(800);
    expect(before.evidence).toHaveLength(2);

    const file = path.join(dir, 'demo.sbtdata');
    const r = await exportSchoolPackage(db, ctx.dbPath, file, { appVersion: '0.1.0-test', now: ctx.now() });
    expect(r.manifest.files.map((f) => f.kind).sort()).toEqual(['database', 'evidence', 'evidence', 'readme']);
    expect(r.manifest.personalData).toBe(true);
    expect(r.manifest.counts.find((c) => c.dataset === 'teachers')?.rows).toBe(before.datasets.teachers.length);
    ctx.store!.close();

    const target = path.join(dir, 'new-pc', 'data', 'school.sqlite');
    const restored = await restoreSchoolPackageFile(file, 'demo.sbtdata', target, {
      replace: false,
      appVersion: '0.1.0-test',
      now: new Date(),
    });
    expect(restored.backup).toBeUndefined();
    expect(restored.evidenceAdded).toBe(2);
    // Only the database and its evidence folder: no staging or temporary file stays behind.
    expect(fs.readdirSync(path.dirname(target)).sort()).toEqual(['evidence', 'school.sqlite']);
    const store = await openStore(target, { appVersion: '0.1.0-test' });
    try {
      expect(visible(store.db, target)).toEqual(before);
    } finally {
      store.close();
    }
  });
});
