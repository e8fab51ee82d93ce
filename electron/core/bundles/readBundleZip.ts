import iconv from 'iconv-lite';
import yauzl from 'yauzl';

import { AppError } from '../../../shared/api/apiError.js';

/** Limits for reading a bundle someone else made: far above any real bundle, far below a zip bomb. */
export const ZIP_LIMITS = {
  maxEntries: 500,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 500 * 1024 * 1024,
  /** Uncompressed/compressed; checked for entries above `ratioFloorBytes` (tiny files compress oddly). */
  maxRatio: 100,
  ratioFloorBytes: 64 * 1024,
};

export interface ZipEntryData {
  path: string;
  bytes: Buffer;
}

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function refuse(code: string, message: string, file: string, entry?: string): never {
  throw new AppError(code, message, { file, ...(entry ? { path: entry } : {}) });
}

/** Entry names: UTF-8 when flagged (our bundles always are), else GBK as Chinese Windows tools write them. */
function decodeName(raw: Buffer, flags: number): string {
  return (flags & 0x800) !== 0 ? raw.toString('utf8') : iconv.decode(raw, 'gbk');
}

/** Refuses names that could land outside the folder the bundle is read into. */
export function checkEntryName(name: string, file: string): void {
  const bad = (why: string) =>
    refuse(
      'BUNDLE_UNSAFE_PATH',
      `导入包中的文件「${name}」${why}，可能是恶意构造的压缩包，已拒绝导入，未做任何修改`,
      file,
      name,
    );
  if (!name) bad('没有名称');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) bad('的名称含有控制字符');
  if (name.includes('\\')) bad('的路径含有反斜杠');
  if (/^[A-Za-z]:/.test(name)) bad('使用了盘符路径（如 C:）');
  if (name.startsWith('/')) bad('使用了绝对路径');
  if (name.split('/').some((p) => p === '..')) bad('的路径跳出了所在文件夹（../）');
  if (yauzl.validateFileName(name) !== null) bad('的路径不安全');
}

/**
 * Reads every file of a zip into memory with all the checks an untrusted archive needs, before any
 * byte is used: names, symlinks, entry count, declared and actual sizes, compression ratio. Any
 * problem refuses the whole file with a Chinese message naming the entry.
 */
export function readBundleZip(zipBytes: Buffer, file: string, limits = ZIP_LIMITS): Promise<ZipEntryData[]> {
  return new Promise((resolve, reject) => {
    // decodeStrings:false makes yauzl hand us raw names, so we decode and check them ourselves
    // (and call its validator too); validateEntrySizes makes it compare actual to declared sizes.
    yauzl.fromBuffer(
      zipBytes,
      { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, strictFileNames: true },
      (err, zip) => {
        if (err || !zip)
          return reject(
            new AppError('BUNDLE_NOT_ZIP', `文件不是有效的导入包（zip 格式错误）：${err?.message ?? ''}`, { file }),
          );
        const out: ZipEntryData[] = [];
        let total = 0;
        const fail = (e: unknown) => {
          zip.close();
          reject(e);
        };
        if (zip.entryCount > limits.maxEntries)
          return fail(
            new AppError(
              'BUNDLE_TOO_MANY_ENTRIES',
              `导入包中有 ${zip.entryCount} 个文件，超过上限 ${limits.maxEntries} 个，已拒绝导入`,
              { file },
            ),
          );
        zip.on('error', (e) => fail(new AppError('BUNDLE_NOT_ZIP', `导入包已损坏：${(e as Error).message}`, { file })));
        zip.on('end', () => resolve(out));
        zip.on('entry', (entry: yauzl.Entry) => {
          try {
            const name = decodeName(entry.fileName as unknown as Buffer, entry.generalPurposeBitFlag);
            checkEntryName(name, file);
            const madeBy = entry.versionMadeBy >> 8;
            const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
            if (madeBy === 3 && mode === S_IFLNK)
              refuse('BUNDLE_SYMLINK', `导入包中的「${name}」是符号链接，已拒绝导入，未做任何修改`, file, name);
            if (name.endsWith('/')) return zip.readEntry();
            if (entry.uncompressedSize > limits.maxEntryBytes) {
              refuse(
                'BUNDLE_TOO_LARGE',
                `导入包中的「${name}」解压后有 ${(entry.uncompressedSize / 1048576).toFixed(0)} MB，超过单个文件上限，已拒绝导入`,
                file,
                name,
              );
            }
            total += entry.uncompressedSize;
            if (total > limits.maxTotalBytes)
              refuse(
                'BUNDLE_TOO_LARGE',
                `导入包解压后总大小超过 ${limits.maxTotalBytes / 1048576} MB 上限，已拒绝导入`,
                file,
                name,
              );
            const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
            if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio) {
              refuse(
                'BUNDLE_ZIP_BOMB',
                `导入包中的「${name}」压缩比异常（${Math.round(ratio)} 倍，超过 ${limits.maxRatio} 倍），可能是恶意构造的压缩包，已拒绝导入`,
                file,
                name,
              );
            }
            zip.openReadStream(entry, (e, stream) => {
              if (e || !stream)
                return fail(
                  new AppError('BUNDLE_NOT_ZIP', `无法读取导入包中的「${name}」：${e?.message ?? ''}`, {
                    file,
                    path: name,
                  }),
                );
              const chunks: Buffer[] = [];
              let got = 0;
              stream.on('data', (c: Buffer) => {
                got += c.length;
                // validateEntrySizes also catches this, but stop early rather than inflate a bomb.
                if (got > entry.uncompressedSize) stream.destroy(new Error('entry larger than declared'));
                else chunks.push(c);
              });
              stream.on('error', (se) =>
                fail(
                  new AppError('BUNDLE_NOT_ZIP', `导入包中的「${name}」已损坏（${se.message}），已拒绝导入`, {
                    file,
                    path: name,
                  }),
                ),
              );
              stream.on('end', () => {
                out.push({ path: name, bytes: Buffer.concat(chunks) });
                zip.readEntry();
              });
            });
          } catch (e) {
            fail(e);
          }
        });
        zip.readEntry();
      },
    );
  });
}
