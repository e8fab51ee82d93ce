import { create } from 'zustand';

import { messageWithPlace } from '../../../shared/api/describePlace';
import type { StoreStatus } from '../../../shared/api/storeCalls';
import { api, ApiCallError } from '../api/apiClient';
import { leaveAllowed } from './leaveGuard';

/** Where the user is: a page id and its parameters (e.g. { page: 'dataset', dataset: 'teachers' }). */
export type Route = { page: string; [param: string]: string | number | undefined };

interface AppState {
  status: StoreStatus | null;
  route: Route;
  /** The last error, shown in the banner until dismissed. */
  error: string | null;
  notice: string | null;
  // Properties, not methods: components take them out of the store (useAppStore((s) => s.go)).
  loadStatus: () => Promise<void>;
  go: (route: Route) => void;
  showError: (e: unknown) => void;
  showNotice: (text: string) => void;
  dismiss: () => void;
}

export function errorText(e: unknown): string {
  if (e instanceof ApiCallError) return messageWithPlace(e.error.message, e.error.where);
  return e instanceof Error ? e.message : String(e);
}

export const useAppStore = create<AppState>((set) => ({
  status: null,
  route: { page: 'home' },
  error: null,
  notice: null,
  async loadStatus() {
    try {
      set({ status: await api('store/status', {}) });
    } catch (e) {
      set({ error: errorText(e) });
    }
  },
  go(route) {
    leaveAllowed(() => set({ route, error: null, notice: null }));
  },
  showError(e) {
    set({ error: errorText(e), notice: null });
  },
  showNotice(text) {
    set({ notice: text, error: null });
  },
  dismiss() {
    set({ error: null, notice: null });
  },
}));
