import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { createFileGrants, outboxRoot, sweepOutbox } from '../../../electron/core/files/fileGrants';

let dir: string;
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
function tempDir(): string {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-grants-'));
  return dir;
}

describe('files travel by token, never as bytes through the window', () => {
  it('reads a chosen file only by the token it was granted, refusing other tokens and oversized files in Chinese', () => {
    const d = tempDir();
    const file = path.join(d, '设备台账.xlsx');
    fs.writeFileSync(file, Buffer.alloc(2048, 1));
    const grants = createFileGrants(path.join(d, 'data'));
    const chosen = grants.grantRead(file);
    expect(chosen).toMatchObject({ name: '设备台账.xlsx', size: 2048 });
    expect(chosen.token).toMatch(/^[0-9a-f]{32}$/);
    expect(grants.readChosen(chosen.token, 4096).bytes.length).toBe(2048);
    expect(() => grants.readChosen(chosen.token, 1024)).toThrow(/文件过大：设备台账\.xlsx（2 KB，此处最多 1 KB）/);
    expect(() => grants.chosen('0'.repeat(32))).toThrow(/请重新选择文件/);
    expect(() => grants.chosen('../../etc/passwd')).toThrow(/请重新选择文件/);
    // A chosen file is not an output: it can never be moved away by a save.
    return expect(grants.deliver(chosen.token, path.join(d, 'x'))).rejects.toThrow(/请重新导出/);
  });

  it('says which file is missing when a chosen path is gone', () => {
    const d = tempDir();
    const grants = createFileGrants(d);
    expect(() => grants.grantRead(path.join(d, '不存在.xlsx'))).toThrow(/无法读取文件：不存在\.xlsx/);
    const file = path.join(d, '名单.csv');
    fs.writeFileSync(file, 'a');
    const chosen = grants.grantRead(file);
    expect(grants.chosenWithin(chosen.token, 100)).toEqual({ path: file, name: '名单.csv', size: 1 });
    expect(() => grants.chosenWithin(chosen.token, 0)).toThrow(/文件过大：名单\.csv/);
    fs.rmSync(file);
    expect(() => grants.readChosen(chosen.token, 100)).toThrow(/无法读取文件：名单\.csv/);
    // Read where it lies (a bundle): the same refusal, before any reader sees a missing file as damage.
    expect(() => grants.chosenWithin(chosen.token, 100)).toThrow(/无法读取文件：名单\.csv/);
  });

  it('hands an output to the path the user chose, replacing a file there, and only once', async () => {
    const d = tempDir();
    const grants = createFileGrants(path.join(d, 'data'));
    const out = grants.putOutput('申报材料包.zip', Buffer.from('PK-bundle'));
    expect(out).toMatchObject({ fileName: '申报材料包.zip', size: 9 });
    const target = path.join(d, '保存', '材料.zip');
    fs.mkdirSync(path.dirname(target));
    fs.writeFileSync(target, 'old');
    expect(await grants.deliver(out.token, target)).toEqual({ fileName: '材料.zip', path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('PK-bundle');
    await expect(grants.deliver(out.token, target)).rejects.toThrow(/请重新/);
  });

  it('keeps an output in a folder under a name not taken there, and never writes outside it', async () => {
    const d = tempDir();
    const grants = createFileGrants(path.join(d, 'data'));
    const folder = path.join(d, '导出');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, '汇总表.xlsx'), 'earlier');
    const a = grants.putOutput('../../汇总表.xlsx', Buffer.from('new'));
    const kept = await grants.keepInFolder(a.token, folder);
    expect(kept.fileName).toBe('汇总表 (2).xlsx');
    expect(fs.readFileSync(path.join(folder, '汇总表.xlsx'), 'utf8')).toBe('earlier');
    expect(fs.readFileSync(kept.path, 'utf8')).toBe('new');
  });

  it('discards an output the user chose not to save, and never a chosen file', () => {
    const d = tempDir();
    const grants = createFileGrants(path.join(d, 'data'));
    const out = grants.putOutput('汇总表.xlsx', Buffer.from('x'));
    const file = grants.output(out.token).path;
    const mine = path.join(d, '名单.csv');
    fs.writeFileSync(mine, 'a');
    const chosen = grants.grantRead(mine);
    expect(grants.discard(chosen.token)).toBe(false);
    expect(grants.discard(out.token)).toBe(true);
    expect(fs.existsSync(file)).toBe(false);
    expect(() => grants.output(out.token)).toThrow(/请重新导出/);
    expect(grants.discard(out.token)).toBe(false);
    expect(fs.readFileSync(mine, 'utf8')).toBe('a');
    // Unclaimed outputs go by age, except those still being sent.
    const old = grants.putOutput('a.pdf', Buffer.from('1'));
    const busy = grants.putOutput('b.pdf', Buffer.from('2'));
    expect(grants.dropUnclaimed(60_000, new Set(), performance.now() + 59_000)).toBe(0);
    expect(grants.dropUnclaimed(60_000, new Set([busy.token]), performance.now() + 61_000)).toBe(1);
    expect(() => grants.output(old.token)).toThrow(/请重新导出/);
    expect(grants.output(busy.token).name).toBe('b.pdf');
  });

  it('sweeps the outbox of a run that ended without saving its exports, and keeps a running one', () => {
    const d = tempDir();
    const grants = createFileGrants(d);
    grants.putOutput('a.pdf', Buffer.from('x'));
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const orphan = path.join(outboxRoot(d), `${dead}-deadbeef`);
    fs.mkdirSync(orphan);
    fs.writeFileSync(path.join(orphan, 'x.out'), 'left behind');
    expect(sweepOutbox(d)).toBe(1);
    expect(fs.existsSync(orphan)).toBe(false);
    expect(fs.readdirSync(outboxRoot(d))).toHaveLength(1);
    grants.dispose();
    expect(fs.readdirSync(outboxRoot(d))).toHaveLength(0);
  });
});
