// A local journal of values typed but not yet confirmed saved by the core: written on every
// keystroke, replayed when the application is opened again, so a crash between keystroke and save
// loses nothing. It is keyed by the open database's identity as well as the application id: two
// schools' databases (or a database and a restored backup of it) both have an application 5, and a
// journal written for one must never be replayed into the other. Without an identity (a core that
// does not report one) nothing is journalled — a lost keystroke is better than one in the wrong school.
import type { FieldValue } from '../../../../shared/packs/packSchema';
import { useAppStore } from '../../app/appStore';

const PREFIX = 'shenbaotong.unsaved.v2';

/** The storage key, or null when the open database has no identity. */
export function journalKey(databaseId: string | undefined, applicationId: number): string | null {
  return databaseId && /^[0-9a-f]{32}$/.test(databaseId) ? `${PREFIX}.${databaseId}.${applicationId}` : null;
}

function currentKey(applicationId: number): string | null {
  return journalKey(useAppStore.getState().status?.databaseId, applicationId);
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the debounced save still runs
  }
}

export function readJournal(applicationId: number): Record<string, FieldValue> {
  const key = currentKey(applicationId);
  const raw = key ? storage()?.getItem(key) : null;
  if (!raw) return {};
  try {
    const v = JSON.parse(raw) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, FieldValue>) : {};
  } catch {
    return {};
  }
}

export function writeJournal(applicationId: number, pending: Map<string, FieldValue>): void {
  const s = storage();
  const key = currentKey(applicationId);
  if (!s || !key) return;
  if (pending.size === 0) s.removeItem(key);
  else s.setItem(key, JSON.stringify(Object.fromEntries(pending)));
}
