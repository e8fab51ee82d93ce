// A 学校数据包 restore killed while it swaps files (placeStagedPackage): the next start must leave the
// school either as it was or as restored, and nothing of the restore behind (its staging folder holds
// a full copy of the school's personal data).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { openStore } from '../../../electron/core/store/openStore';

let dir: string;
const dbPath = () => path.join(dir, 'school.sqlite');
const enterprises = async () => {
  const s = await openStore(dbPath(), { appVersion: 'test' });
  try {
    return (s.db.prepare('SELECT name FROM enterprise ORDER BY id').all() as { name: string }[]).map((r) => r.name);
  } finally {
    s.close();
  }
};

async function schoolWith(file: string, enterprise: string) {
  const s = await openStore(file, { create: true, appVersion: 'test' });
  s.db.prepare('INSERT INTO enterprise (name) VALUES (?)').run(enterprise);
  s.close();
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-swap-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a 学校数据包 restore interrupted by a kill', () => {
  it('puts the school back when the kill came after it was moved aside and before the new one was in place', async () => {
    await schoolWith(dbPath(), '原有企业');
    fs.renameSync(dbPath(), `${dbPath()}.replaced-1733580000000-0a1b2c`);
    expect(await enterprises()).toEqual(['原有企业']);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.replaced-'))).toEqual([]);
  });

  it('keeps the restored school and removes the copy moved aside when the kill came after the swap', async () => {
    await schoolWith(dbPath(), '原有企业');
    await schoolWith(path.join(dir, 'staged.sqlite'), '数据包中的企业');
    fs.renameSync(dbPath(), `${dbPath()}.replaced-1733580000000-0a1b2c`);
    fs.renameSync(path.join(dir, 'staged.sqlite'), dbPath());
    expect(await enterprises()).toEqual(['数据包中的企业']);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.replaced-'))).toEqual([]);
  });

  it('removes the staging folder of a process that is gone, not that of one still running', async () => {
    await schoolWith(dbPath(), '原有企业');
    const dead = path.join(dir, '.restore-999999011-AbC123');
    const live = path.join(dir, `.restore-${process.pid}-AbC123`);
    for (const d of [dead, live]) {
      fs.mkdirSync(d);
      fs.writeFileSync(path.join(d, 'school.sqlite'), 'staged copy');
    }
    await enterprises();
    expect(fs.existsSync(dead)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
  });
});
