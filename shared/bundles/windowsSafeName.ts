// The one file-name sanitizer: every name the app writes or suggests (bundle entries and files,
// exported forms, saved downloads, the save dialog's suggestion) must survive Windows Explorer, WPS
// and upload forms on Windows 7+.

/** Windows refuses these as a file's base name, whatever the extension (CON.txt is still CON). */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Forbidden ASCII characters get their full-width twins, which read the same to a Chinese user. */
const FULL_WIDTH: Record<string, string> = {
  '<': '＜',
  '>': '＞',
  ':': '：',
  '"': '＂',
  '/': '／',
  '\\': '＼',
  '|': '｜',
  '?': '？',
  '*': '＊',
};

/** Longest single name we produce; with a folder of ~100 characters the whole path stays far below 260. */
export const MAX_NAME_LENGTH = 80;
/** Longest entry path inside the zip (folder/name). */
export const MAX_ENTRY_PATH_LENGTH = 150;

/** Cuts a string to at most `max` UTF-16 units without splitting a surrogate pair. */
function cutUtf16(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = '';
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/**
 * One path component made safe for Windows: reserved characters replaced, control characters
 * removed, no trailing dot or space, no reserved device name, and at most `maxLength` characters
 * with the extension kept (「很长的名称….docx」 keeps «.docx»).
 */
export function windowsSafeName(raw: string, maxLength = MAX_NAME_LENGTH, fallback = '未命名'): string {
  let s = raw.normalize('NFC');
  // eslint-disable-next-line no-control-regex
  s = s.replace(/[\u0000-\u001f\u007f]/g, '');
  s = s.replace(/[<>:"/\\|?*]/g, (c) => FULL_WIDTH[c]);
  s = s.trim().replace(/[. ]+$/g, '');
  if (!s) s = fallback;
  const dot = s.lastIndexOf('.');
  const hasExt = dot > 0 && s.length - dot <= 6 && /^\.[A-Za-z0-9]+$/.test(s.slice(dot));
  let stem = hasExt ? s.slice(0, dot) : s;
  const ext = hasExt ? s.slice(dot) : '';
  if (RESERVED.test(stem.split('.')[0].trim())) stem = `_${stem}`;
  stem = cutUtf16(stem, Math.max(1, maxLength - ext.length)).replace(/[. ]+$/g, '');
  if (!stem) stem = fallback;
  return stem + ext;
}

/** A relative entry path (folders joined by '/') with every component made safe and the whole kept short. */
export function windowsSafeEntryPath(parts: readonly string[], maxTotal = MAX_ENTRY_PATH_LENGTH): string {
  const safe = parts.map((p) => windowsSafeName(p));
  const joined = safe.join('/');
  if (joined.length <= maxTotal) return joined;
  const folders = safe.slice(0, -1).join('/');
  const room = maxTotal - (folders ? folders.length + 1 : 0);
  return (folders ? `${folders}/` : '') + windowsSafeName(safe[safe.length - 1], Math.max(12, room));
}

/** Makes names unique case-insensitively (Windows file systems are), adding 「（2）」 before the extension. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((n) => {
    let candidate = n;
    for (let i = 2; seen.has(candidate.toLowerCase()); i++) {
      const dot = n.lastIndexOf('.');
      candidate = dot > 0 ? `${n.slice(0, dot)}（${i}）${n.slice(dot)}` : `${n}（${i}）`;
    }
    seen.add(candidate.toLowerCase());
    return candidate;
  });
}
