// The unsaved-keystroke journal replays only into the application it was typed for: the same
// application id in another school's database, or in a new database at the same place, gets none.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { type JournalOwner, readJournal, writeJournal } from '../../renderer/src/features/applications/pendingJournal';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

let storage: MemoryStorage;
beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { window?: unknown }).window = { localStorage: storage };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const schoolA: JournalOwner = {
  place: '/data/甲校/shenbaotong.db',
  applicationId: 3,
  createdAt: '2026-11-02T08:00:00.000Z',
};

describe('pendingJournal', () => {
  it('gives back what was typed for the same application of the same database', () => {
    writeJournal(schoolA, new Map([['title', '产教融合实训基地']]));
    expect(readJournal({ ...schoolA })).toEqual({ title: '产教融合实训基地' });
  });

  it('gives nothing to application 3 of another school’s database', () => {
    writeJournal(schoolA, new Map([['title', '甲校的项目']]));
    expect(readJournal({ ...schoolA, place: '/data/乙校/shenbaotong.db' })).toEqual({});
    // Still kept for its own application.
    expect(readJournal(schoolA)).toEqual({ title: '甲校的项目' });
  });

  it('drops the values of an application that is gone when another one gets its id at the same place', () => {
    writeJournal(schoolA, new Map([['title', '旧的申报']]));
    const newcomer = { ...schoolA, createdAt: '2026-12-01T09:30:00.000Z' };
    expect(readJournal(newcomer)).toEqual({});
    expect(readJournal(schoolA)).toEqual({});
    expect(storage.items.size).toBe(0);
  });

  it('removes the entry when nothing waits any more, and ignores an unreadable one', () => {
    writeJournal(schoolA, new Map([['title', 'x']]));
    writeJournal(schoolA, new Map());
    expect(storage.items.size).toBe(0);
    storage.setItem(`shenbaotong.unsaved.${schoolA.place}#3`, '{not json');
    expect(readJournal(schoolA)).toEqual({});
  });
});
