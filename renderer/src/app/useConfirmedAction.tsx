import { type ReactNode, useState } from 'react';

import { useAppStore } from './appStore';
import { ConfirmDialog } from './ConfirmDialog';

export interface ConfirmedAction<T> {
  /** The question shown before doing it. */
  question(item: T): { title: string; body: ReactNode; confirmLabel: string };
  /** Does it; returns the notice shown afterwards. */
  run(item: T): Promise<string>;
  /** Runs after success (reload a list). */
  after?(): Promise<void> | void;
  /** A stable id of an item, to mark its button busy. */
  idOf(item: T): number;
}

/**
 * A destructive action on a list item (移除 a file, 撤销 an import), asked in the app's own dialog,
 * with the item's button busy meanwhile and the outcome as a notice or an error.
 */
export function useConfirmedAction<T>(action: ConfirmedAction<T>): {
  ask(item: T): void;
  busyId: number | null;
  dialog: ReactNode;
} {
  const [pending, setPending] = useState<T | null>(null);
  const [busyId, setBusyId] = useState<number | null>(null);
  const showNotice = useAppStore((s) => s.showNotice);
  const showError = useAppStore((s) => s.showError);

  async function confirm(item: T) {
    setPending(null);
    setBusyId(action.idOf(item));
    try {
      showNotice(await action.run(item));
      await action.after?.();
    } catch (e) {
      showError(e);
    } finally {
      setBusyId(null);
    }
  }

  const q = pending !== null ? action.question(pending) : null;
  const dialog =
    pending !== null && q ? (
      <ConfirmDialog
        title={q.title}
        confirmLabel={q.confirmLabel}
        danger
        onCancel={() => setPending(null)}
        onConfirm={() => void confirm(pending)}
      >
        {q.body}
      </ConfirmDialog>
    ) : null;
  return { ask: setPending, busyId, dialog };
}
