import crypto from 'node:crypto';

import { BUNDLE_WORDING, readZipSafely, type ZipLimits } from './readZipSafely.js';

/** Limits for reading a bundle someone else made: far above any real bundle, far below a zip bomb. */
export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 500,
  maxEntryBytes: 200 * 1024 * 1024,
  maxTotalBytes: 500 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 64 * 1024,
};

export interface ScannedEntry {
  path: string;
  size: number;
  sha256: string;
  /** Kept only for the entries asked for (the manifest, data.json): the rest is hashed and let go. */
  bytes?: Buffer;
}

export interface ZipEntryData {
  path: string;
  bytes: Buffer;
}

/**
 * Reads every file of a bundle (bytes, or a file by path: read entry by entry where it lies) with all
 * the checks an untrusted archive needs (readZipSafely), hashing each one as it inflates and keeping
 * the bytes of those `keep` selects.
 */
export async function scanBundleZip(
  source: Buffer | string,
  file: string,
  keep: (path: string) => boolean,
  limits = ZIP_LIMITS,
): Promise<ScannedEntry[]> {
  const out: ScannedEntry[] = [];
  await readZipSafely(
    source,
    file,
    limits,
    async (info, data) => {
      const hash = crypto.createHash('sha256');
      const chunks: Buffer[] | null = keep(info.name) ? [] : null;
      for await (const c of data as AsyncIterable<Buffer>) {
        hash.update(c);
        chunks?.push(c);
      }
      out.push({
        path: info.name,
        size: info.size,
        sha256: hash.digest('hex'),
        ...(chunks ? { bytes: Buffer.concat(chunks) } : {}),
      });
    },
    { wording: BUNDLE_WORDING },
  );
  return out;
}

/** Every file of a bundle in memory (for tests and tools that look inside). */
export async function readBundleZip(zipBytes: Buffer, file: string, limits = ZIP_LIMITS): Promise<ZipEntryData[]> {
  const entries = await scanBundleZip(zipBytes, file, () => true, limits);
  return entries.map((e) => ({ path: e.path, bytes: e.bytes! }));
}
