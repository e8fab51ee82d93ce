// 数据库检查 finds what SQLite's own checks cannot: a 佐证 file gone or changed on disk, a link on a
// record that is gone, an application whose notice is missing, a row without a valid year — and
// reports it in plain words, changing nothing.
import fs from 'node:fs';
import path from 'node:path';

import { PDFDocument } from 'pdf-lib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { checkDatabase } from '../../../electron/core/store/checkDatabase';
import { chosenFile } from '../support/chosenFile';
import { call, tempContext } from '../support/tempContext';

let t: ReturnType<typeof tempContext>;
beforeEach(async () => {
  t = tempContext();
  await call(t.ctx, 'store/createDemo', {});
});
afterEach(() => t.cleanup());

const failing = () =>
  checkDatabase(t.ctx.store!, t.ctx.now())
    .items.filter((i) => !i.ok)
    .map((i) => [i.id, i.problems]);

describe('数据库检查', () => {
  it('passes the demo school', async () => {
    const r = await call(t.ctx, 'backup/checkDatabase', {});
    expect(r.ok).toBe(true);
    expect(r.summary).toBe('数据库完好，没有发现问题');
    expect(r.items.map((i) => i.id)).toEqual([
      'integrity',
      'foreignKeys',
      'schema',
      'school',
      'evidenceFiles',
      'evidenceLinks',
      'applications',
      'years',
    ]);
  });

  it('names a 佐证 file that is missing or changed, a link on a deleted record and a notice that is gone', async () => {
    const db = t.ctx.store!.db;
    const doc = await PDFDocument.create();
    doc.addPage();
    const pdf = Buffer.from(await doc.save());
    const enterpriseId = (db.prepare('SELECT min(id) AS id FROM enterprise').get() as { id: number }).id;
    const item = await call(t.ctx, 'evidence/add', {
      dataset: 'enterprises',
      rowId: enterpriseId,
      file: chosenFile(t.ctx, '营业执照.pdf', pdf),
    });
    const file = path.join(t.dir, 'evidence', item.hash.slice(0, 2), item.hash);
    fs.appendFileSync(file, 'x');
    db.exec('DROP TRIGGER enterprise_evidence_links_go');
    db.prepare('DELETE FROM enterprise WHERE id = ?').run(enterpriseId);
    db.prepare("UPDATE application SET pack_id = 'henan-2099-1' WHERE id = (SELECT min(id) FROM application)").run();
    const before = fs.readFileSync(t.ctx.dbPath);
    expect(failing()).toEqual([
      ['evidenceFiles', ['「营业执照.pdf」的文件内容已被改动或损坏']],
      ['evidenceLinks', ['「合作企业及成员单位」中有 1 个佐证材料挂在已不存在的记录上']],
      ['applications', [expect.stringMatching(/使用的通知「henan-2099-1」不在通知库中/)]],
    ]);
    fs.rmSync(file);
    expect(failing()[0]).toEqual(['evidenceFiles', ['「营业执照.pdf」的文件不在佐证材料文件夹中']]);
    expect(fs.readFileSync(t.ctx.dbPath).equals(before)).toBe(true);
  });
});
