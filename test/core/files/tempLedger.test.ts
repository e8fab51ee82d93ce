// A file being written under a temporary name by a process that is then killed is removed at the
// next start — in whatever folder it was (an export folder, the evidence folder).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { configureTempLedger, sweepTempLedger } from '../../../electron/core/files/tempLedger';
import { writeFileAtomic } from '../../../electron/core/files/writeFileAtomic';

let dir: string;
let ledger: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-ledger-'));
  ledger = path.join(dir, 'pending-files');
  configureTempLedger(ledger);
});
afterEach(() => {
  configureTempLedger(null);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A dead process's note and temporary file, as a kill -9 mid-export leaves them. */
function leftOver(name: string, pid: number): string {
  const temp = path.join(dir, `.${name}.${pid}-0123abcd.tmp`);
  fs.writeFileSync(temp, 'half a zip');
  fs.mkdirSync(ledger, { recursive: true });
  fs.writeFileSync(path.join(ledger, `${pid}-aaaa0000.json`), JSON.stringify({ pid, path: temp }));
  return temp;
}

describe('temporary file ledger', () => {
  it('notes a temporary file while it is written and releases the note once it is in place', async () => {
    let notesDuring: string[] = [];
    await writeFileAtomic(path.join(dir, '申报材料.zip'), async (out: Writable) => {
      notesDuring = fs.readdirSync(ledger);
      out.write('zip');
      await Promise.resolve();
    });
    expect(notesDuring).toHaveLength(1);
    expect(fs.readdirSync(ledger)).toEqual([]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it("removes a killed process's temporary file at the next start, and leaves a running one's", () => {
    const dead = leftOver('申报材料.zip', 999_999_001);
    const live = path.join(dir, `.other.zip.${process.pid}-0123abcd.tmp`);
    fs.writeFileSync(live, 'still writing');
    fs.writeFileSync(
      path.join(ledger, `${process.pid}-bbbb0000.json`),
      JSON.stringify({ pid: process.pid, path: live }),
    );
    expect(sweepTempLedger()).toBe(1);
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
  });

  it('never removes a file that is not one of its temporary names, whatever a note says', () => {
    const precious = path.join(dir, 'school.sqlite');
    fs.writeFileSync(precious, 'data');
    fs.mkdirSync(ledger, { recursive: true });
    fs.writeFileSync(
      path.join(ledger, '999999002-cccc0000.json'),
      JSON.stringify({ pid: 999_999_002, path: precious }),
    );
    fs.writeFileSync(path.join(ledger, '999999003-dddd0000.json'), '{"pid": 99'); // cut short by the kill
    sweepTempLedger();
    expect(fs.readFileSync(precious, 'utf8')).toBe('data');
    expect(fs.readdirSync(ledger)).toEqual([]);
  });
});
