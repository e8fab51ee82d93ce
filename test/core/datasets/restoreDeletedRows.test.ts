// 撤销 of 删除行 as the grid does it through dataset/save: a deleted row comes back under its old id
// with its 佐证 links, accepted rule exceptions and the rows that referred to it (kept aside by the
// delete, migration 0014), again
// after a second delete; a new row that takes the deleted row's id inherits nothing; what is kept
// goes when the grid says the delete can no longer be undone, and when the store is opened again.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall';
import { openStore } from '../../../electron/core/store/openStore';
import { eachTestFreshContext } from '../imports/importTestKit';
import { chosenFile } from '../support/chosenFile';
import { call } from '../support/tempContext';

const fresh = eachTestFreshContext();
const ctx = () => fresh.t.ctx;

// 金额 3000 ≠ 单价 1200 × 数量 3: saved only as an accepted exception.
const bought = { purchaseDate: '2021-05-01' };
const discounted = { assetNo: 'SB1', name: '示波器', unitPrice: '1200', quantity: 3, amount: '3000', ...bought };
const RULE = 'amountIsPriceTimesQuantity';

async function pdf(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText(`Document ${Buffer.from(text).toString('hex')}`, { x: 60, y: 760, size: 18 });
  return Buffer.from(await doc.save());
}

async function attach(rowId: number, name: string, note = '') {
  const file = chosenFile(ctx(), name, await pdf(name));
  return call(ctx(), 'evidence/add', { dataset: 'equipment', rowId, file, note });
}

async function evidenceOf(rowId: number) {
  const { items } = await call(ctx(), 'evidence/list', { dataset: 'equipment', rowId });
  return items.map((i) => ({ name: i.name, note: i.note, hash: i.hash, createdAt: i.createdAt }));
}

function acceptedAt(rowId: number): string[] {
  return (
    ctx()
      .store!.db.prepare("SELECT rule || '@' || accepted_at AS x FROM dataset_rule_exception WHERE row_id = ?")
      .all(rowId) as { x: string }[]
  ).map((r) => r.x);
}

function keptCount(): number {
  const db = ctx().store!.db;
  const n = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
  return n('evidence_link_kept') + n('rule_exception_kept');
}

/** A row with an exception and two 佐证, as a clerk leaves it before deleting it. */
async function rowWithEvidence() {
  const { ids } = await call(ctx(), 'dataset/save', {
    dataset: 'equipment',
    upserts: [{ assetNo: 'SB0', name: '万用表', amount: '80', ...bought }, discounted],
    exceptions: [{ index: 1, rules: [RULE] }],
  });
  const id = ids[1];
  await attach(id, '发票.pdf', '采购发票');
  await attach(id, '验收单.pdf');
  return { id, evidence: await evidenceOf(id), accepted: acceptedAt(id) };
}

/** The grid's undo of the delete: the row's cells again, as a new row that brings back `id`. */
const restore = (id: number, extra: object = {}) =>
  call(ctx(), 'dataset/save', {
    dataset: 'equipment',
    upserts: [discounted],
    exceptions: [{ index: 0, rules: [RULE] }],
    restores: [{ index: 0, id }],
    ...extra,
  });

describe('undoing a deleted row', () => {
  it('brings it back under its id with its 佐证 and exceptions; redo deletes them, a second undo brings them back', async () => {
    const before = await rowWithEvidence();
    expect(before.evidence).toHaveLength(2);

    await call(ctx(), 'dataset/save', { dataset: 'equipment', upserts: [], deletes: [before.id] });
    expect(await evidenceOf(before.id)).toEqual([]);
    expect(acceptedAt(before.id)).toEqual([]);

    for (let round = 0; round < 2; round++) {
      const { ids } = await restore(before.id);
      expect(ids).toEqual([before.id]);
      expect(await evidenceOf(before.id)).toEqual(before.evidence);
      // The exception is the one accepted at first, not a new acceptance.
      expect(acceptedAt(before.id)).toEqual(before.accepted);
      const list = await call(ctx(), 'dataset/list', { dataset: 'equipment' });
      expect(list.rows.find((r) => r.id === before.id)).toMatchObject({ assetNo: 'SB1', amount: 300_000 });
      expect(list.exceptions).toEqual([{ rowId: before.id, rule: RULE }]);
      expect(keptCount()).toBe(0);
      // 重做: deleted again, kept again.
      await call(ctx(), 'dataset/save', { dataset: 'equipment', upserts: [], deletes: [before.id] });
      expect(await evidenceOf(before.id)).toEqual([]);
      expect(keptCount()).toBe(3);
    }
    // The preview still opens: the file stayed while the row could come back.
    await restore(before.id);
    const got = await call(ctx(), 'evidence/get', { hash: before.evidence[0].hash });
    expect(got).toMatchObject({ name: '发票.pdf', mime: 'application/pdf' });
  });

  it('works when the delete and the undo reach the core in one save (the undo came before the autosave)', async () => {
    const before = await rowWithEvidence();
    const { ids } = await restore(before.id, { deletes: [before.id] });
    expect(ids).toEqual([before.id]);
    expect(await evidenceOf(before.id)).toEqual(before.evidence);
    expect(acceptedAt(before.id)).toEqual(before.accepted);
  });

  it('never gives a deleted row’s 佐证 to a new row that takes its id; the undone row comes back under a new id with them', async () => {
    const before = await rowWithEvidence();
    await call(ctx(), 'dataset/save', { dataset: 'equipment', upserts: [], deletes: [before.id] });
    // SQLite hands the deleted last row's id to the next new row.
    const { ids: newIds } = await call(ctx(), 'dataset/save', {
      dataset: 'equipment',
      upserts: [{ assetNo: 'SB9', name: '新示波器', amount: '900', ...bought }],
    });
    expect(newIds[0]).toBe(before.id);
    expect(await evidenceOf(newIds[0])).toEqual([]);
    expect(acceptedAt(newIds[0])).toEqual([]);

    const { ids } = await restore(before.id);
    expect(ids[0]).not.toBe(before.id);
    expect(await evidenceOf(ids[0])).toEqual(before.evidence);
    expect(acceptedAt(ids[0]).map((x) => x.split('@')[0])).toEqual([RULE]);
    expect(await evidenceOf(newIds[0])).toEqual([]);
    const list = await call(ctx(), 'dataset/list', { dataset: 'equipment' });
    expect(list.rows.find((r) => r.id === newIds[0])).toMatchObject({ assetNo: 'SB9' });
  });

  it('a plain new row never picks up what is kept, even when it reuses the id', async () => {
    const before = await rowWithEvidence();
    await call(ctx(), 'dataset/save', { dataset: 'equipment', upserts: [], deletes: [before.id] });
    const { ids } = await call(ctx(), 'dataset/save', {
      dataset: 'equipment',
      upserts: [discounted],
      exceptions: [{ index: 0, rules: [RULE] }],
    });
    expect(ids[0]).toBe(before.id);
    expect(await evidenceOf(ids[0])).toEqual([]);
    expect(keptCount()).toBe(3);
  });

  it('forgets what was kept when the grid says so, and when the store is opened again', async () => {
    const before = await rowWithEvidence();
    await call(ctx(), 'dataset/save', { dataset: 'equipment', upserts: [], deletes: [before.id] });
    expect(keptCount()).toBe(3);
    await call(ctx(), 'dataset/save', { dataset: 'equipment', upserts: [], forget: [before.id] });
    expect(keptCount()).toBe(0);
    // Brought back after that, the row keeps its cells; its 佐证 no longer come with it.
    const { ids } = await restore(before.id);
    expect(ids).toEqual([before.id]);
    expect(await evidenceOf(before.id)).toEqual([]);

    await call(ctx(), 'dataset/save', { dataset: 'equipment', upserts: [], deletes: [before.id] });
    expect(keptCount()).toBe(1); // its exception, sent again with it
    ctx().store!.close();
    const reopened = await openStore(fresh.t.dbPath, { appVersion: 'test' });
    ctx().setStore(reopened);
    expect(keptCount()).toBe(0);
  });

  it('leaves what was kept alone when a CLI command opens the same database meanwhile', async () => {
    const before = await rowWithEvidence();
    await call(ctx(), 'dataset/save', { dataset: 'equipment', upserts: [], deletes: [before.id] });
    const cli = await openStore(fresh.t.dbPath, { appVersion: 'test' });
    cli.close();
    expect(keptCount()).toBe(3);
    await restore(before.id);
    expect((await evidenceOf(before.id)).map((e) => e.name)).toContain('发票.pdf');
  });

  it('keeps a 佐证 file that only a deleted row (which 撤销 may bring back) still uses', async () => {
    const before = await rowWithEvidence();
    // Another row shares the 发票 file; its link is removed while the first row is deleted.
    const other = await call(ctx(), 'dataset/list', { dataset: 'equipment' });
    const otherId = other.rows.find((r) => r.assetNo === 'SB0')!.id as number;
    const shared = await attach(otherId, '发票.pdf');
    await call(ctx(), 'dataset/save', { dataset: 'equipment', upserts: [], deletes: [before.id] });
    expect(await call(ctx(), 'evidence/remove', { linkId: shared.linkId })).toEqual({ removed: true });
    await restore(before.id);
    expect(await evidenceOf(before.id)).toEqual(before.evidence);
    expect(await call(ctx(), 'evidence/get', { hash: shared.hash })).toMatchObject({ name: '发票.pdf' });
  });

  it('points the 仪器设备 that were in a deleted 实训场所 back to it, unless one was moved meanwhile', async () => {
    const room = { centre: '智能制造实训中心', name: '数控实训室' };
    const { ids: roomIds } = await call(ctx(), 'dataset/save', { dataset: 'rooms', upserts: [room] });
    const roomId = roomIds[0];
    const { ids: other } = await call(ctx(), 'dataset/save', {
      dataset: 'rooms',
      upserts: [{ centre: '智能制造实训中心', name: '钳工实训室' }],
    });
    const inRoom = (n: number) => ({ assetNo: `SB${n}`, name: '数控车床', amount: '100', ...bought, roomId });
    const { ids } = await call(ctx(), 'dataset/save', { dataset: 'equipment', upserts: [inRoom(1), inRoom(2)] });
    const rooms = async () =>
      (await call(ctx(), 'dataset/list', { dataset: 'equipment' })).rows.map((r) => [r.id, r.roomId]);

    await call(ctx(), 'dataset/save', { dataset: 'rooms', upserts: [], deletes: [roomId] });
    expect(await rooms()).toEqual([
      [ids[0], null],
      [ids[1], null],
    ]);
    await call(ctx(), 'dataset/save', { dataset: 'equipment', upserts: [{ id: ids[1], roomId: other[0] }] });
    const back = await call(ctx(), 'dataset/save', {
      dataset: 'rooms',
      upserts: [room],
      restores: [{ index: 0, id: roomId }],
    });
    expect(back.ids).toEqual([roomId]);
    expect(await rooms()).toEqual([
      [ids[0], roomId],
      [ids[1], other[0]],
    ]);
  });

  it('refuses a restore that names a stored row or a row not sent, and saves nothing', async () => {
    const before = await rowWithEvidence();
    await call(ctx(), 'dataset/save', { dataset: 'equipment', upserts: [], deletes: [before.id] });
    for (const bad of [
      { upserts: [{ id: 1, name: '改名' }], restores: [{ index: 0, id: before.id }] },
      { upserts: [], restores: [{ index: 0, id: before.id }] },
      { upserts: [discounted], restores: [{ index: 0, id: -4 }] },
    ]) {
      const r = await dispatchCall(ctx(), 'dataset/save', { dataset: 'equipment', ...bad });
      expect(r.ok).toBe(false);
    }
    expect(await evidenceOf(before.id)).toEqual([]);
    expect(keptCount()).toBe(3);
    expect((await call(ctx(), 'dataset/list', { dataset: 'equipment' })).rows.map((r) => r.name)).toEqual(['万用表']);
  });
});
