// The editor's state: the application as the core resolved it, the user's typing applied at once,
// every change saved ~300 ms after the last keystroke (and at once on blur, page hide or leaving),
// a local journal replayed on the next open so a crash loses nothing.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { OutputOf } from '../../../../shared/api/contract';
import { localIsoDate } from '../../../../shared/format/localIsoDate';
import type { FieldValue, ResolvedApplication, ResolvedField } from '../../../../shared/packs/packSchema';
import { recomputeFields } from '../../../../shared/packs/recomputeFields';
import { api } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { withTypedValue } from './localField';
import { type JournalOwner, readJournal, writeJournal } from './pendingJournal';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';
export type LoadedApplication = OutputOf<'application/get'>;
type FieldUpdate = OutputOf<'application/setValue'>;

export const SAVE_DELAY_MS = 300;

export function useApplicationEditor(applicationId: number) {
  const [data, setData] = useState<LoadedApplication | null>(null);
  const [fields, setFields] = useState<Record<string, ResolvedField>>({});
  const [counts, setCounts] = useState<{
    completeness: ResolvedApplication['completeness'];
    exportBlocked: boolean;
  } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [saveError, setSaveError] = useState<string | null>(null);
  const [restored, setRestored] = useState(0);
  const pending = useRef(new Map<string, FieldValue>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const place = useAppStore((s) => s.status?.dbLocation ?? '');
  // Known once the application is read: the journal is kept for this database's application only.
  const owner = useRef<JournalOwner | null>(null);
  const journal = useCallback(() => {
    if (owner.current) writeJournal(owner.current, pending.current);
  }, []);

  // Totals and ratios (computed fields) follow every keystroke, before the core has the value.
  const loaded = useRef<LoadedApplication | null>(null);
  const withComputed = useCallback(
    (f: Record<string, ResolvedField>) =>
      loaded.current
        ? recomputeFields(loaded.current.pack, loaded.current.resolved.params, f, localIsoDate(new Date()))
        : f,
    [],
  );

  const applyUpdate = useCallback(
    (key: string, u: FieldUpdate) => {
      // A value typed after this save was sent stays on screen; only its problems wait for its own save.
      if (!pending.current.has(key)) setFields((f) => withComputed({ ...f, [key]: u.field }));
      setCounts({ completeness: u.completeness, exportBlocked: u.exportBlocked });
    },
    [withComputed],
  );

  const saveBatch = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const batch = [...pending.current.entries()];
    if (!batch.length) return;
    setSaveState('saving');
    for (const [key, value] of batch) {
      try {
        // Remove before the call so a keystroke during it re-queues the key.
        if (pending.current.get(key) === value) pending.current.delete(key);
        const u = await api('application/setValue', { applicationId, fieldKey: key, value: value });
        applyUpdate(key, u);
        journal();
      } catch (e) {
        if (!pending.current.has(key)) pending.current.set(key, value);
        journal();
        setSaveError(errorText(e));
        setSaveState('error');
        return;
      }
    }
    setSaveError(null);
    setSaveState(pending.current.size ? 'pending' : 'saved');
  }, [applicationId, applyUpdate, journal]);

  /** Saves everything typed so far now; resolves when the core has it. */
  const flush = useCallback((): Promise<void> => {
    chain.current = chain.current.then(saveBatch, saveBatch);
    return chain.current;
  }, [saveBatch]);

  const load = useCallback(async () => {
    try {
      let d = await api('application/get', { applicationId });
      owner.current = { place, applicationId, createdAt: d.application.createdAt };
      // Values typed before a crash or a closed window are saved first, then the view is read again.
      const kept = readJournal(owner.current);
      const keys = Object.keys(kept);
      for (const k of keys) if (!pending.current.has(k)) pending.current.set(k, kept[k]);
      if (keys.length) {
        await flush();
        setRestored(keys.length);
        d = await api('application/get', { applicationId });
      }
      loaded.current = d;
      setData(d);
      setFields(d.resolved.fields);
      setCounts({ completeness: d.resolved.completeness, exportBlocked: d.resolved.exportBlocked });
      setLoadError(null);
    } catch (e) {
      setLoadError(errorText(e));
    }
  }, [applicationId, place, flush]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('beforeunload', onHide);
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('beforeunload', onHide);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush(); // leaving the page inside the app
    };
  }, [flush]);

  const setValue = useCallback(
    (key: string, value: FieldValue) => {
      setFields((f) => (f[key] ? withComputed({ ...f, [key]: withTypedValue(f[key], value) }) : f));
      pending.current.set(key, value);
      journal();
      setSaveState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
    },
    [journal, flush, withComputed],
  );

  const run = useCallback(
    async (key: string, call: () => Promise<FieldUpdate>) => {
      await flush();
      pending.current.delete(key);
      journal();
      setSaveState('saving');
      try {
        applyUpdate(key, await call());
        setSaveState('saved');
        setSaveError(null);
      } catch (e) {
        setSaveError(errorText(e));
        setSaveState('error');
      }
    },
    [journal, applyUpdate, flush],
  );

  return {
    data,
    fields,
    counts,
    loadError,
    saveState,
    saveError,
    restored,
    reload: load,
    flush,
    setValue,
    reset: (key: string) => run(key, () => api('application/resetValue', { applicationId, fieldKey: key })),
    accept: (key: string, code: string, accepted: boolean) =>
      run(key, () => api('application/acceptProblem', { applicationId, fieldKey: key, code, accepted })),
  };
}

export type ApplicationEditor = ReturnType<typeof useApplicationEditor>;
