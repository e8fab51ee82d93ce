// dataset/save as the grid uses it: a refused row is named as sent (so the grid can mark the cell),
// and a row deleted and typed again in one save is not a duplicate of itself.
import { describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall';
import { eachTestFreshContext } from '../imports/importTestKit';
import { call } from '../support/tempContext';

const fresh = eachTestFreshContext();
const asset = (no: string) => ({ assetNo: no, name: '示波器', amount: '100', purchaseDate: '2021-05-01' });

describe('saving a data set', () => {
  it('names the row and the key field of a duplicate, and saves nothing', async () => {
    await call(fresh.t.ctx, 'dataset/save', { dataset: 'equipment', upserts: [asset('SB1')] });
    const r = await dispatchCall(fresh.t.ctx, 'dataset/save', {
      dataset: 'equipment',
      upserts: [asset('SB2'), asset('SB3'), asset('SB1')],
    });
    if (r.ok) throw new Error('expected a refusal');
    expect(r.error).toMatchObject({ code: 'DUPLICATE', where: { row: 3, field: 'assetNo', column: '资产编号' } });
    expect(r.error.message).toContain('「资产编号」SB1');
    expect((await call(fresh.t.ctx, 'dataset/list', { dataset: 'equipment' })).rows).toHaveLength(1);
  });

  it('deletes before it inserts, so a row removed and typed again in one save is kept', async () => {
    const { ids } = await call(fresh.t.ctx, 'dataset/save', { dataset: 'equipment', upserts: [asset('SB1')] });
    await call(fresh.t.ctx, 'dataset/save', { dataset: 'equipment', upserts: [asset('SB1')], deletes: ids });
    const { rows } = await call(fresh.t.ctx, 'dataset/list', { dataset: 'equipment' });
    expect(rows.map((x) => x.assetNo)).toEqual(['SB1']);
  });
});
