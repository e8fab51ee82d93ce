// A private temporary folder for a program the app starts on a file (LibreOffice converting an old
// .doc): the file goes in, the result comes out, and the folder is removed whatever happens.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ScratchFolder {
  dir: string;
  /** Writes bytes under a plain name inside the folder; returns the full path. */
  put(name: string, bytes: Uint8Array): string;
  /** The bytes of a file the program left in the folder, or null when it left none. */
  take(name: string): Uint8Array | null;
}

export async function withScratchFolder<T>(prefix: string, use: (f: ScratchFolder) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return await use({
      dir,
      put(name, bytes) {
        const file = path.join(dir, path.basename(name));
        fs.writeFileSync(file, bytes);
        return file;
      },
      take(name) {
        const file = path.join(dir, path.basename(name));
        return fs.existsSync(file) ? new Uint8Array(fs.readFileSync(file)) : null;
      },
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Whether a program file is there (looking for LibreOffice in its usual places). */
export function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The names in a folder, or none when it is missing or unreadable. */
export function folderNames(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch {
    return [];
  }
}
