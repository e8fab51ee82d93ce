// Bundles and 学校数据包 are read through the one archive reader (files/openVerifiedZip, with the
// checks for entries that become files); this says what it found in the archive's own words
// (「申报材料包」, 「学校数据包」) and hands each file's verified bytes to the caller in turn.
import { AppError } from '../../../shared/api/apiError.js';
import type { ZipKind, ZipProblem as ZipProblemCode } from '../../../shared/api/errorCodes.js';
import {
  openVerifiedZip,
  type ZipEntryInfo,
  type ZipLimits,
  ZipProblem,
  type ZipProblemKind,
} from '../files/openVerifiedZip.js';
import type { UnsafeName } from '../files/zipProblem.js';
import { errorFields, logEvent } from '../log/appLog.js';

export type { ZipEntryInfo, ZipLimits } from '../files/openVerifiedZip.js';

/** What the archive is called in messages: 「申报材料包」, 「学校数据包」. */
export interface ZipWording {
  noun: string;
  /** Error code prefix: BUNDLE, SCHOOL_PACKAGE. */
  code: ZipKind;
}

export const BUNDLE_WORDING: ZipWording = { noun: '申报材料包', code: 'BUNDLE' };

function mb(n: number): string {
  return `${(n / 1048576).toFixed(n < 10 * 1048576 ? 1 : 0)} MB`;
}

const UNSAFE: Record<UnsafeName, string> = {
  empty: '没有名称',
  control: '的名称含有控制字符',
  backslash: '的路径含有反斜杠',
  drive: '使用了盘符路径（如 C:）',
  absolute: '使用了绝对路径',
  parent: '的路径跳出了所在文件夹（../）',
  other: '的路径不安全',
};

const MISMATCH = { crc: 'CRC 校验值不符', longer: '解压后比记录的大小更大', shorter: '内容不完整，文件被截断' };

/** A problem of the archive in the archive's own words; null where it is damage (worded by the caller). */
function refusalOf(p: ZipProblem, w: ZipWording, limits: ZipLimits): { code: ZipProblemCode; message: string } | null {
  const f = p.facts;
  const name = p.entry ?? '';
  const codes: Partial<Record<ZipProblemKind, ZipProblemCode>> = {
    'unsafe-path': 'UNSAFE_PATH',
    'duplicate-name': 'DUPLICATE_NAME',
    symlink: 'SYMLINK',
    'too-many-entries': 'TOO_MANY_ENTRIES',
    'too-large': 'TOO_LARGE',
    bomb: 'ZIP_BOMB',
  };
  const code = codes[p.kind];
  if (!code) return null;
  const overSize = f.size !== undefined && f.max !== undefined && f.size > f.max;
  let message: string;
  if (p.kind === 'unsafe-path')
    message = `${w.noun}中的文件「${name}」${UNSAFE[f.unsafe ?? 'other']}，可能是恶意构造的压缩包，已拒绝导入，未做任何修改`;
  else if (p.kind === 'duplicate-name')
    message =
      f.twin === name
        ? `${w.noun}中有两个同名的文件「${name}」，无法确定用哪一个，已拒绝导入，未做任何修改`
        : `${w.noun}中的「${f.twin}」和「${name}」只差字母大小写，在 Windows 上是同一个文件，已拒绝导入，未做任何修改`;
  else if (p.kind === 'symlink') message = `${w.noun}中的「${name}」是符号链接，已拒绝导入，未做任何修改`;
  else if (p.kind === 'too-many-entries') message = `${w.noun}中有 ${f.count} 个文件，超过上限 ${f.max} 个，已拒绝导入`;
  else if (f.total !== undefined) message = `${w.noun}解压后总大小超过 ${mb(f.max ?? 0)} 上限，已拒绝导入`;
  // An entry over its size bound is refused for its size, whatever its ratio: the clerk can act on that.
  else if (p.kind === 'too-large' || overSize)
    return {
      code: 'TOO_LARGE',
      message: `${w.noun}中的「${name}」解压后有 ${mb(f.size ?? 0)}，超过这类文件 ${mb(f.max ?? 0)} 的上限，已拒绝导入`,
    };
  else if (f.whole)
    message = `${w.noun}解压后是原文件的 ${Math.round(f.ratio ?? 0)} 倍，可能是恶意构造的压缩包，已拒绝导入`;
  else if (f.overlap) message = `${w.noun}中的「${name}」与其他文件共用数据，可能是恶意构造的压缩包，已拒绝导入`;
  else
    message = `${w.noun}中的「${name}」压缩比异常（${Math.round(f.ratio ?? 0)} 倍，超过 ${limits.maxRatio} 倍），可能是恶意构造的压缩包，已拒绝导入`;
  return { code, message };
}

/**
 * Reads an untrusted zip (bytes, or a file path for large archives): the whole central directory is
 * checked first (openVerifiedZip, for entries that become files), then each file's data is handed to
 * `visit` as a stream that checks its size while it inflates and its CRC-32 at the end; `visit` must
 * consume the stream. Any problem refuses the whole archive with a Chinese message naming the entry.
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
  const refused = (e: unknown, entry?: string): AppError => {
    if (e instanceof AppError) return e;
    const name = e instanceof ZipProblem ? (e.entry ?? entry) : entry;
    const where = { file, ...(name ? { path: name } : {}) };
    if (e instanceof ZipProblem) {
      const r = refusalOf(e, w, limits);
      if (r) return new AppError(`${w.code}_${r.code}`, r.message, where);
    }
    // A library's English (yauzl, zlib) and our technical detail go to the log, not to the user.
    logEvent('warn', 'zip.damaged', { archive: w.code, ...errorFields(e) });
    const mismatch = e instanceof ZipProblem ? e.facts.mismatch : undefined;
    return new AppError(
      `${w.code}_NOT_ZIP`,
      name
        ? `${w.noun}中的「${name}」已损坏（${mismatch ? MISMATCH[mismatch] : '无法解压，内容与记录的大小或校验值不符'}），已拒绝导入，未做任何修改`
        : `文件不是有效的${w.noun}（zip 格式错误或文件不完整，可能下载或复制时没有完成），已拒绝导入，未做任何修改`,
      where,
    );
  };
  let zip;
  try {
    zip = await openVerifiedZip(source, limits, { forFolder: true });
  } catch (e) {
    throw refused(e);
  }
  opts.onDirectory?.(zip.entries);
  const first = opts.first;
  const ordered = first
    ? [...zip.entries.filter((f) => first(f.name)), ...zip.entries.filter((f) => !first(f.name))]
    : zip.entries;
  for (const info of ordered) {
    const data = zip.stream(info.name);
    try {
      await visit(info, data);
    } catch (e) {
      throw refused(e, info.name);
    } finally {
      data.destroy();
    }
  }
  return zip.entries;
}
