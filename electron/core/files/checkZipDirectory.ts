// The central directory of an untrusted archive, checked as a whole before any byte is inflated:
// entry count, sizes and ratios within bounds, no entries sharing their data, and — where entries
// become files — safe names, no two names equal in any letter case, no symbolic links.
import iconv from 'iconv-lite';
import yauzl from 'yauzl';

import { entryByteLimit, type UnsafeName, type ZipLimits, ZipProblem } from './zipProblem.js';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
/** Bytes of a local file header before its name. */
const LOCAL_HEADER = 30;

export interface DirectoryEntry {
  entry: yauzl.Entry;
  name: string;
}

/** Entry names: UTF-8 when flagged, else GBK as Chinese Windows tools write them. */
function decodeName(raw: Buffer, flags: number): string {
  return (flags & 0x800) !== 0 ? raw.toString('utf8') : iconv.decode(raw, 'gbk');
}

function mb(n: number): string {
  return `${(n / 1048576).toFixed(0)} MB`;
}

/** Why a name could land outside the folder the archive is read into, or null when it cannot. */
export function unsafeName(name: string): UnsafeName | null {
  if (!name) return 'empty';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) return 'control';
  if (name.includes('\\')) return 'backslash';
  if (/^[A-Za-z]:/.test(name)) return 'drive';
  if (name.startsWith('/')) return 'absolute';
  if (name.split('/').some((p) => p === '..')) return 'parent';
  if (yauzl.validateFileName(name) !== null) return 'other';
  return null;
}

function checkNameForFolder(entry: yauzl.Entry, name: string, seen: Map<string, string>): void {
  const unsafe = unsafeName(name);
  if (unsafe) throw new ZipProblem('unsafe-path', `unsafe name (${unsafe})`, name, { unsafe });
  const folded = name.normalize('NFC').toLowerCase();
  const twin = seen.get(folded);
  if (twin !== undefined) throw new ZipProblem('duplicate-name', 'two names for one file', name, { twin });
  seen.set(folded, name);
  const mode = (entry.externalFileAttributes >>> 16) & S_IFMT;
  if (entry.versionMadeBy >> 8 === 3 && mode === S_IFLNK) throw new ZipProblem('symlink', 'symbolic link', name);
}

function checkBounds(entry: yauzl.Entry, name: string, limits: ZipLimits): void {
  if ((entry.generalPurposeBitFlag & 0x1) !== 0) throw new ZipProblem('encrypted', 'entry is encrypted', name);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
    throw new ZipProblem('unsupported', `compression method ${entry.compressionMethod}`, name);
  const size = entry.uncompressedSize;
  const max = entryByteLimit(limits, name);
  const ratio = size / Math.max(1, entry.compressedSize);
  if (size > limits.ratioFloorBytes && ratio > limits.maxRatio)
    throw new ZipProblem('bomb', `compression ratio ${Math.round(ratio)}`, name, { ratio, size, max });
  if (size > max) throw new ZipProblem('too-large', `entry inflates to ${mb(size)}`, name, { size, max });
  if (entry.compressionMethod === 0 && entry.compressedSize !== size)
    throw new ZipProblem('damaged', 'stored entry with differing sizes', name);
}

/**
 * Checks the directory (`raw`, every entry yauzl listed) against `limits`; `forFolder` adds the
 * checks for archives whose entries become files. Returns the files (folders left out) in
 * directory order. Throws ZipProblem.
 */
export function checkZipDirectory(
  raw: yauzl.Entry[],
  zipSize: number,
  limits: ZipLimits,
  forFolder: boolean,
): DirectoryEntry[] {
  if (raw.length > limits.maxEntries)
    throw new ZipProblem('too-many-entries', `${raw.length} entries > ${limits.maxEntries}`, undefined, {
      count: raw.length,
      max: limits.maxEntries,
    });
  const seen = new Map<string, string>();
  const files: DirectoryEntry[] = [];
  let total = 0;
  for (const entry of raw) {
    const name = decodeName(entry.fileNameRaw, entry.generalPurposeBitFlag);
    if (forFolder) checkNameForFolder(entry, name, seen);
    else if (seen.has(name)) throw new ZipProblem('damaged', 'the same name twice', name);
    else seen.set(name, name);
    if (name.endsWith('/')) continue;
    checkBounds(entry, name, limits);
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes)
      throw new ZipProblem('too-large', `entries inflate to over ${mb(total)}`, name, {
        total,
        max: limits.maxTotalBytes,
      });
    files.push({ entry, name });
  }
  const ratio = total / Math.max(1, zipSize);
  if (total > limits.ratioFloorBytes && ratio > limits.maxRatio)
    throw new ZipProblem('bomb', `archive inflates ${Math.round(ratio)} times`, undefined, { ratio, whole: true });
  // Each entry's data must end before the next one's header: shared data is how small files inflate to gigabytes.
  const byOffset = [...files].sort((a, b) => a.entry.relativeOffsetOfLocalHeader - b.entry.relativeOffsetOfLocalHeader);
  for (let i = 1; i < byOffset.length; i++) {
    const prev = byOffset[i - 1].entry;
    const end = prev.relativeOffsetOfLocalHeader + LOCAL_HEADER + prev.fileNameLength + prev.compressedSize;
    if (end > byOffset[i].entry.relativeOffsetOfLocalHeader)
      throw new ZipProblem('bomb', 'entries share their data', byOffset[i].name, { overlap: true });
  }
  return files;
}
