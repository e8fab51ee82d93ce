import iconv from 'iconv-lite';

/** Well-formed multi-byte UTF-8 sequences and bytes that fit no sequence. */
function utf8Shape(bytes: Uint8Array): { multi: number; invalid: number } {
  let multi = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const size = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = size > 0 && i + size <= bytes.length;
    for (let k = 1; ok && k < size; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      multi++;
      i += size;
    } else {
      invalid++;
      i++;
    }
  }
  return { multi, invalid };
}

export interface DecodedCsv {
  text: string;
  encoding: 'UTF-8' | 'UTF-16' | 'GBK';
}

/**
 * CSV bytes → text. Excel on Chinese Windows saves 「CSV（逗号分隔）」 in GBK and 「CSV UTF-8」 with a
 * BOM; other tools write UTF-8 without one. Valid UTF-8 is taken as UTF-8 (GBK text is almost never
 * valid UTF-8). Text that is mostly UTF-8 with a few bad bytes is damaged UTF-8, not GBK: decoding it
 * as GBK would garble every Chinese character silently. Bytes that fit neither encoding come out as
 * U+FFFD, which readCsvSheet refuses, naming the rows.
 */
export function decodeCsvText(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    // Excel's 「Unicode 文本」: UTF-16LE with BOM (tab-separated). An odd length is a cut character.
    const body = bytes.subarray(2);
    const text = new TextDecoder('utf-16le').decode(body);
    return { text: body.length % 2 ? `${text}\ufffd` : text, encoding: 'UTF-16' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    const { multi, invalid } = utf8Shape(bytes);
    if (multi > 4 * invalid) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'UTF-8' };
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'GBK' };
  }
}
