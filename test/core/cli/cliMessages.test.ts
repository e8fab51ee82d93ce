import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from '../support/runCli';

// A clerk's slips at the command line, as whole processes: every refusal is Chinese, names what
// they typed by its Chinese name (no program keys, no stack), and changes nothing.
let dir: string;
let db: string;
const applicationCount = () => {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare('SELECT count(*) AS n FROM application').get() as { n: number }).n;
  } finally {
    d.close();
  }
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-climsg-'));
  db = path.join(dir, 'demo.sqlite');
  expect((await runCli(['init', '--db', db, '--demo'])).code).toBe(0);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('CLI messages a clerk reads (whole processes)', { timeout: 300_000 }, () => {
  it('a 统计年度 that is no year is refused and no application is made', async () => {
    const before = applicationCount();
    const r = await runCli(['application', 'create', 'henan-2024-346', '--db', db, '--param', 'baseYear=1800']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('错误：参数「统计年度」应为年份（2000—2100，如 2023），「1800」不是\n');
    expect(applicationCount()).toBe(before);
  });

  it('a value not among the options names the parameter once, by its label', async () => {
    const r = await runCli(['application', 'create', 'henan-2024-346', '--db', db, '--param', 'majorCode=999999']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^错误：参数「申报专业」的值「999999」不在可选项中；可选：460301（机电一体化技术）/);
    expect(r.stderr).not.toMatch(/majorCode|字段/);
  });

  it('--param takes the parameter by the label the window shows (统计年度, 合作企业(1)) as well as by its key', async () => {
    // A database of its own: the export test below expects the demo's one application only.
    const own = path.join(dir, 'params.sqlite');
    expect((await runCli(['init', '--db', own, '--demo'])).code).toBe(0);
    const created = await runCli([
      'application',
      'create',
      'henan-2024-346',
      '--db',
      own,
      '--param',
      '申报专业=460305',
      '--param',
      '统计年度 = 2023',
      '--title',
      '按名称指定参数',
    ]);
    expect(created.stderr).not.toMatch(/错误/);
    expect(created.code).toBe(0);
    const d = new Database(own, { readonly: true });
    try {
      const row = d.prepare('SELECT params_json FROM application WHERE title = ?').get('按名称指定参数') as {
        params_json: string;
      };
      expect(JSON.parse(row.params_json)).toMatchObject({ majorCode: '460305', baseYear: 2023 });
    } finally {
      d.close();
    }
    // A label as a clerk types it, with ASCII brackets, reaches the same parameter: its value is checked.
    const bracket = await runCli(['check', 'henan-2024-346', '--db', own, '--param', '合作企业(1)=不存在的企业']);
    expect(bracket.stderr).toMatch(/^错误：参数「合作企业（1）」/);
  });

  it('a --param name that is neither a label nor a key lists the notice parameters by label; nothing is made', async () => {
    const before = applicationCount();
    const r = await runCli(['application', 'create', 'henan-2024-346', '--db', db, '--param', '专业=460301']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      '错误：通知「教职成〔2024〕346号」没有参数「专业」；可用的参数：「统计年度」、「申报专业」、「服务专业群」、「申报实训中心（实训场所所属中心）」、「合作企业（1）」、「合作企业（2）」（写成 --param 名称=值，如 --param 统计年度=…）\n',
    );
    expect(applicationCount()).toBe(before);
  });

  it('a wrong 统一社会信用代码 is said once, without a 「字段」 repeating it', async () => {
    const r = await runCli([
      'init',
      '--db',
      path.join(dir, 'new.sqlite'),
      '--name',
      '测试学院',
      '--credit-code',
      '123',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('错误：统一社会信用代码应为 18 位，现为 3 位\n');
  });

  it('a stray word or a wrong option is an argument error in Chinese with the usage, not an internal error', async () => {
    const stray = await runCli(['pack', 'list', '--db', db, 'extra']);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toBe('参数错误：多余的参数「extra」\n用法：npm run cli -- pack list --db FILE\n');
    const missing = await runCli(['application', 'list', '--db']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^参数错误：选项 --db 后面缺少值\n用法：/);
  });

  it('--help puts each summary under its usage (columns of Chinese text cannot be padded into line)', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\n  pack list --db FILE\n      列出通知库中的通知');
    expect(r.stdout).not.toMatch(/[A-Za-z\]] {3,}\S/);
  });

  it('export lists what the bundle still lacks; the two kinds of file: each refused by the other command saying what it is; --new says 新增; times are local', async () => {
    const exported = await runCli(['export', 'henan-2024-346', '--db', db, '--out', path.join(dir, 'out')]);
    expect(exported.code).toBe(0);
    const bundle = exported.stdout.trim().split('\n').at(-1)!;
    // The window's 「导出前请核对」 list, on stderr: the demo application has no 佐证材料 chosen and
    // conditions only the school can confirm.
    expect(exported.stderr).toContain(
      '注意：导出前请核对，通知要求的以下内容还没有：\n  没有选用任何佐证材料，导出后 ',
    );
    expect(exported.stderr).toMatch(
      /\n {2}\d+ 项申报条件尚未由学校确认：1\.2、.+（回答：check henan-2024-346 --application 1 --confirm 条件编号=是\|否）\n/,
    );
    const dry = await runCli(['bundle', 'import', bundle, '--db', db, '--dry-run', '--new']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/：新增一份申报\n/);
    expect(dry.stdout).not.toContain('替换');
    expect(dry.stdout).toMatch(/制作时间：\d{4}-\d\d-\d\d \d\d:\d\d {2}申报通/);

    // 「--out 备份」 gets the package's own extension, so 恢复 offers it.
    const made = await runCli(['school', 'export', '--db', db, '--out', path.join(dir, '备份')]);
    expect(made.code).toBe(0);
    const pkg = path.join(dir, '备份.sbtdata');
    expect(made.stdout).toBe(`${pkg}\n`);
    expect(fs.existsSync(pkg)).toBe(true);

    const target = path.join(dir, 'other', 'school.sqlite');
    const wrongWay = await runCli(['school', 'import', bundle, '--db', target]);
    expect(wrongWay.code).toBe(1);
    expect(wrongWay.stderr).toMatch(/^错误：这是申报材料包，不是学校数据包：.*（命令行：bundle import）/);
    expect(fs.existsSync(target)).toBe(false);
    const before = applicationCount();
    const otherWay = await runCli(['bundle', 'import', pkg, '--db', db]);
    expect(otherWay.code).toBe(1);
    expect(otherWay.stderr).toMatch(/^错误：这是学校数据包，不是申报材料包：.*（命令行：school import）/);
    expect(applicationCount()).toBe(before);
  });
});
