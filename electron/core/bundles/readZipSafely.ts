import { Transform, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

import iconv from 'iconv-lite';
import yauzl from 'yauzl';

import { AppError } from '../../../shared/api/apiError.js';
import type { ZipKind, ZipProblem } from '../../../shared/api/errorCodes.js';
import { entryByteLimit, type ZipLimits } from '../files/openVerifiedZip.js';
import { errorFields, logEvent } from '../log/appLog.js';

export type { ZipLimits } from '../files/openVerifiedZip.js';

/** What the archive is called in messages: 「导入包」, 「学校数据包」. */
export interface ZipWording {
  noun: string;
  /** Error code prefix: BUNDLE, SCHOOL_PACKAGE. */
  code: ZipKind;
}

export interface ZipEntryInfo {
  name: string;
  size: number;
  compressedSize: number;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** Bytes of a local file header before its name. */
const LOCAL_HEADER = 30;

/** Entry names: UTF-8 when flagged (ours always are), else GBK as Chinese Windows tools write them. */
function decodeName(raw: Buffer, flags: number): string {
  return (flags & 0x800) !== 0 ? raw.toString('utf8') : iconv.decode(raw, 'gbk');
}

function mb(n: number): string {
  return `${(n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0)} MB`;
}

/** Refuses names that could land outside the folder the archive is read into. */
export function checkEntryName(name: string, file: string, w: ZipWording = BUNDLE_WORDING): void {
  const bad = (why: string) => {
    throw new AppError(
      `${w.code}_UNSAFE_PATH`,
      `${w.noun}中的文件「${name}」${why}，可能是恶意构造的压缩包，已拒绝导入，未做任何修改`,
      { file, path: name },
    );
  };
  if (!name) bad('没有名称');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) bad('的名称含有控制字符');
  if (name.includes('\\')) bad('的路径含有反斜杠');
  if (/^[A-Za-z]:/.test(name)) bad('使用了盘符路径（如 C:）');
  if (name.startsWith('/')) bad('使用了绝对路径');
  if (name.split('/').some((p) => p === '..')) bad('的路径跳出了所在文件夹（../）');
  if (yauzl.validateFileName(name) !== null) bad('的路径不安全');
}

export const BUNDLE_WORDING: ZipWording = { noun: '导入包', code: 'BUNDLE' };

function openZip(source: Buffer | string, options: yauzl.Options): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zip?: yauzl.ZipFile) =>
      err || !zip ? reject(err ?? new Error('无法打开')) : resolve(zip);
    if (typeof source === 'string') yauzl.open(source, options, done);
    else yauzl.fromBuffer(source, options, done);
  });
}

/** Every entry of the central directory, read before any file data is inflated. */
function listEntries(zip: yauzl.ZipFile): Promise<yauzl.Entry[]> {
  return new Promise((resolve, reject) => {
    const out: yauzl.Entry[] = [];
    zip.on('entry', (e: yauzl.Entry) => {
      out.push(e);
      zip.readEntry();
    });
    zip.once('end', () => resolve(out));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/**
 * Checks the central directory as a whole before any byte is inflated: safe names, no symlinks, no
 * two names equal in any letter case (Windows would write one over the other), declared sizes and
 * compression ratios within bounds, and no entries sharing their data (the overlapping-file zip bomb).
 */
function checkDirectory(
  raw: yauzl.Entry[],
  zipSize: number,
  file: string,
  limits: ZipLimits,
  w: ZipWording,
): { entry: yauzl.Entry; info: ZipEntryInfo }[] {
  const refuse = (code: ZipProblem, message: string, name?: string): never => {
    throw new AppError(`${w.code}_${code}`, message, { file, ...(name ? { path: name } : {}) });
  };
  if (raw.length > limits.maxEntries)
    refuse('TOO_MANY_ENTRIES', `${w.noun}中有 ${raw.length} 个文件，超过上限 ${limits.maxEntries} 个，已拒绝导入`);
  const seen = new Map<string, string>();
  const files: { entry: yauzl.Entry; info: ZipEntryInfo }[] = [];
  let total = 0;
  for (const entry of raw) {
    const name = decodeName(entry.fileName as unknown as Buffer, entry.generalPurposeBitFlag);
    checkEntryName(name, file, w);
    const folded = name.normalize('NFC').toLowerCase();
    const twin = seen.get(folded);
    if (twin !== undefined)
      refuse(
        'DUPLICATE_NAME',
        twin === name
          ? `${w.noun}中有两个同名的文件「${name}」，无法确定用哪一个，已拒绝导入，未做任何修改`
          : `${w.noun}中的「${twin}」和「${name}」只差字母大小写，在 Windows 上是同一个文件，已拒绝导入，未做任何修改`,
        name,
      );
    seen.set(folded, name);
    const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
    if (entry.versionMadeBy >> 8 === 3 && mode === S_IFLNK)
      refuse('SYMLINK', `${w.noun}中的「${name}」是符号链接，已拒绝导入，未做任何修改`, name);
    if (name.endsWith('/')) continue;
    const max = entryByteLimit(limits, name);
    if (entry.uncompressedSize > max)
      refuse(
        'TOO_LARGE',
        `${w.noun}中的「${name}」解压后有 ${mb(entry.uncompressedSize)}，超过这类文件 ${mb(max)} 的上限，已拒绝导入`,
        name,
      );
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes)
      refuse('TOO_LARGE', `${w.noun}解压后总大小超过 ${mb(limits.maxTotalBytes)} 上限，已拒绝导入`, name);
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)
      refuse(
        'ZIP_BOMB',
        `${w.noun}中的「${name}」压缩比异常（${Math.round(ratio)} 倍，超过 ${limits.maxRatio} 倍），可能是恶意构造的压缩包，已拒绝导入`,
        name,
      );
    files.push({ entry, info: { name, size: entry.uncompressedSize, compressedSize: entry.compressedSize } });
  }
  if (total > limits.ratioFloorBytes && total / Math.max(1, zipSize) > limits.maxRatio)
    refuse(
      'ZIP_BOMB',
      `${w.noun}解压后是原文件的 ${Math.round(total / zipSize)} 倍，可能是恶意构造的压缩包，已拒绝导入`,
    );
  // Each entry's data must end before the next one's header: shared data is how small files inflate to gigabytes.
  const byOffset = [...files].sort((a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1].entry;
    const end = prev.relativeOffsetOfLocalHeader + LOCAL_HEADER + prev.fileNameLength + prev.compressedSize;
    if (end > byOffset[i].entry.relativeOffsetOfLocalHeader)
      refuse(
        'ZIP_BOMB',
        `${w.noun}中的「${byOffset[i].info.name}」与其他文件共用数据，可能是恶意构造的压缩包，已拒绝导入`,
        byOffset[i].info.name,
      );
  }
  return files;
}

/** Passes an entry's bytes through, refusing more bytes than declared at once and a wrong CRC-32 at the end. */
class CheckedEntry extends Transform {
  private crc = 0;
  private got = 0;
  constructor(
    private readonly entry: yauzl.Entry,
    private readonly fail: (why: string) => Error,
  ) {
    super();
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, cb: TransformCallback): void {
    this.got += chunk.length;
    if (this.got > this.entry.uncompressedSize) return cb(this.fail('解压后比记录的大小更大'));
    this.crc = zlib.crc32(chunk, this.crc);
    cb(null, chunk);
  }
  override _flush(cb: TransformCallback): void {
    if (this.got !== this.entry.uncompressedSize) return cb(this.fail('内容不完整，文件被截断'));
    if (this.crc >>> 0 !== this.entry.crc32 >>> 0) return cb(this.fail('CRC 校验值不符'));
    cb();
  }
}

/**
 * Reads an untrusted zip (bytes, or a file path for large archives): the whole central directory is
 * checked first (checkDirectory), then each file's data is handed to `visit` as a stream that
 * checks its size while it inflates and its CRC-32 at the end; `visit` must consume the stream.
 * Any problem refuses the whole archive with a Chinese message naming the entry.
 */
export async function readZipSafely(
  source: Buffer | string,
  file: string,
  limits: ZipLimits,
  visit: (info: ZipEntryInfo, data: NodeJS.ReadableStream) => Promise<void>,
  opts: {
    wording?: ZipWording;
    /** Called with the checked directory before any data is inflated (e.g. to check disk space). */
    onDirectory?: (entries: ZipEntryInfo[]) => void;
    /** Entries to visit before the others (a manifest written last, read first). */
    first?: (name: string) => boolean;
  } = {},
): Promise<ZipEntryInfo[]> {
  const w = opts.wording ?? BUNDLE_WORDING;
  const damaged = (e: unknown, name?: string) => {
    if (e instanceof AppError) return e;
    // Our own reasons are Chinese; a library's English (yauzl, zlib) goes to the log, not to the user.
    const why = (e as Error)?.message ?? '';
    const ours = /[\u4e00-\u9fff]/.test(why);
    if (!ours) logEvent('warn', 'zip.damaged', { archive: w.code, ...errorFields(e) });
    return new AppError(
      `${w.code}_NOT_ZIP`,
      name
        ? `${w.noun}中的「${name}」已损坏（${ours ? why : '无法解压，内容与记录的大小或校验值不符'}），已拒绝导入，未做任何修改`
        : `文件不是有效的${w.noun}（zip 格式错误或文件不完整，可能下载或复制时没有完成），已拒绝导入，未做任何修改`,
      { file, ...(name ? { path: name } : {}) },
    );
  };
  let zip: yauzl.ZipFile;
  try {
    zip = await openZip(source, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (e) {
    throw damaged(e);
  }
  try {
    let entries: yauzl.Entry[];
    try {
      entries = await listEntries(zip);
    } catch (e) {
      throw damaged(e);
    }
    const zipSize = typeof source === 'string' ? zip.fileSize : source.length;
    const files = checkDirectory(entries, zipSize, file, limits, w);
    opts.onDirectory?.(files.map((f) => f.info));
    const first = opts.first;
    const ordered = first
      ? [...files.filter((f) => first(f.info.name)), ...files.filter((f) => !first(f.info.name))]
      : files;
    for (const { entry, info } of ordered) {
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, (e, s) =>
          e || !s ? reject(damaged(e ?? new Error('无法读取'), info.name)) : resolve(s),
        ),
      );
      const checked = new CheckedEntry(entry, (why) => damaged(new Error(why), info.name));
      stream.on('error', (e) => checked.destroy(damaged(e, info.name)));
      stream.pipe(checked);
      try {
        await visit(info, checked);
      } catch (e) {
        throw damaged(e, info.name);
      } finally {
        stream.unpipe(checked);
        (stream as unknown as { destroy?: () => void }).destroy?.();
      }
    }
    return files.map((f) => f.info);
  } finally {
    zip.close();
  }
}
