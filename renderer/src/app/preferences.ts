import { useEffect } from 'react';
import { create } from 'zustand';

import type { Preferences } from '../../../shared/api/preferenceCalls';
import { api } from '../api/apiClient';

interface PreferenceState {
  prefs: Preferences | null;
  load: () => Promise<void>;
  set: (change: Partial<Preferences>) => void;
}

/**
 * The choices the app remembers (「同时生成PDF」, preview zoom), kept by the core in the data folder.
 * A change shows at once and is saved in the background; a failed save only loses the memory of it.
 */
export const usePreferences = create<PreferenceState>((set, get) => ({
  prefs: null,
  async load() {
    if (get().prefs) return;
    try {
      set({ prefs: await api('preferences/get', {}) });
    } catch {
      set({ prefs: { exportWithPdf: false, previewZoom: 'fit' } });
    }
  },
  set(change) {
    const prefs = get().prefs;
    if (prefs) set({ prefs: { ...prefs, ...change } });
    api('preferences/set', change).then(
      (saved) => set({ prefs: saved }),
      () => undefined,
    );
  },
}));

/** One remembered choice and its setter; loads the preferences on first use. */
export function usePreference<K extends keyof Preferences>(
  key: K,
  fallback: Preferences[K],
): [Preferences[K], (v: Preferences[K]) => void] {
  const prefs = usePreferences((s) => s.prefs);
  const setPrefs = usePreferences((s) => s.set);
  useEffect(() => {
    void usePreferences.getState().load();
  }, []);
  return [prefs ? prefs[key] : fallback, (v) => setPrefs({ [key]: v })];
}
