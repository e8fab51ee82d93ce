import { isAppUrl } from './appOrigin.js';

export interface RequestPolicy {
  /** Developer tools (unpackaged runs only) load from devtools:// and must not be cancelled. */
  allowDevtools: boolean;
}

/**
 * session.webRequest.onBeforeRequest: the app works offline, so nothing but its own app:// files
 * (and inline data:/blob: content, which never leaves the machine) may be requested. http(s), ws,
 * ftp and file:// are cancelled, so even a compromised renderer cannot reach the network or disk.
 */
export function isAllowedRequest(url: unknown, policy: RequestPolicy): boolean {
  if (typeof url !== 'string') return false;
  if (isAppUrl(url)) return true;
  if (url.startsWith('data:') || url.startsWith('blob:app://shenbaotong/')) return true;
  if (policy.allowDevtools && (url.startsWith('devtools://') || url.startsWith('chrome-devtools://'))) return true;
  return false;
}
