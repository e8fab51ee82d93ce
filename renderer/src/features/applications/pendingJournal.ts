// A local journal of values typed but not yet confirmed saved by the core: written on every
// keystroke, replayed when the application is opened again, so a crash between keystroke and save
// loses nothing.
import type { FieldValue } from '../../../../shared/packs/packSchema';

const keyOf = (applicationId: number) => `shenbaotong.unsaved.${applicationId}`;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled: the debounced save still runs
  }
}

export function readJournal(applicationId: number): Record<string, FieldValue> {
  const raw = storage()?.getItem(keyOf(applicationId));
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
  if (!s) return;
  if (pending.size === 0) s.removeItem(keyOf(applicationId));
  else s.setItem(keyOf(applicationId), JSON.stringify(Object.fromEntries(pending)));
}
