import type { ApiError, ApiResult } from '../../../shared/api/apiError.js';

/** What the window's process (Electron main) sends the core process. */
export type ToCore =
  | { t: 'start'; dbPath: string; dataDir: string; appVersion: string }
  | { t: 'call'; id: number; name: string; input: unknown }
  /** What only the window's process may ask (never the page): see MainRequest. Answered by 'result'. */
  | { t: 'main'; id: number; request: MainRequest }
  | { t: 'printed'; id: number; bytes?: Uint8Array; error?: string }
  | { t: 'close' };

/** What the core process sends back. */
export type FromCore =
  | { t: 'ready' }
  /** The database could not be opened: main says why in a dialog and quits; nothing was changed. */
  | { t: 'startFailed'; error: ApiError }
  | { t: 'result'; id: number; result: ApiResult<unknown> }
  /** PDF printing needs a browser window, which only main can open. */
  | { t: 'print'; id: number; html: string; landscape: boolean }
  | { t: 'prewarm' }
  | { t: 'closed' };

/** Both ends of the wire: Electron's parentPort/utilityProcess, a Node child's IPC, or a test's pair. */
export interface HostPort<In, Out> {
  post(message: Out): void;
  onMessage(listener: (message: In) => void): void;
}

/**
 * Requests from Electron main itself, after a native dialog: the paths the user chose to open become
 * tokens, and an export is moved to where the user chose to save it. The page has no way to send these.
 */
export type MainRequest =
  | { op: 'grantRead'; paths: string[] }
  | { op: 'deliver'; token: string; path: string }
  /** The save dialog was cancelled: the export leaves the outbox now, not when the app closes. */
  | { op: 'discard'; token: string }
  /** app://…/files/view/<token>: the path and type of a file the window shows (a 佐证 PDF). */
  | { op: 'view'; token: string };
