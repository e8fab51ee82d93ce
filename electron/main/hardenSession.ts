import type { Session } from 'electron';

import { CONTENT_SECURITY_POLICY } from '../core/security/contentSecurityPolicy.js';
import { isAllowedRequest } from './security/isAllowedRequest.js';

/**
 * The session-wide rules: no permission is ever granted (camera, notifications, geolocation …), no
 * request leaves app:// (the app is offline by design), every response carries the CSP, and the
 * spell checker, which would download dictionaries, stays off.
 */
export function hardenSession(ses: Session, opts: { allowDevtools: boolean }): void {
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, { allowDevtools: opts.allowDevtools });
    if (!allowed) console.warn(`[申报通] 已阻止网络请求 / blocked request: ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...(details.responseHeaders ?? {}) };
    const hasCsp = Object.keys(headers).some((k) => k.toLowerCase() === 'content-security-policy');
    if (!hasCsp) headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
}
