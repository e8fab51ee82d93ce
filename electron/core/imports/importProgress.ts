// Progress of a running Excel import, for the window's progress bar. Reading a 50,000-row ledger
// takes seconds; the renderer polls import/progress with the key it sent along with the request.
export type ImportStage = 'read' | 'check' | 'backup' | 'write';

export interface ImportProgress {
  stage: ImportStage;
  label: string;
  /** Rows done in this stage, and how many there are when known (the sheet's size as saved). */
  done: number;
  total: number | null;
}

export type ImportProgressSink = (p: ImportProgress) => void;

const running = new Map<string, ImportProgress>();

/** Runs `work` with a sink that records its progress under `key` (none: progress is dropped). */
export async function withImportProgress<T>(
  key: string | undefined,
  work: (report: ImportProgressSink) => Promise<T>,
): Promise<T> {
  if (!key) return work(() => undefined);
  running.set(key, { stage: 'read', label: '正在读取文件', done: 0, total: null });
  try {
    return await work((p) => running.set(key, p));
  } finally {
    running.delete(key);
  }
}

export function importProgressOf(key: string): ImportProgress | null {
  return running.get(key) ?? null;
}

/** Lets a waiting progress poll be answered before a long synchronous step (checking, the write transaction). */
export function yieldForProgress(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
