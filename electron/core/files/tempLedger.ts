import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Every file is written under a temporary name and renamed into place (writeFileAtomic). A process
// killed in between leaves the temporary file behind, in a folder the user chose (an export folder,
// the evidence folder) where nothing would ever look for it again. So each temporary file is first
// noted in a small ledger in the data folder; at the next start, notes of processes that are gone are
// swept: their temporary files removed, the notes deleted.

let ledgerDir: string | null = null;

/** Temporary names as tempPathFor makes them: `.NAME.PID-HEX8.tmp`. Nothing else is ever removed. */
export const TEMP_NAME = /^\..+\.(\d+)-[0-9a-f]{8}\.tmp$/;

/** Where notes go (the data folder's `pending-files`); null turns the ledger off (tests, libraries). */
export function configureTempLedger(dir: string | null): void {
  ledgerDir = dir;
}

/** Notes `tempPath` before it is created; returns the note to release once the file is renamed or removed. */
export function noteTempFile(tempPath: string): string | null {
  if (!ledgerDir) return null;
  try {
    fs.mkdirSync(ledgerDir, { recursive: true });
    const note = path.join(ledgerDir, `${process.pid}-${crypto.randomBytes(4).toString('hex')}.json`);
    fs.writeFileSync(note, JSON.stringify({ pid: process.pid, path: tempPath }));
    return note;
  } catch {
    return null; // an unwritable data folder must not stop an export
  }
}

export function releaseTempNote(note: string | null): void {
  if (note) fs.rmSync(note, { force: true });
}

/** Whether a process with this id is running (EPERM: it is, but not ours). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes what killed processes left; returns how many temporary files were removed. */
export function sweepTempLedger(dir: string | null = ledgerDir): number {
  if (!dir || !fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    const note = path.join(dir, name);
    const pid = Number(/^(\d+)-/.exec(name)?.[1]);
    if (pid && processAlive(pid)) continue;
    try {
      const { path: temp } = JSON.parse(fs.readFileSync(note, 'utf8')) as { path?: unknown };
      if (typeof temp === 'string' && TEMP_NAME.test(path.basename(temp)) && fs.existsSync(temp)) {
        fs.rmSync(temp, { force: true });
        removed++;
      }
    } catch {
      /* a note cut short by the same kill: nothing to follow */
    }
    fs.rmSync(note, { force: true });
  }
  return removed;
}
