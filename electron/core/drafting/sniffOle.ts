// What an OLE2 compound file (.doc, .xls, and Kingsoft's .wps/.et, which are the same formats) holds,
// by the names of its streams: a Word document has a WordDocument stream, an Excel workbook a
// Workbook (BIFF8) or Book (BIFF5) stream. Directory entries are 128-byte records aligned to 128
// bytes after the header, each a UTF-16 name, its byte length and an object type.

/** OLE2 compound file signature. */
export const isOle = (b: Uint8Array): boolean =>
  b.length > 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

const ENTRY = 128;

/** Names of the streams and storages the file's directory lists. */
export function oleEntryNames(b: Uint8Array): Set<string> {
  const names = new Set<string>();
  if (!isOle(b)) return names;
  for (let at = 512; at + ENTRY <= b.length; at += ENTRY) {
    const byteLen = b[at + 64] | (b[at + 65] << 8);
    const type = b[at + 66];
    if (byteLen < 4 || byteLen > 64 || byteLen % 2 || type < 1 || type > 5) continue;
    let name = '';
    let ok = true;
    for (let k = 0; k < byteLen - 2; k += 2) {
      const code = b[at + k] | (b[at + k + 1] << 8);
      if (code < 0x20 && k > 0) ok = false;
      name += String.fromCharCode(code);
    }
    // The name ends with a NUL, exactly where the length says.
    if (ok && b[at + byteLen - 2] === 0 && b[at + byteLen - 1] === 0) names.add(name);
  }
  return names;
}

/** The format an OLE2 file holds: a Word document, an Excel workbook, or neither. */
export function oleFormat(b: Uint8Array): 'doc' | 'xls' | undefined {
  const names = oleEntryNames(b);
  if (names.has('WordDocument')) return 'doc';
  if (names.has('Workbook') || names.has('Book')) return 'xls';
  return undefined;
}
