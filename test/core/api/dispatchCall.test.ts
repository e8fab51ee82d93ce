import fs from 'node:fs';

import { afterEach, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall';
import { handlerLoaders } from '../../../electron/core/api/handlerLoaders';
import { CALL_NAMES } from '../../../shared/api/contract';
import { call, tempContext } from '../support/tempContext';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('dispatchCall', () => {
  it('has exactly one handler for every call of the contract, in the folder named by its namespace', async () => {
    const names: string[] = [];
    for (const [ns, load] of Object.entries(handlerLoaders)) {
      const keys = Object.keys(await load());
      expect(keys.filter((k) => !k.startsWith(`${ns}/`))).toEqual([]);
      names.push(...keys);
    }
    expect(names.sort()).toEqual([...CALL_NAMES].sort());
    // A reader finds 'application/rename' under core/applications: each loader imports from there.
    const source = fs.readFileSync('electron/core/api/handlerLoaders.ts', 'utf8');
    for (const ns of Object.keys(handlerLoaders)) {
      const folder = new RegExp(`^  ${ns}: async \\(\\) => \\(await import\\('\\.\\./(${ns}|${ns}s)/`, 'm');
      expect(source, ns).toMatch(folder);
    }
  });

  it('refuses an unknown call and input of the wrong type before any handler runs, in Chinese, naming the field', async () => {
    const t = tempContext();
    cleanup = () => t.cleanup();
    const unknown = await dispatchCall(t.ctx, 'drop/everything', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CALL' } });
    const bad = await dispatchCall(t.ctx, 'store/createEmpty', { schoolName: 12345 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('BAD_INPUT');
      expect(bad.error.where?.field).toBe('schoolName');
      expect(bad.error.message).toMatch(/字段「学校名称」应为文本/);
    }
    const extra = await dispatchCall(t.ctx, 'store/createEmpty', { schoolName: '甲校', sql: 'DROP TABLE school' });
    expect(extra).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
    expect(fs.existsSync(t.ctx.dbPath)).toBe(false);
  });

  it('asks for a database before data calls on first run', async () => {
    const t = tempContext();
    cleanup = () => t.cleanup();
    const r = await dispatchCall(t.ctx, 'dataset/list', { dataset: 'enterprises' });
    expect(r).toMatchObject({ ok: false, error: { code: 'NO_DATABASE' } });
    expect((await call(t.ctx, 'store/status', {})).open).toBe(false);
  });

  it('opens the demo school as a fresh copy and saves edits to the school and its enterprises', async () => {
    const t = tempContext();
    cleanup = () => t.cleanup();
    const status = await call(t.ctx, 'store/createDemo', {});
    expect(status.open).toBe(true);
    expect(status.schoolName).toBe('河南示范职业技术学院');
    const school = (await call(t.ctx, 'dataset/list', { dataset: 'school' })).rows[0];
    await call(t.ctx, 'dataset/save', { dataset: 'school', upserts: [{ id: school.id, name: '河南新名称职业学院' }] });
    expect((await call(t.ctx, 'store/status', {})).schoolName).toBe('河南新名称职业学院');
    // A second demo cannot overwrite the open database.
    await expect(call(t.ctx, 'store/createDemo', {})).rejects.toThrow(/已经打开/);
  });

  it('refuses a wrong 统一社会信用代码 saying which character is wrong, and saves nothing of the batch', async () => {
    const t = tempContext();
    cleanup = () => t.cleanup();
    await call(t.ctx, 'store/createDemo', {});
    const before = (await call(t.ctx, 'dataset/list', { dataset: 'enterprises' })).rows.length;
    type SaveError = {
      code: string;
      message: string;
      details: { message: string; where: { row: number; field: string } }[];
    };
    const err: SaveError = await call(t.ctx, 'dataset/save', {
      dataset: 'enterprises',
      upserts: [
        { name: '好企业有限公司', creditCode: '91410100MA3X5K7P2X' },
        { name: '错代码有限公司', creditCode: '91410100MA3X5K7P2Y' },
      ],
    }).then(
      () => ({ code: 'SAVED', message: '', details: [] }),
      (e: { apiError: SaveError }) => e.apiError,
    );
    expect(err.code).toBe('INVALID_ROWS');
    expect(err.details[0].message).toMatch(/第 18 位.*「Y」.*应为「X」/);
    expect(err.details[0].where).toMatchObject({ row: 2, field: 'creditCode' });
    expect((await call(t.ctx, 'dataset/list', { dataset: 'enterprises' })).rows.length).toBe(before);
  });
});
