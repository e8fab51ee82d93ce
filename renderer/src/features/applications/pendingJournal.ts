// A local journal of values typed but not yet confirmed saved by the core: written on every
// keystroke, replayed when the application is opened again, so a crash between keystroke and save
// loses nothing. An application id alone names a different application in another school's
// database (or in a new database at the same place), so each entry is kept under the database's
// location and remembers when its application was created; an entry for another is never replayed.
import type { FieldValue } from '../../../../shared/packs/packSchema';

/** Whose values these are: the database (its location) and the application's creation time. */
export interface JournalOwner {
  place: string;
  applicationId: number;
  createdAt: string;
}

interface JournalEntry {
  createdAt: string;
  values: Record<string, FieldValue>;
}

const keyOf = (o: JournalOwner) => `shenbaotong.unsaved.${o.place}#${o.applicationId}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the debounced save still runs
  }
}

function isEntry(v: unknown): v is JournalEntry {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const e = v as Partial<JournalEntry>;
  return typeof e.createdAt === 'string' && !!e.values && typeof e.values === 'object' && !Array.isArray(e.values);
}

/** The values typed for this very application; an entry left by another one is dropped. */
export function readJournal(owner: JournalOwner): Record<string, FieldValue> {
  const s = storage();
  const raw = s?.getItem(keyOf(owner));
  if (!s || !raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    if (isEntry(v) && v.createdAt === owner.createdAt) return v.values;
  } catch {
    // unreadable: dropped below
  }
  s.removeItem(keyOf(owner));
  return {};
}

export function writeJournal(owner: JournalOwner, pending: Map<string, FieldValue>): void {
  const s = storage();
  if (!s) return;
  if (pending.size === 0) s.removeItem(keyOf(owner));
  else {
    const entry: JournalEntry = { createdAt: owner.createdAt, values: Object.fromEntries(pending) };
    s.setItem(keyOf(owner), JSON.stringify(entry));
  }
}
