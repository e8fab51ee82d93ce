// The archive layer under every .xlsx and 专业目录 read: sizes bounded before anything inflates,
// CRC-32 and declared sizes checked as bytes stream, local headers agreeing with the directory.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { openVerifiedZip, ZipProblem } from '../../../electron/core/files/openVerifiedZip';
import { craftZip, entryOf, zeroBombEntry } from '../support/craftZip';

async function problemOf(zip: Buffer): Promise<ZipProblem> {
  try {
    await (await openVerifiedZip(zip)).verifyAll();
  } catch (e) {
    expect(e).toBeInstanceOf(ZipProblem);
    return e as ZipProblem;
  }
  throw new Error('the archive was accepted');
}

describe('openVerifiedZip', () => {
  it('reads honest entries, stored and deflated, byte for byte', async () => {
    const text = '资产编号,名称\n'.repeat(500);
    const z = await openVerifiedZip(craftZip([entryOf('a.txt', text), entryOf('b.txt', 'stored', { stored: true })]));
    expect(z.names).toEqual(['a.txt', 'b.txt']);
    expect((await z.read('a.txt')).toString('utf8')).toBe(text);
    expect((await z.read('b.txt')).toString('utf8')).toBe('stored');
  });

  it('refuses an entry whose bytes do not match its CRC-32 (one digit changed inside the data)', async () => {
    const good = entryOf('xl/worksheets/sheet1.xml', '<v>17903.40</v>'.repeat(200), { stored: true });
    const body = Buffer.from(good.body);
    body[body.indexOf('17903')] = 0x39; // 17903.40 -> 97903.40
    const p = await problemOf(craftZip([{ ...good, body }]));
    expect([p.kind, p.detail, p.entry]).toEqual(['damaged', 'CRC-32 mismatch', 'xl/worksheets/sheet1.xml']);
  });

  it('refuses a deflated entry that inflates to more than it declares, without inflating the rest', async () => {
    const p = await problemOf(craftZip([zeroBombEntry('sheet.xml', 50, 1024)]));
    expect([p.kind, p.detail]).toEqual(['damaged', 'entry longer than declared']);
  });

  it('refuses a zip bomb by its declared size and ratio before inflating a byte', async () => {
    expect((await problemOf(craftZip([zeroBombEntry('sheet.xml', 600)]))).kind).toBe('bomb');
    expect((await problemOf(craftZip([entryOf('big.bin', Buffer.alloc(10), { size: 450 * 1048576 })]))).kind).toBe(
      'bomb',
    );
  });

  it('refuses a local header that names another file than the central directory', async () => {
    const zip = craftZip([entryOf('xl/workbook.xml', '<workbook/>')]);
    zip.write('xl/workbook.xmL', zip.indexOf('xl/workbook.xml'), 'latin1'); // the local header's copy comes first
    expect((await problemOf(zip)).detail).toBe('local header names another file');
  });

  it('refuses encrypted entries and a directory cut off', async () => {
    const enc = craftZip([entryOf('a.xml', '<a/>')]);
    enc.writeUInt16LE(0x801, enc.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])) + 8);
    expect((await problemOf(enc)).kind).toBe('encrypted');
    const zip = craftZip([entryOf('a.xml', '<a/>')]);
    expect((await problemOf(zip.subarray(0, zip.length - 30))).kind).toBe('not-zip');
  });

  it('reads a file by path as it reads bytes (a 学校数据包 is read from disk), CRC-checked the same', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-zip-'));
    try {
      const text = '专业代码,专业名称\n'.repeat(3000);
      const file = path.join(dir, 'a.zip');
      fs.writeFileSync(file, craftZip([entryOf('a.csv', text), entryOf('empty.txt', '', { stored: true })]));
      const z = await openVerifiedZip(file);
      expect(z.entries.map((e) => [e.name, e.size])).toEqual([
        ['a.csv', Buffer.byteLength(text)],
        ['empty.txt', 0],
      ]);
      expect((await z.read('a.csv')).toString('utf8')).toBe(text);
      expect((await z.read('empty.txt')).length).toBe(0);
      const good = entryOf('b.txt', '17903.40'.repeat(100), { stored: true });
      const body = Buffer.from(good.body);
      body[0] = 0x39;
      fs.writeFileSync(file, craftZip([{ ...good, body }]));
      await expect((await openVerifiedZip(file)).read('b.txt')).rejects.toMatchObject({ facts: { mismatch: 'crc' } });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('where entries become files, refuses names outside the folder, letter-case twins and shared data', async () => {
    const folder = { forFolder: true };
    const problem = async (zip: Buffer) =>
      openVerifiedZip(zip, undefined, folder).then(
        () => null,
        (e: ZipProblem) => [e.kind, e.facts],
      );
    expect(await problem(craftZip([entryOf('../evil.txt', 'x')]))).toEqual(['unsafe-path', { unsafe: 'parent' }]);
    expect(await problem(craftZip([entryOf('a/B.txt', 'x'), entryOf('a/b.txt', 'y')]))).toEqual([
      'duplicate-name',
      { twin: 'a/B.txt' },
    ]);
    // The same archive as a workbook: names are only looked up, never written, so the twin is no harm.
    expect((await openVerifiedZip(craftZip([entryOf('a/B.txt', 'x'), entryOf('a/b.txt', 'y')]))).names).toHaveLength(2);
  });
});
