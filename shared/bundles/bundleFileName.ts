import { MAX_NAME_LENGTH, windowsSafeName } from './windowsSafeName.js';

export interface FilledName {
  /** The safe file name, extension included. */
  fileName: string;
  /** Placeholders that had no value (left as 「××」 so the user sees what is missing). */
  missing: string[];
}

/**
 * Fills a pack's bundle name rule, e.g. 「{学校名称}职业教育高水平专业化产教融合实训中心申报材料（{申报专业}专业）」.
 * Placeholders are `{key}` (also `{{key}}`); keys are looked up as given, so a pack may use Chinese
 * or ASCII keys. The result is made safe for Windows and gets the extension.
 */
export function fillBundleName(
  template: string,
  values: Readonly<Record<string, string | number | undefined | null>>,
  ext = '.zip',
): FilledName {
  const missing: string[] = [];
  const filled = template.replace(/\{\{?\s*([^{}]+?)\s*\}?\}/g, (_m, key: string) => {
    const v = values[key];
    if (v === undefined || v === null || String(v).trim() === '') {
      missing.push(key);
      return '××';
    }
    return String(v).trim();
  });
  return { fileName: windowsSafeName(filled + ext, MAX_NAME_LENGTH + ext.length), missing };
}
