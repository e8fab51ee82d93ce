/** What the office can do about each way a bundle is refused (the core's message says what is wrong). */
const ADVICE: Record<string, string> = {
  BUNDLE_HASH_MISMATCH: '材料包在导出后被修改或传输中损坏。请向提供材料包的单位重新索取原始文件，不要解压后重新压缩。',
  BUNDLE_MISSING_FILE: '材料包不完整。请重新索取原始文件。',
  BUNDLE_UNLISTED_FILE: '材料包中混入了清单以外的文件。请重新索取原始文件。',
  BUNDLE_UNSAFE_PATH: '这样的压缩包可能把文件写到别处，为安全起见不导入。请确认文件来源。',
  BUNDLE_SYMLINK: '这样的压缩包可能指向本机的其他文件，为安全起见不导入。请确认文件来源。',
  BUNDLE_ZIP_BOMB: '解压后会占满磁盘的压缩包，为安全起见不导入。请确认文件来源。',
  BUNDLE_TOO_LARGE: '材料包过大，请确认选对了文件。',
  BUNDLE_TOO_MANY_ENTRIES: '材料包中的文件过多，请确认选对了文件。',
  BUNDLE_TOO_NEW: '请把申报通升级到与制作方相同或更新的版本后再导入。',
  BUNDLE_NOT_ZIP: '请选择申报通导出的 .zip 申报材料包。',
  BUNDLE_NO_MANIFEST: '请选择申报通导出的 .zip 申报材料包（包内应有 manifest.json）。',
  BUNDLE_BAD_MANIFEST: '请选择申报通导出的 .zip 申报材料包。',
  BUNDLE_NO_DATA: '这个材料包没有附带数据，无法导入基础数据。',
  BUNDLE_BAD_DATA: '材料包中的数据文件已损坏，请重新索取原始文件。',
};

export function refusalAdvice(code: string): string | undefined {
  return ADVICE[code];
}
