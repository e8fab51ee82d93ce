// Crafts archives no honest zip writer makes: entries whose declared sizes or CRC lie, and zip bombs
// (a 600 MB sheet of zeros in well under 1 MB), to test that readers refuse them.
import zlib from 'node:zlib';

export interface CraftedEntry {
  name: string;
  /** Compressed (method 8) or stored (method 0) bytes as they go into the archive. */
  body: Buffer;
  method: 0 | 8;
  crc32: number;
  uncompressedSize: number;
}

/** An entry from plain bytes, optionally with lies in its directory record. */
export function entryOf(
  name: string,
  data: Buffer | string,
  lies: { size?: number; crc32?: number; stored?: boolean } = {},
): CraftedEntry {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return {
    name,
    body: lies.stored ? bytes : zlib.deflateRawSync(bytes),
    method: lies.stored ? 0 : 8,
    crc32: lies.crc32 ?? zlib.crc32(bytes),
    uncompressedSize: lies.size ?? bytes.length,
  };
}

/**
 * An entry of `megabytes` MB of zeros in well under a megabyte, never held inflated in memory: one MB
 * deflated as non-final blocks (sync flush) repeated, then deflate's empty final block.
 * `declaredSize` may lie about how much it inflates to.
 */
export function zeroBombEntry(name: string, megabytes: number, declaredSize?: number): CraftedEntry {
  const mb = Buffer.alloc(1024 * 1024);
  const piece = zlib.deflateRawSync(mb, { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH });
  let crc = 0;
  for (let i = 0; i < megabytes; i++) crc = zlib.crc32(mb, crc);
  const body = Buffer.concat([...Array.from({ length: megabytes }, () => piece), Buffer.from([0x03, 0x00])]);
  return { name, body, method: 8, crc32: crc, uncompressedSize: declaredSize ?? megabytes * 1048576 };
}

export function craftZip(entries: CraftedEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const header = (sig: number, size: number) => {
      const h = Buffer.alloc(size);
      h.writeUInt32LE(sig, 0);
      return h;
    };
    const lh = header(0x04034b50, 30);
    lh.writeUInt16LE(20, 4);
    lh.writeUInt16LE(0x800, 6);
    lh.writeUInt16LE(e.method, 8);
    lh.writeUInt32LE(e.crc32 >>> 0, 14);
    lh.writeUInt32LE(e.body.length, 18);
    lh.writeUInt32LE(e.uncompressedSize, 22);
    lh.writeUInt16LE(name.length, 26);
    locals.push(lh, name, e.body);
    const ch = header(0x02014b50, 46);
    ch.writeUInt16LE(20, 4);
    ch.writeUInt16LE(20, 6);
    ch.writeUInt16LE(0x800, 8);
    ch.writeUInt16LE(e.method, 10);
    ch.writeUInt32LE(e.crc32 >>> 0, 16);
    ch.writeUInt32LE(e.body.length, 20);
    ch.writeUInt32LE(e.uncompressedSize, 24);
    ch.writeUInt16LE(name.length, 28);
    ch.writeUInt32LE(offset, 42);
    centrals.push(ch, name);
    offset += 30 + name.length + e.body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="设备台账" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

/** An .xlsx whose one sheet is `sheet` (e.g. a zero bomb), around a valid workbook part. */
export function xlsxAround(sheet: CraftedEntry): Buffer {
  return craftZip([
    entryOf('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
    entryOf('xl/workbook.xml', WORKBOOK),
    entryOf('xl/_rels/workbook.xml.rels', RELS),
    { ...sheet, name: 'xl/worksheets/sheet1.xml' },
  ]);
}
