// Migration 0011: every write to the base data moves one counter, so a preview or PDF reuses the
// base data it read last (a 20,000-row ledger) exactly as long as nothing in it changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { snapshotOf } from '../../../electron/core/packs/resolveStoredApplication';
import { demoStore } from '../support/demoStore';

let env: Awaited<ReturnType<typeof demoStore>>;
beforeAll(async () => {
  env = await demoStore();
});
afterAll(() => env?.cleanup());

const version = () => (env.store.db.prepare('SELECT n FROM base_data_version').get() as { n: number }).n;

describe('base data version', () => {
  it('moves on insert, update and delete in any base data table, not on an application value', () => {
    const db = env.store.db;
    const v0 = version();
    const id = Number(
      db.prepare("INSERT INTO award (year, competition) VALUES (2024, '测试赛')").run().lastInsertRowid,
    );
    expect(version()).toBe(v0 + 1);
    db.prepare("UPDATE school SET address = '新地址' WHERE id = 1").run();
    expect(version()).toBe(v0 + 2);
    db.prepare('DELETE FROM award WHERE id = ?').run(id);
    expect(version()).toBe(v0 + 3);
    db.prepare('UPDATE application SET title = title || ?').run('');
    expect(version()).toBe(v0 + 3);
  });

  it('reuses the base data read last while nothing changed, and reads again after a change', () => {
    const db = env.store.db;
    const first = snapshotOf(db, true);
    expect(snapshotOf(db, true)).toBe(first);
    db.prepare('UPDATE equipment SET quantity = quantity WHERE id = (SELECT min(id) FROM equipment)').run();
    const second = snapshotOf(db, true);
    expect(second).not.toBe(first);
    db.prepare("UPDATE school SET name = '改名后的学校' WHERE id = 1").run();
    expect(snapshotOf(db, true).school.name).toBe('改名后的学校');
  });
});
