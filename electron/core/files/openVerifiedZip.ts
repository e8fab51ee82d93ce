// Zip archives from users (.xlsx workbooks, 专业目录, upload bundles, 学校数据包) are read through
// this, never straight by a library: exceljs and JSZip ignore CRC-32, so a damaged byte in a sheet
// would become a changed value; and nothing bounds what an entry inflates to, so a zip bomb fills
// memory before it is refused. Here the central directory is read first (yauzl) and checked as a
// whole (checkZipDirectory: every size bounded before a byte is inflated), each local header must
// agree with the directory, and each entry's bytes are checked against their CRC-32 and declared
// size as they stream — a mismatch fails the read before it ends.
import fs from 'node:fs';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

import yauzl from 'yauzl';

import { checkZipDirectory } from './checkZipDirectory.js';
import { type ZipLimits, ZipProblem } from './zipProblem.js';

export { type ZipLimits, ZipProblem, type ZipProblemKind } from './zipProblem.js';

/** Far above any real workbook (a 50,000-row ledger's sheet is ~40 MB), far below a zip bomb. */
export const WORKBOOK_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntryBytes: 400 * 1024 * 1024,
  maxTotalBytes: 500 * 1024 * 1024,
  maxRatio: 250,
  ratioFloorBytes: 1024 * 1024,
};

/** One file of an archive as its directory declares it. */
export interface ZipEntryInfo {
  name: string;
  size: number;
  compressedSize: number;
}

export interface VerifiedZip {
  /** Entry names (files only), in directory order. */
  names: string[];
  /** The same entries with their declared sizes. */
  entries: ZipEntryInfo[];
  has(name: string): boolean;
  uncompressedSize(name: string): number;
  /** The entry's bytes as a stream that errors (ZipProblem 'damaged') on a CRC or size mismatch. */
  stream(name: string): Readable;
  /** The whole entry, verified. */
  read(name: string): Promise<Buffer>;
  /** Inflates every entry once, discarding the bytes: damage anywhere is found before any is parsed. */
  verifyAll(): Promise<void>;
}

export interface ZipReadOptions {
  /** The entries become files in a folder (bundles, 学校数据包): names must be safe there too. */
  forFolder?: boolean;
}

interface CheckedEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  dataStart: number;
}

const YAUZL_OPTIONS: yauzl.Options = {
  lazyEntries: true,
  decodeStrings: false,
  validateEntrySizes: true,
  strictFileNames: false,
  autoClose: false,
};

/** A buffer in memory, or a file by path (a 学校数据包 can be far larger than memory should hold). */
function openZip(source: Buffer | string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zip?: yauzl.ZipFile) =>
      err || !zip ? reject(new ZipProblem('not-zip', err?.message ?? 'no zip')) : resolve(zip);
    if (typeof source === 'string') yauzl.open(source, YAUZL_OPTIONS, done);
    else yauzl.fromBuffer(source, YAUZL_OPTIONS, done);
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
async function checkLocalHeader(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string): Promise<CheckedEntry> {
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
      return done(new ZipProblem('damaged', 'entry longer than declared', this.entry.name, { mismatch: 'longer' }));
    this.crc = zlib.crc32(chunk, this.crc);
    done(null, chunk);
  }
  override _flush(done: TransformCallback): void {
    if (this.seen !== this.entry.uncompressedSize)
      return done(
        new ZipProblem(
          'damaged',
          `entry ${this.seen} bytes, declared ${this.entry.uncompressedSize}`,
          this.entry.name,
          { mismatch: 'shorter' },
        ),
      );
    if (this.crc >>> 0 !== this.entry.crc32 >>> 0)
      return done(new ZipProblem('damaged', 'CRC-32 mismatch', this.entry.name, { mismatch: 'crc' }));
    done();
  }
}

/** The entry's stored bytes, in chunks (so a stored entry streams like an inflated one). */
function rawStream(source: Buffer | string, start: number, end: number): Readable {
  if (typeof source === 'string')
    return end > start ? fs.createReadStream(source, { start, end: end - 1 }) : Readable.from([]);
  const CHUNK = 64 * 1024;
  return Readable.from(
    (function* () {
      for (let at = start; at < end; at += CHUNK) yield source.subarray(at, Math.min(end, at + CHUNK));
    })(),
    { objectMode: false },
  );
}

/**
 * Opens an archive (bytes in memory, or a file by path), checking its directory and every size
 * against `limits` before anything is inflated. Throws ZipProblem.
 */
export async function openVerifiedZip(
  source: Buffer | string,
  limits: ZipLimits = WORKBOOK_ZIP_LIMITS,
  opts: ZipReadOptions = {},
): Promise<VerifiedZip> {
  const zip = await openZip(source);
  const entries = new Map<string, CheckedEntry>();
  try {
    const raw = await allEntries(zip);
    const zipSize = typeof source === 'string' ? zip.fileSize : source.length;
    for (const { entry, name } of checkZipDirectory(raw, zipSize, limits, opts.forFolder ?? false))
      entries.set(name, await checkLocalHeader(zip, entry, name));
  } finally {
    zip.close();
  }
  const get = (name: string): CheckedEntry => {
    const e = entries.get(name);
    if (!e) throw new ZipProblem('damaged', 'no such entry', name);
    return e;
  };
  const stream = (name: string): Readable => {
    const e = get(name);
    const stored = rawStream(source, e.dataStart, e.dataStart + e.compressedSize);
    const check = new CrcCheck(e);
    const fail = (err: Error) =>
      check.destroy(err instanceof ZipProblem ? err : new ZipProblem('damaged', err.message, name));
    // A reader that stops early (a refused entry) destroys the check; the source goes with it.
    check.on('close', () => stored.destroy());
    stored.on('error', fail);
    if (e.method === 0) return stored.pipe(check);
    // 64 KB pieces: fewer, larger writes into the XML parser (16 KB ones cost ~10 % more CPU on a ledger).
    const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    inflate.on('error', fail);
    check.on('close', () => inflate.destroy());
    // zlib would happily continue past the declared end of a lying entry: the check stops it.
    return stored.pipe(inflate).pipe(check);
  };
  return {
    names: [...entries.keys()],
    entries: [...entries.values()].map((e) => ({
      name: e.name,
      size: e.uncompressedSize,
      compressedSize: e.compressedSize,
    })),
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
}
