// Pages that hold unsaved drafts (an invalid cell, an unfinished new row) register here. Moving to
// another page asks them first, and closing the window asks through beforeunload (the Electron
// shell turns that into its own dialog), so no draft is dropped without the user saying so.

export interface LeaveGuard {
  /** What would be lost, e.g. 「仪器设备」有 2 处未保存的修改; null when nothing. */
  pending(this: void): string | null;
  /** Asks the user; calls `proceed` if they choose to leave anyway. */
  ask(this: void, proceed: () => void): void;
}

const guards = new Set<LeaveGuard>();

function onBeforeUnload(e: BeforeUnloadEvent) {
  if (![...guards].some((g) => g.pending())) return;
  // Chromium (and Electron, which turns it into 'will-prevent-unload') asks on preventDefault.
  e.preventDefault();
}

export function registerLeaveGuard(guard: LeaveGuard): () => void {
  if (!guards.size) window.addEventListener('beforeunload', onBeforeUnload);
  guards.add(guard);
  return () => {
    guards.delete(guard);
    if (!guards.size) window.removeEventListener('beforeunload', onBeforeUnload);
  };
}

/**
 * Runs `proceed` at once when no page holds drafts and answers true; otherwise the page holding
 * them asks the user (who may still proceed) and the answer is false.
 */
export function leaveAllowed(proceed: () => void): boolean {
  const blocking = [...guards].find((g) => g.pending());
  if (!blocking) {
    proceed();
    return true;
  }
  blocking.ask(proceed);
  return false;
}
