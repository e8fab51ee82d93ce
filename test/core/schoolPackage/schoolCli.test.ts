// `school export` and `school import` as a script runs them: whole processes, exit codes, stdout.
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { tempDir } from '../bundles/bundleFixtures.js';
import { runCliProcess } from '../support/runCliProcess.js';

const cli = runCliProcess;

const dir = tempDir('school-cli-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('CLI school export / school import', () => {
  it('moves the demo school to a new database: the data sets’ JSON exports are identical', async () => {
    const db = path.join(dir, 'old', 'school.sqlite');
    expect((await cli(['init', '--db', db, '--demo'])).code).toBe(0);
    const out = path.join(dir, 'demo.sbtdata');
    const made = await cli(['school', 'export', '--db', db, '--out', out]);
    expect(made.code).toBe(0);
    expect(made.stdout.trim()).toBe(out);
    expect(made.stderr).toMatch(/含有全校的基础数据和个人信息.*请勿上传/);

    const target = path.join(dir, 'new-pc', 'school.sqlite');
    const restored = await cli(['school', 'import', out, '--db', target]);
    expect(restored.stderr).toBe('');
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/^已恢复「河南示范职业技术学院」到 /);
    expect(restored.stdout).toMatch(/教师：891 条/);
    for (const set of ['teachers', 'equipment']) {
      const a = await cli(['data', 'export', set, '--db', db, '--json']);
      const b = await cli(['data', 'export', set, '--db', target, '--json']);
      expect(b.stdout.length, set).toBeGreaterThan(1000);
      expect(b.stdout, set).toBe(a.stdout);
    }

    // Into a database that holds a school: refused without --replace, nothing changed; with it, backed up first.
    const before = fs.readFileSync(target);
    const refused = await cli(['school', 'import', out, '--db', target]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/错误：数据库文件已存在且有数据.*请加 --replace/);
    expect(fs.readFileSync(target).equals(before)).toBe(true);
    const replaced = await cli(['school', 'import', out, '--db', target, '--replace']);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toMatch(/替换前的数据库已备份到：.*before-school-restore\.sqlite/);
  }, 300_000);

  it('refuses a file that is not a package with a Chinese message and exit code 1', async () => {
    const bad = path.join(dir, 'bad.sbtdata');
    fs.writeFileSync(bad, 'not a zip');
    const r = await cli(['school', 'import', bad, '--db', path.join(dir, 'x', 'school.sqlite')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^错误：文件不是有效的学校数据包/);
    expect(fs.existsSync(path.join(dir, 'x', 'school.sqlite'))).toBe(false);
  }, 60_000);
});
