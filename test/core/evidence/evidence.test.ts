import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { EVIDENCE_MAX_BYTES } from '../../../shared/api/evidenceCalls';
import { chosenFile, expectChosenFileRefusals } from '../support/chosenFile';
import { shownBytes } from '../support/outputBytes';
import { call, tempContext } from '../support/tempContext';

let t: ReturnType<typeof tempContext>;
let enterpriseId: number;
beforeAll(async () => {
  t = tempContext();
  await call(t.ctx, 'store/createDemo', {});
  enterpriseId = (await call(t.ctx, 'dataset/list', { dataset: 'enterprises' })).rows[0].id as number;
});
afterAll(() => t.cleanup());

async function pdfBytes(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]);
  return Buffer.from(await doc.save());
}
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8ffff3f030008fc02fea79aa0a00000000049454e44ae426082',
  'hex',
);

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  return p.then(
    () => ({ code: 'NO_ERROR', message: '' }),
    (e: { apiError: { code: string; message: string } }) => e.apiError,
  );
}

describe('佐证材料 (evidence)', () => {
  it('stores a PDF by its SHA-256 beside the database, counts its pages, and gives the same bytes back', async () => {
    const bytes = await pdfBytes(3);
    const hash = crypto.createHash('sha256').update(bytes).digest('hex');
    const item = await call(t.ctx, 'evidence/add', {
      dataset: 'enterprises',
      rowId: enterpriseId,
      file: chosenFile(t.ctx, '营业执照.pdf', bytes),
      note: '合作企业（1）',
    });
    expect(item).toMatchObject({
      hash,
      mime: 'application/pdf',
      pages: 3,
      size: bytes.length,
      name: '营业执照.pdf',
      note: '合作企业（1）',
    });
    const file = path.join(t.dir, 'evidence', hash.slice(0, 2), hash);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    expect(fs.readdirSync(path.dirname(file)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const got = await call(t.ctx, 'evidence/get', { hash });
    expect(shownBytes(t.ctx, got.file).equals(bytes)).toBe(true);
  });

  it("goes with its record: a deleted enterprise's 营业执照 is not shown on the new enterprise that gets its id", async () => {
    const added = await call(t.ctx, 'dataset/save', {
      dataset: 'enterprises',
      upserts: [{ name: '即将删除的企业有限公司' }],
    });
    const id = added.ids[0];
    await call(t.ctx, 'evidence/add', {
      dataset: 'enterprises',
      rowId: id,
      file: chosenFile(t.ctx, '营业执照.png', PNG),
    });
    expect((await call(t.ctx, 'evidence/list', { dataset: 'enterprises', rowId: id })).items).toHaveLength(1);
    await call(t.ctx, 'dataset/save', { dataset: 'enterprises', upserts: [], deletes: [id] });
    expect((await call(t.ctx, 'evidence/list', { dataset: 'enterprises', rowId: id })).items).toEqual([]);
    // SQLite gives the last deleted id to the next new row.
    const next = await call(t.ctx, 'dataset/save', { dataset: 'enterprises', upserts: [{ name: '全新企业有限公司' }] });
    expect(next.ids[0]).toBe(id);
    expect((await call(t.ctx, 'evidence/list', { dataset: 'enterprises', rowId: id })).items).toEqual([]);
    // The grid's editing session ends: the link kept for 撤销 goes (and no longer holds the file).
    await call(t.ctx, 'dataset/save', { dataset: 'enterprises', upserts: [], forget: [id] });
  });

  it('keeps one file for the same content attached to two records, and removes it with the last link', async () => {
    const rows = (await call(t.ctx, 'dataset/list', { dataset: 'awards', year: 2023 })).rows;
    const a = await call(t.ctx, 'evidence/add', {
      dataset: 'awards',
      rowId: rows[0].id as number,
      file: chosenFile(t.ctx, '获奖证书.png', PNG),
    });
    const b = await call(t.ctx, 'evidence/add', {
      dataset: 'awards',
      rowId: rows[1].id as number,
      file: chosenFile(t.ctx, '证书副本.png', PNG),
    });
    expect(a.hash).toBe(b.hash);
    expect(a.mime).toBe('image/png');
    expect(a.pages).toBeNull();
    expect((await call(t.ctx, 'evidence/list', { dataset: 'awards' })).items.map((i) => i.rowId)).toEqual([
      rows[0].id,
      rows[1].id,
    ]);
    expect((await call(t.ctx, 'evidence/list', { dataset: 'awards', rowId: rows[1].id as number })).items).toHaveLength(
      1,
    );
    const file = path.join(t.dir, 'evidence', a.hash.slice(0, 2), a.hash);
    expect(await call(t.ctx, 'evidence/remove', { linkId: a.linkId })).toEqual({ removed: true });
    expect(fs.existsSync(file)).toBe(true);
    await call(t.ctx, 'evidence/remove', { linkId: b.linkId });
    expect(fs.existsSync(file)).toBe(false);
    expect((await failure(call(t.ctx, 'evidence/get', { hash: a.hash }))).code).toBe('EVIDENCE_NOT_FOUND');
    expect(await call(t.ctx, 'evidence/remove', { linkId: b.linkId })).toEqual({ removed: false });
  });

  it('judges the type by content, not by the name: a renamed program or text is refused', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    const e = await failure(
      call(t.ctx, 'evidence/add', {
        dataset: 'enterprises',
        rowId: enterpriseId,
        file: chosenFile(t.ctx, '证明.pdf', exe),
      }),
    );
    expect(e.code).toBe('EVIDENCE_TYPE');
    expect(e.message).toContain('证明.pdf');
    const broken = Buffer.from('%PDF-1.7\nnot really a pdf');
    expect(
      (
        await failure(
          call(t.ctx, 'evidence/add', {
            dataset: 'enterprises',
            rowId: enterpriseId,
            file: chosenFile(t.ctx, '坏.pdf', broken),
          }),
        )
      ).code,
    ).toBe('EVIDENCE_PDF_INVALID');
  });

  it('refuses a file not chosen, files over 50 MB (naming them) and records that do not exist, storing nothing', async () => {
    const before = (await call(t.ctx, 'evidence/list', {})).items;
    await expectChosenFileRefusals(
      t.ctx,
      'evidence/add',
      (file) => ({ dataset: 'enterprises', rowId: enterpriseId, file }),
      { maxBytes: EVIDENCE_MAX_BYTES, fileName: '扫描件.pdf' },
    );
    expect((await call(t.ctx, 'evidence/list', {})).items).toEqual(before);
    const missing = await failure(
      call(t.ctx, 'evidence/add', {
        dataset: 'teachers',
        rowId: 999999,
        file: chosenFile(t.ctx, 'a.png', PNG),
      }),
    );
    expect(missing.code).toBe('ROW_NOT_FOUND');
  });
});
