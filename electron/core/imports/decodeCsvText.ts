import iconv from 'iconv-lite';

/**
 * CSV bytes → text. Excel on Chinese Windows saves 「CSV（逗号分隔）」 in GBK and 「CSV UTF-8」 with a
 * BOM; other tools write UTF-8 without one. Valid UTF-8 is taken as UTF-8 (GBK text is almost never
 * valid UTF-8); anything else is read as GB18030, the superset of GBK.
 */
export function decodeCsvText(bytes: Uint8Array): { text: string; encoding: 'UTF-8' | 'UTF-16' | 'GBK' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    // Excel's 「Unicode 文本」: UTF-16LE with BOM (tab-separated).
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf16le'), encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'GBK' };
  }
}
