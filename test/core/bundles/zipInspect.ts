// Reads a zip's raw structure (central directory and local headers) without a zip library, so the
// tests check the bytes Windows Explorer will see.
export interface RawEntry {
  name: string;
  centralFlags: number;
  localFlags: number;
}

export function rawZipEntries(zip: Buffer): RawEntry[] {
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0; i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory record');
    const flags = zip.readUInt16LE(p + 8);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) !== 0x04034b50) throw new Error('bad local header');
    out.push({
      name: zip.subarray(p + 46, p + 46 + nameLen).toString('utf8'),
      centralFlags: flags,
      localFlags: zip.readUInt16LE(local + 6),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}
