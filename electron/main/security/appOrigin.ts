/**
 * The renderer is served from app://shenbaotong/ (a privileged standard, secure scheme), never from
 * file://, so every security decision below can compare against one origin.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'shenbaotong';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || !url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True for URLs of our own app origin. Node's URL gives 'null' as origin for non-special schemes,
 * so protocol and host are compared instead; credentials and ports are never part of ours.
 */
export function isAppUrl(url: unknown): boolean {
  const u = parse(url);
  return (
    !!u &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}
