// Zip archives from users (.xlsx workbooks, 专业目录) are read through this, never straight by a
// library: exceljs and JSZip ignore CRC-32, so a damaged byte in a sheet would become a changed value;
// and nothing bounds what an entry inflates to, so a zip bomb fills memory before it is refused.
// Here the central directory is read first (yauzl), every size is bounded before a byte is inflated,
// each local header must agree with the directory, and each entry's bytes are checked against their
// CRC-32 and declared size as they stream — a mismatch fails the read before it ends.
import { Readable, Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

import iconv from 'iconv-lite';
import yauzl from 'yauzl';

/** Bounds for reading an archive someone else made (workbooks here; bundles and 学校数据包 in readZipSafely). */
export interface ZipLimits {
  maxEntries: number;
  /** Declared uncompressed size of one entry (a function to allow different bounds by name). */
  maxEntryBytes: number | ((name: string) => number);
  /** Declared uncompressed size of all entries together. */
  maxTotalBytes: number;
  /** Uncompressed / compressed, for entries above ratioFloorBytes (real sheets stay far below it). */
  maxRatio: number;
  ratioFloorBytes: number;
}

/** Far above any real workbook (a 50,000-row ledger's sheet is ~40 MB), far below a zip bomb. */
export function entryByteLimit(limits: ZipLimits, name: string): number {
  return typeof limits.maxEntryBytes === 'function' ? limits.maxEntryBytes(name) : limits.maxEntryBytes;
}

export const WORKBOOK_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntryBytes: 400 * 1024 * 1024,
  maxTotalBytes: 500 * 1024 * 1024,
  maxRatio: 250,
  ratioFloorBytes: 1024 * 1024,
};

export type ZipProblemKind =
  'not-zip' | 'damaged' | 'encrypted' | 'unsupported' | 'too-many-entries' | 'too-large' | 'bomb';

/** What is wrong with an archive, in terms a caller turns into its own Chinese message. */
export class ZipProblem extends Error {
  constructor(
    readonly kind: ZipProblemKind,
    /** The library's or our own technical detail, for the log only. */
    readonly detail: string,
    readonly entry?: string,
  ) {
    super(`${kind}${entry ? ` (${entry})` : ''}: ${detail}`);
    this.name = 'ZipProblem';
  }
}

export interface VerifiedZip {
  /** Entry names (files only), in directory order. */
  names: string[];
  has(name: string): boolean;
  uncompressedSize(name: string): number;
  /** The entry's bytes as a stream that errors (ZipProblem 'damaged') on a CRC or size mismatch. */
  stream(name: string): Readable;
  /** The whole entry, verified. */
  read(name: string): Promise<Buffer>;
  /** Inflates every entry once, discarding the bytes: damage anywhere is found before any is parsed. */
  verifyAll(): Promise<void>;
}

interface CheckedEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  dataStart: number;
}

function decodeName(raw: Buffer, flags: number): string {
  return (flags & 0x800) !== 0 ? raw.toString('utf8') : iconv.decode(raw, 'gbk');
}

function mb(n: number): string {
  return `${(n / 1048576).toFixed(0)} MB`;
}

function fromBuffer(bytes: Buffer): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      bytes,
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: false, autoClose: false },
      (err, zip) => (err || !zip ? reject(new ZipProblem('not-zip', err?.message ?? 'no zip')) : resolve(zip)),
    );
  });
}

function allEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const out: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      out.push(e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(out));
    zip.on('error', (e: Error) => reject(new ZipProblem('damaged', e.message)));
    zip.readEntry();
  });
}

function localHeader(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<yauzl.LocalFileHeader> {
  return new Promise((resolve, reject) =>
    zip.readLocalFileHeader(entry, {}, (err, h) => (err ? reject(err) : resolve(h))),
  );
}

const DATA_DESCRIPTOR = 0x8;
const ZIP64_MARK = 0xffffffff;

/** The local header must say what the central directory says: a sequential reader would see it. */
async function checkEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  name: string,
  limits: ZipLimits,
): Promise<CheckedEntry> {
  if ((entry.generalPurposeBitFlag & 0x1) !== 0) throw new ZipProblem('encrypted', 'entry is encrypted', name);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
    throw new ZipProblem('unsupported', `compression method ${entry.compressionMethod}`, name);
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)
    throw new ZipProblem('bomb', `compression ratio ${Math.round(ratio)}`, name);
  if (entry.uncompressedSize > entryByteLimit(limits, name))
    throw new ZipProblem('too-large', `entry inflates to ${mb(entry.uncompressedSize)}`, name);
  if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize)
    throw new ZipProblem('damaged', 'stored entry with differing sizes', name);
  let h: yauzl.LocalFileHeader;
  try {
    h = await localHeader(zip, entry);
  } catch (e) {
    throw new ZipProblem('damaged', (e as Error).message, name);
  }
  if (!h.fileName.equals(entry.fileNameRaw)) throw new ZipProblem('damaged', 'local header names another file', name);
  if (h.compressionMethod !== entry.compressionMethod)
    throw new ZipProblem('damaged', 'local header compression method differs', name);
  if ((h.generalPurposeBitFlag & DATA_DESCRIPTOR) === 0) {
    if (h.crc32 !== entry.crc32) throw new ZipProblem('damaged', 'local header CRC differs', name);
    const sizes: [number, number][] = [
      [h.compressedSize, entry.compressedSize],
      [h.uncompressedSize, entry.uncompressedSize],
    ];
    if (sizes.some(([local, central]) => local !== ZIP64_MARK && local !== central))
      throw new ZipProblem('damaged', 'local header sizes differ', name);
  }
  return {
    name,
    method: entry.compressionMethod,
    crc32: entry.crc32,
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.uncompressedSize,
    dataStart: h.fileDataStart,
  };
}

/** Counts bytes and CRC-32 as they pass; fails on more bytes than declared or a wrong sum at the end. */
class CrcCheck extends Transform {
  private crc = 0;
  private seen = 0;
  constructor(private readonly entry: CheckedEntry) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.entry.uncompressedSize)
      return done(new ZipProblem('damaged', 'entry longer than declared', this.entry.name));
    this.crc = zlib.crc32(chunk, this.crc);
    done(null, chunk);
  }
  override _flush(done: TransformCallback): void {
    if (this.seen !== this.entry.uncompressedSize)
      return done(new ZipProblem('damaged', `entry ${this.seen} bytes, declared ${this.entry.uncompressedSize}`));
    if (this.crc >>> 0 !== this.entry.crc32 >>> 0)
      return done(new ZipProblem('damaged', 'CRC-32 mismatch', this.entry.name));
    done();
  }
}

/** A chunked view of a buffer slice (so a stored entry streams like an inflated one). */
function sliceStream(bytes: Buffer, start: number, end: number): Readable {
  const CHUNK = 64 * 1024;
  return Readable.from(
    (function* () {
      for (let at = start; at < end; at += CHUNK) yield bytes.subarray(at, Math.min(end, at + CHUNK));
    })(),
    { objectMode: false },
  );
}

/**
 * Opens an archive held in memory, checking its directory and every size against `limits` before
 * anything is inflated. Throws ZipProblem.
 */
export async function openVerifiedZip(bytes: Buffer, limits: ZipLimits = WORKBOOK_ZIP_LIMITS): Promise<VerifiedZip> {
  const zip = await fromBuffer(bytes);
  try {
    if (zip.entryCount > limits.maxEntries)
      throw new ZipProblem('too-many-entries', `${zip.entryCount} entries > ${limits.maxEntries}`);
    const raw = await allEntries(zip);
    const entries = new Map<string, CheckedEntry>();
    let total = 0;
    for (const entry of raw) {
      const name = decodeName(entry.fileNameRaw, entry.generalPurposeBitFlag);
      if (name.endsWith('/')) continue;
      if (entries.has(name)) throw new ZipProblem('damaged', 'the same name twice', name);
      entries.set(name, await checkEntry(zip, entry, name, limits));
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) throw new ZipProblem('too-large', `entries inflate to over ${mb(total)}`);
    }
    const get = (name: string): CheckedEntry => {
      const e = entries.get(name);
      if (!e) throw new ZipProblem('damaged', 'no such entry', name);
      return e;
    };
    const stream = (name: string): Readable => {
      const e = get(name);
      const source = sliceStream(bytes, e.dataStart, e.dataStart + e.compressedSize);
      const check = new CrcCheck(e);
      const fail = (err: Error) =>
        check.destroy(err instanceof ZipProblem ? err : new ZipProblem('damaged', err.message, name));
      if (e.method === 0) {
        source.on('error', fail);
        return source.pipe(check);
      }
      // 64 KB pieces: fewer, larger writes into the XML parser (16 KB ones cost ~10 % more CPU on a ledger).
      const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
      source.on('error', fail);
      inflate.on('error', fail);
      // zlib would happily continue past the declared end of a lying entry: the check stops it.
      return source.pipe(inflate).pipe(check);
    };
    return {
      names: [...entries.keys()],
      has: (name) => entries.has(name),
      uncompressedSize: (name) => get(name).uncompressedSize,
      stream,
      async read(name) {
        const chunks: Buffer[] = [];
        for await (const c of stream(name)) chunks.push(c as Buffer);
        return Buffer.concat(chunks);
      },
      async verifyAll() {
        for (const name of entries.keys()) for await (const _ of stream(name)) void _;
      },
    };
  } finally {
    zip.close();
  }
}
