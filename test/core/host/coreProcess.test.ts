import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';

import { type CoreClient, createCoreClient } from '../../../electron/core/host/createCoreClient';
import type { FromCore, ToCore } from '../../../electron/core/host/hostMessages';

const ENTRY = path.join(__dirname, 'forkedCoreEntry.ts');
let child: ChildProcess | undefined;
let dir: string | undefined;
afterEach(() => {
  child?.kill();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The core in its own process, as the desktop app runs it, with a printer standing in for main's. */
function startCore(printed: string[]): CoreClient {
  child = fork(ENTRY, [], { execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: 'pipe' });
  const c = child;
  const client = createCoreClient(
    { post: (m: ToCore) => c.send(m), onMessage: (l) => c.on('message', (m) => l(m as FromCore)) },
    {
      async printHtmlToPdf(html) {
        printed.push(html);
        const doc = await PDFDocument.create();
        doc.addPage([595, 842]);
        return doc.save();
      },
    },
  );
  c.on('exit', (code) => client.exited(code));
  return client;
}

describe('the core in its own process (Electron utilityProcess protocol)', () => {
  it('opens the database there, answers calls by number, and prints through the window process', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-host-'));
    const printed: string[] = [];
    const core = startCore(printed);
    await core.start({ dbPath: path.join(dir, 'school.sqlite'), dataDir: dir, appVersion: 'test' });
    expect(await core.call('store/status', {})).toMatchObject({ ok: true, value: { open: false } });
    const created = await core.call('store/createEmpty', {
      schoolName: '河南测试职业学院',
      educationLevel: '高职（专科）',
    });
    expect(created).toMatchObject({ ok: true, value: { open: true, schoolName: '河南测试职业学院' } });
    // Input is still checked against the contract in the core process.
    expect(await core.call('store/createEmpty', { schoolName: 42 })).toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    // Calls sent together all come back, each to its own caller.
    const [packs, status] = await Promise.all([core.call('pack/list', {}), core.call('store/status', {})]);
    expect(packs.ok && Array.isArray(packs.value)).toBe(true);
    expect(status).toMatchObject({ ok: true, value: { schoolName: '河南测试职业学院' } });
    // A PDF: the core lays the page out, the window process prints it, the core gets the bytes back.
    const pdf = await core.call('eligibility/report', { packId: 'henan-2024-346', params: {}, format: 'pdf' });
    expect(pdf).toMatchObject({ ok: true, value: { mime: 'application/pdf' } });
    expect(printed.length).toBeGreaterThan(0);
    expect(printed[0]).toContain('<html');
    await core.close();
    expect(fs.existsSync(path.join(dir, 'school.sqlite'))).toBe(true);
  });

  it('turns the paths main chose in a dialog into tokens, and moves only outputs to where the user saves', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-host-'));
    const core = startCore([]);
    await core.start({ dbPath: path.join(dir, 'school.sqlite'), dataDir: dir, appVersion: 'test' });
    const file = path.join(dir, '设备台账.xlsx');
    fs.writeFileSync(file, 'bytes');
    const granted = await core.grantRead([file]);
    expect(granted).toMatchObject({ ok: true, value: [{ name: '设备台账.xlsx', size: 5 }] });
    const token = granted.ok ? granted.value[0].token : '';
    // A chosen file is never an output: main cannot move the user's own file by its token.
    expect(await core.deliver(token, path.join(dir, 'moved.xlsx'))).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_FILE' },
    });
    expect(fs.existsSync(file)).toBe(true);
    const missing = await core.grantRead([path.join(dir, '没有.xlsx')]);
    expect(missing.ok ? '' : `${missing.error.code} ${missing.error.message}`).toMatch(/^FILE_UNREADABLE .*没有\.xlsx/);
    await core.close();
  });

  it('says in Chinese why a damaged database cannot be opened, and leaves it as it was', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-host-'));
    const junk = Buffer.from('这不是数据库文件'.repeat(10));
    fs.writeFileSync(path.join(dir, 'school.sqlite'), junk);
    const core = startCore([]);
    await expect(
      core.start({ dbPath: path.join(dir, 'school.sqlite'), dataDir: dir, appVersion: 'test' }),
    ).rejects.toThrow(/不是申报通数据库/);
    expect(fs.readFileSync(path.join(dir, 'school.sqlite'))).toEqual(junk);
  });

  it('answers every waiting call with an error when the core process ends, so the window never hangs', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-host-'));
    const core = startCore([]);
    await core.start({ dbPath: path.join(dir, 'school.sqlite'), dataDir: dir, appVersion: 'test' });
    const waiting = core.call('store/createDemo', {});
    child!.kill('SIGKILL');
    expect(await waiting).toMatchObject({ ok: false, error: { code: 'CORE_EXITED' } });
    expect(await core.call('store/status', {})).toMatchObject({ ok: false, error: { code: 'CORE_EXITED' } });
  });
});
