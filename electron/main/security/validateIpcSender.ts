import { isAppUrl } from './appOrigin.js';

/**
 * Every IPC message must come from a frame showing our own app:// pages. A frame that was somehow
 * navigated elsewhere (or an injected subframe) gets no access to the core.
 */
export function validateIpcSender(frame: { url: string } | null | undefined): boolean {
  return !!frame && isAppUrl(frame.url);
}
