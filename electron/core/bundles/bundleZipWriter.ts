import crypto from 'node:crypto';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

import yazl from 'yazl';

import type { BundleFileKind, ManifestFile } from '../../../shared/bundles/bundleManifest.js';

export function sha256Hex(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/** Already-compressed formats are stored, not deflated again: faster and no bigger. */
const STORED = /\.(docx|xlsx|pdf|zip|png|jpe?g)$/i;

/**
 * Streams a zip to `out` while entries are added, recording each file's SHA-256 for the manifest.
 * yazl marks every entry name as UTF-8 (general purpose bit 11), so Explorer shows Chinese names.
 */
export class BundleZipWriter {
  private readonly zip = new yazl.ZipFile();
  private readonly done: Promise<void>;
  readonly files: ManifestFile[] = [];
  private readonly mtime: Date;

  constructor(out: Writable, mtime: Date) {
    this.mtime = mtime;
    this.zip.outputStream.pipe(out);
    this.done = finished(out);
    // A failure of the destination must not go unnoticed until end().
    this.done.catch(() => undefined);
  }

  add(
    path: string,
    bytes: Uint8Array,
    kind: BundleFileKind,
    extra: { formId?: string; title?: string; fonts?: string[] } = {},
  ): ManifestFile {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const file: ManifestFile = { path, sha256: sha256Hex(buf), size: buf.byteLength, kind, ...extra };
    // Level 1: the big data.json (a 20,000-row ledger) deflates 3× faster for a slightly larger zip.
    this.zip.addBuffer(
      buf,
      path,
      STORED.test(path)
        ? { mtime: this.mtime, mode: 0o100644, compress: false }
        : { mtime: this.mtime, mode: 0o100644, compressionLevel: 1 },
    );
    this.files.push(file);
    return file;
  }

  /** Adds a file that is not listed in the manifest (the manifest itself). */
  addUnlisted(path: string, bytes: Uint8Array): void {
    this.zip.addBuffer(Buffer.from(bytes), path, { mtime: this.mtime, mode: 0o100644, compress: true });
  }

  async end(): Promise<void> {
    this.zip.end();
    await this.done;
  }
}
