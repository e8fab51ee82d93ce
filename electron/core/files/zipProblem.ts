// What can be wrong with an untrusted zip archive, as facts a caller turns into its own Chinese
// message (a workbook import, a bundle, a 学校数据包 each word it their way), and the bounds it is
// read within. Raised by openVerifiedZip, the one reader of archives from outside.

/** Bounds for reading an archive someone else made. */
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

export function entryByteLimit(limits: ZipLimits, name: string): number {
  return typeof limits.maxEntryBytes === 'function' ? limits.maxEntryBytes(name) : limits.maxEntryBytes;
}

export type ZipProblemKind =
  | 'not-zip'
  | 'damaged'
  | 'encrypted'
  | 'unsupported'
  | 'too-many-entries'
  | 'too-large'
  | 'bomb'
  /** Only where entries become files (bundles, 学校数据包): a name that could land outside the folder… */
  | 'unsafe-path'
  /** …two names one file on Windows (equal in any letter case)… */
  | 'duplicate-name'
  /** …or a symbolic link. */
  | 'symlink';

/** Why a name is unsafe to write into a folder. */
export type UnsafeName = 'empty' | 'control' | 'backslash' | 'drive' | 'absolute' | 'parent' | 'other';

/** The numbers and names behind a problem, for the caller's message. */
export interface ZipFacts {
  /** Entries in the directory (too-many-entries). */
  count?: number;
  /** An entry's declared size, and its bound (too-large; bomb, where it is also over its bound). */
  size?: number;
  max?: number;
  /** All entries' declared size (too-large of the whole archive; bomb of the whole archive). */
  total?: number;
  ratio?: number;
  /** bomb: the whole archive inflates to `ratio` times its size. */
  whole?: boolean;
  /** bomb: the entry's data lies inside another's (the overlapping-file zip bomb). */
  overlap?: boolean;
  /** duplicate-name: the name already seen (equal, or equal but for letter case). */
  twin?: string;
  unsafe?: UnsafeName;
  /** damaged while reading: a wrong CRC-32, more bytes than declared, or fewer. */
  mismatch?: 'crc' | 'longer' | 'shorter';
}

/** What is wrong with an archive, in terms a caller turns into its own Chinese message. */
export class ZipProblem extends Error {
  constructor(
    readonly kind: ZipProblemKind,
    /** The library's or our own technical detail, for the log only. */
    readonly detail: string,
    readonly entry?: string,
    readonly facts: ZipFacts = {},
  ) {
    super(`${kind}${entry ? ` (${entry})` : ''}: ${detail}`);
    this.name = 'ZipProblem';
  }
}
