import { isAppUrl } from './appOrigin.js';

/**
 * will-navigate / will-redirect: the window may only move within the app itself (a reload or a
 * hash route). Links to the web, file:// paths and javascript: URLs are refused; the app has no
 * reason to leave its own pages.
 */
export function isAllowedNavigation(url: unknown): boolean {
  return isAppUrl(url);
}
