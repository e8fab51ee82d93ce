import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../shared/api/apiError.js';
import type { ChosenFile, OutputFile } from '../../../shared/api/callFields.js';
import { windowsSafeName } from '../../../shared/bundles/windowsSafeName.js';
import { freeFileName } from './exportFolder.js';
import { noteTempFile, processAlive, releaseTempNote } from './tempLedger.js';
import { type ViewableMime, viewableType } from './viewableType.js';
import { renameWithRetry, tempPathFor } from './writeFileAtomic.js';

// Files travel between the window and the core by token, never as bytes: the window's process (or the
// browser-mode server, or the CLI) registers a path the user chose, and a call names it by its token;
// a file the core makes is written into the outbox and handed over by token to be saved where the
// user says. The page never sees a path it did not choose, and a 200 MB bundle is never copied
// through the renderer.

const TOKEN = /^[0-9a-f]{32}$/;

interface Entry {
  path: string;
  name: string;
  /**
   * Outputs live in the outbox and may be moved out; chosen files are only ever read; shown files are
   * files the core keeps (a stored 佐证) that the window may show where they lie, never moved or saved.
   */
  kind: 'chosen' | 'output' | 'shown';
  /** When (performance.now) an output was handed to the window: browser mode drops it if never fetched. */
  handedAt?: number;
}

export interface DeliveredFile {
  fileName: string;
  path: string;
}

export interface FileGrants {
  /** A file the user chose (a dialog, an upload, a command-line argument): readable under the token. */
  grantRead(filePath: string, name?: string): ChosenFile;
  /** A fresh path in the outbox for a file arriving from the browser (browser mode's upload); grantRead it once written. */
  uploadPath(): string;
  /** Path and name behind a chosen file's token; a Chinese error when the token names none. */
  chosen(token: string): { path: string; name: string };
  /** The bytes of a chosen file, refused in Chinese (naming it) when larger than maxBytes. */
  readChosen(token: string, maxBytes: number): { bytes: Buffer; name: string };
  /**
   * A chosen file to be read where it lies (streamed, random access: a 200 MB bundle is never held
   * whole), with readChosen's checks and refusals: readable now, no larger than maxBytes.
   */
  chosenWithin(token: string, maxBytes: number): { path: string; name: string; size: number };
  /** A new file in the outbox for the core to write (atomically) at `path`; describe() it once written. */
  newOutput(fileName: string): { token: string; path: string };
  /** Writes bytes as a new output file and answers its description. */
  putOutput(fileName: string, bytes: Uint8Array): OutputFile;
  describe(token: string): OutputFile;
  /** Path and name behind an output's token (browser-mode download reads it from there). */
  output(token: string): { path: string; name: string };
  /**
   * A file the core keeps (a stored 佐证), shown by the window where it lies (no copy): read-only, never
   * saved or moved through its token. The same path answers the same token.
   */
  grantView(filePath: string, name: string): OutputFile;
  /** A shown file (PDF, JPEG, PNG by its first bytes, at the time it is asked), or a Chinese refusal. */
  view(token: string): { path: string; name: string; type: ViewableMime };
  /** Moves an output to where the user chose to save it (replacing a file there, atomically). */
  deliver(token: string, targetPath: string): Promise<DeliveredFile>;
  /** Moves an output into a folder under a name not yet taken there (browser mode's export folder). */
  keepInFolder(token: string, dir: string): Promise<DeliveredFile>;
  /** Removes an output the user chose not to save (a cancelled save dialog); false when it names none. */
  discard(token: string): boolean;
  /** Removes outputs never fetched, handed over maxAgeMs ago or more (performance.now), but not those in `busy`. */
  dropUnclaimed(maxAgeMs: number, busy: ReadonlySet<string>, now?: number): number;
  /** Removes this run's outbox (at close). */
  dispose(): void;
}

/** Where a run's outputs wait to be saved: `<data>/outbox/<pid>-<hex>`, swept when its process is gone. */
export function outboxRoot(dataDir: string): string {
  return path.join(dataDir, 'outbox');
}

/** Removes outbox folders of runs that ended without clearing theirs (a crash, a kill). */
export function sweepOutbox(dataDir: string): number {
  const root = outboxRoot(dataDir);
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return 0;
  }
  for (const name of names) {
    const pid = Number(/^(\d+)-[0-9a-f]+$/.exec(name)?.[1]);
    if (pid && processAlive(pid)) continue;
    fs.rmSync(path.join(root, name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}

function unknownFile(kind: Entry['kind'] = 'chosen'): AppError {
  if (kind === 'output') return new AppError('UNKNOWN_FILE', '这个导出文件已经保存过或已失效，请重新导出');
  if (kind === 'shown') return new AppError('UNKNOWN_FILE', '这个文件已不能显示（可能已被删除），请重新打开预览');
  return new AppError('UNKNOWN_FILE', '找不到所选的文件（可能已在之前的运行中选择），请重新选择文件');
}

function sizeText(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Moves a file, across drives too (copy beside the target, then rename into place: never half a file there). */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    fs.renameSync(from, to);
    return;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'EEXIST' && code !== 'EACCES') throw e;
  }
  const temp = tempPathFor(to);
  const note = noteTempFile(temp);
  try {
    fs.copyFileSync(from, temp);
    await renameWithRetry(temp, to);
  } finally {
    fs.rmSync(temp, { force: true });
    releaseTempNote(note);
  }
  fs.rmSync(from, { force: true });
}

/** Runs `read` on a chosen file no larger than maxBytes; its failures become Chinese refusals naming the file. */
function readWithin<T>(
  e: Entry,
  maxBytes: number,
  read: (file: string) => T,
): { bytes: T; name: string; size: number } {
  try {
    const size = fs.statSync(e.path).size;
    if (size > maxBytes)
      throw new AppError('FILE_TOO_LARGE', `文件过大：${e.name}（${sizeText(size)}，此处最多 ${sizeText(maxBytes)}）`, {
        file: e.name,
      });
    return { bytes: read(e.path), name: e.name, size };
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('FILE_UNREADABLE', `无法读取文件：${e.name}（可能已被移动、删除或正被其他程序占用）`, {
      file: e.name,
    });
  }
}

export function createFileGrants(dataDir: string): FileGrants {
  const entries = new Map<string, Entry>();
  let outbox: string | null = null;

  const outboxDir = () => {
    if (!outbox) {
      outbox = path.join(outboxRoot(dataDir), `${process.pid}-${crypto.randomBytes(4).toString('hex')}`);
      fs.mkdirSync(outbox, { recursive: true });
    }
    return outbox;
  };
  const entry = (token: string, kind: Entry['kind']): Entry => {
    const e = TOKEN.test(token) ? entries.get(token) : undefined;
    if (!e || e.kind !== kind) throw unknownFile(kind);
    return e;
  };
  const newToken = () => crypto.randomBytes(16).toString('hex');

  const grants: FileGrants = {
    grantRead(filePath, name = path.basename(filePath)) {
      let size: number;
      try {
        const st = fs.statSync(filePath);
        if (!st.isFile()) throw new Error('not a file');
        size = st.size;
      } catch {
        throw new AppError('FILE_UNREADABLE', `无法读取文件：${name}（文件不存在或不是普通文件）`, { file: name });
      }
      const token = newToken();
      entries.set(token, { path: path.resolve(filePath), name, kind: 'chosen' });
      return { token, name, size };
    },
    uploadPath() {
      return path.join(outboxDir(), `${newToken()}.upload`);
    },
    chosen(token) {
      const e = entry(token, 'chosen');
      return { path: e.path, name: e.name };
    },
    readChosen(token, maxBytes) {
      const { bytes, name } = readWithin(entry(token, 'chosen'), maxBytes, (file) => fs.readFileSync(file));
      return { bytes, name };
    },
    chosenWithin(token, maxBytes) {
      const e = entry(token, 'chosen');
      // Opened once here so a locked or vanished file is refused as unreadable, not as a damaged archive.
      const size = readWithin(e, maxBytes, (file) => fs.closeSync(fs.openSync(file, 'r'))).size;
      return { path: e.path, name: e.name, size };
    },
    newOutput(fileName) {
      // The outbox file's own name is plain ASCII: the user's name is kept beside it and used on saving.
      const token = newToken();
      const file = path.join(outboxDir(), `${token}.out`);
      entries.set(token, {
        path: file,
        name: windowsSafeName(path.basename(fileName.replace(/\\/g, '/'))) || '导出文件',
        kind: 'output',
      });
      return { token, path: file };
    },
    putOutput(fileName, bytes) {
      const out = grants.newOutput(fileName);
      fs.writeFileSync(out.path, bytes);
      return grants.describe(out.token);
    },
    describe(token) {
      const e = entry(token, 'output');
      e.handedAt = performance.now();
      return { token, fileName: e.name, size: fs.statSync(e.path).size };
    },
    output(token) {
      const e = entry(token, 'output');
      if (!fs.existsSync(e.path)) throw unknownFile('output');
      return { path: e.path, name: e.name };
    },
    grantView(filePath, name) {
      const file = path.resolve(filePath);
      const size = fs.statSync(file).size;
      for (const [token, e] of entries)
        if (e.kind === 'shown' && e.path === file) return { token, fileName: e.name, size };
      const token = newToken();
      entries.set(token, { path: file, name, kind: 'shown' });
      return { token, fileName: name, size };
    },
    view(token) {
      const e = entry(token, 'shown');
      if (!fs.existsSync(e.path)) throw unknownFile('shown');
      const out = { path: e.path, name: e.name };
      const head = Buffer.alloc(8);
      const fd = fs.openSync(out.path, 'r');
      try {
        fs.readSync(fd, head, 0, 8, 0);
      } finally {
        fs.closeSync(fd);
      }
      const type = viewableType(head);
      if (!type)
        throw new AppError('FILE_NOT_VIEWABLE', `无法在窗口中显示：${out.name}（只能预览 PDF、JPG、PNG 文件）`, {
          file: out.name,
        });
      return { ...out, type };
    },
    async deliver(token, targetPath) {
      const e = entry(token, 'output');
      if (!fs.existsSync(e.path)) throw unknownFile('output');
      const target = path.resolve(targetPath);
      try {
        await moveFile(e.path, target);
      } catch {
        throw new AppError('SAVE_FAILED', `无法保存到：${target}（文件夹不可写，或同名文件正被其他程序打开）`, {
          file: target,
        });
      }
      entries.delete(token);
      return { fileName: path.basename(target), path: target };
    },
    async keepInFolder(token, dir) {
      const e = entry(token, 'output');
      try {
        fs.mkdirSync(dir, { recursive: true });
      } catch {
        throw new AppError('EXPORT_DIR_FAILED', `无法创建导出文件夹：${dir}`, { file: dir });
      }
      return grants.deliver(token, path.join(dir, freeFileName(dir, e.name)));
    },
    discard(token) {
      const e = TOKEN.test(token) ? entries.get(token) : undefined;
      if (e?.kind !== 'output') return false;
      entries.delete(token);
      fs.rmSync(e.path, { force: true });
      return true;
    },
    dropUnclaimed(maxAgeMs, busy, now = performance.now()) {
      let dropped = 0;
      for (const [token, e] of entries) {
        if (e.kind !== 'output' || e.handedAt === undefined || now - e.handedAt < maxAgeMs || busy.has(token)) continue;
        if (grants.discard(token)) dropped++;
      }
      return dropped;
    },
    dispose() {
      if (outbox) fs.rmSync(outbox, { recursive: true, force: true });
      outbox = null;
      entries.clear();
    },
  };
  return grants;
}
