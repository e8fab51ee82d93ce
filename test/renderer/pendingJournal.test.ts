// The unsaved-keystroke journal is keyed by the database's identity: application 5 of one school's
// database never receives keystrokes typed into application 5 of another (or of a restored backup).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { useAppStore } from '../../renderer/src/app/appStore';
import { journalKey, readJournal, writeJournal } from '../../renderer/src/features/applications/pendingJournal';

class MemoryStorage {
  private items = new Map<string, string>();
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
  keys() {
    return [...this.items.keys()];
  }
}

const SCHOOL_A = 'a'.repeat(32);
const SCHOOL_B = 'b'.repeat(32);
let storage: MemoryStorage;

function openDatabase(databaseId: string) {
  useAppStore.setState({
    status: { open: true, dbLocation: '', schoolName: '', schemaVersion: 11, appVersion: 'test', databaseId },
  });
}

beforeEach(() => {
  storage = new MemoryStorage();
  (globalThis as { window?: unknown }).window = { localStorage: storage };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
  useAppStore.setState({ status: null });
});

describe('pendingJournal', () => {
  it('replays keystrokes only into the database they were typed in', () => {
    openDatabase(SCHOOL_A);
    writeJournal(5, new Map([['projectSummary', '甲校未保存的文字']]));
    expect(readJournal(5)).toEqual({ projectSummary: '甲校未保存的文字' });
    openDatabase(SCHOOL_B);
    expect(readJournal(5)).toEqual({});
    openDatabase(SCHOOL_A);
    expect(readJournal(5)).toEqual({ projectSummary: '甲校未保存的文字' });
    writeJournal(5, new Map());
    expect(storage.keys()).toEqual([]);
  });

  it('journals nothing when the database has no identity, and ignores the old keys by application id alone', () => {
    storage.setItem('shenbaotong.unsaved.5', JSON.stringify({ projectSummary: '不知来自哪个学校' }));
    openDatabase('');
    writeJournal(5, new Map([['x', '1']]));
    expect(readJournal(5)).toEqual({});
    openDatabase(SCHOOL_A);
    expect(readJournal(5)).toEqual({});
    expect(journalKey(SCHOOL_A, 5)).toBe(`shenbaotong.unsaved.v2.${SCHOOL_A}.5`);
    expect(journalKey('../x', 5)).toBeNull();
  });
});
