// A read-only command skips preparing the data folder (it stays quick and writes nothing there) —
// but opening a database made by an older version migrates it, after a backup, and that must be in
// the app's log like any other change: the command prepares the folder when, and only when, it migrates.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MIGRATIONS } from '../../../electron/core/store/migrations/index';
import { openStore } from '../../../electron/core/store/openStore';
import { runCli } from '../support/runCli';

let dir: string;
let db: string;
let dataDir: string;
const logText = () => {
  const file = path.join(dataDir, 'logs', 'shenbaotong.log');
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-cli-migrate-'));
  db = path.join(dir, 'old.sqlite');
  dataDir = path.join(dir, 'data');
  // A school database as the previous version left it: every migration but the newest.
  const old = await openStore(db, { create: true, appVersion: 'previous', migrations: MIGRATIONS.slice(0, -1) });
  old.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a read-only CLI command on an older database', { timeout: 120_000 }, () => {
  it('logs the migration and the backup taken before it; a second run, with nothing to migrate, logs nothing', async () => {
    const last = MIGRATIONS[MIGRATIONS.length - 1];
    const before = `before-migration-${String(last.version).padStart(4, '0')}`;

    const listed = await runCli(['application', 'list', '--db', db], { SHENBAOTONG_DATA_DIR: dataDir });
    expect(listed.stderr).toBe('（没有申报）\n');
    expect(listed.code).toBe(0);

    const log = logText();
    expect(log).toMatch(/ INFO start entry=cli /);
    expect(log).toMatch(new RegExp(` INFO backup\\.created reason=${before} `));
    expect(log).toMatch(new RegExp(` INFO store\\.migrated from=${last.version - 1} to=${last.version} migrations=`));
    // The backup the log names is there, beside the database.
    expect(fs.readdirSync(path.join(dir, 'backups')).some((f) => f.includes(before))).toBe(true);

    const again = await runCli(['application', 'list', '--db', db], { SHENBAOTONG_DATA_DIR: dataDir });
    expect(again.code).toBe(0);
    expect(logText()).toBe(log);
  });
});
