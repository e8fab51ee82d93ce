import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { runCli } from '../support/runCli';

let dir: string;
let db: string;
const rows = () => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare('SELECT id, pack_id AS packId, title FROM application ORDER BY id').all() as {
      id: number;
      packId: string;
      title: string;
    }[];
  } finally {
    d.close();
  }
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-appcli-'));
  db = path.join(dir, 'demo.sqlite');
  expect((await runCli(['init', '--db', db, '--demo'])).code).toBe(0);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Each command is a whole `npm run cli` process (several seconds each on a loaded machine).
describe('CLI applications (whole processes)', { timeout: 300_000 }, () => {
  it('creates, lists, renames, deletes (with --yes), lists the deleted and restores', async () => {
    const list = await runCli(['application', 'list', '--db', db]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^1\thenan-2024-346\t.+（机电一体化技术）\t草稿\n$/);

    const created = await runCli([
      'application',
      'create',
      'henan-2024-346',
      '--db',
      db,
      '--param',
      'majorCode=460305',
    ]);
    expect(created.code).toBe(0);
    expect(created.stdout).toBe('2\n');
    expect(created.stderr).toContain('注意：通知要求「每所高等职业学校限报1个」');

    const renamed = await runCli(['application', 'rename', '2', '工业机器人方向（备选）', '--db', db]);
    expect(renamed.code).toBe(0);
    expect(rows().find((r) => r.id === 2)?.title).toBe('工业机器人方向（备选）');

    const unconfirmed = await runCli(['application', 'delete', '2', '--db', db]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('确认删除请加 --yes；未删除');
    expect(rows()).toHaveLength(2);

    const deleted = await runCli(['application', 'delete', '2', '--db', db, '--yes']);
    expect(deleted.code).toBe(0);
    expect(deleted.stdout).toMatch(
      /已删除第 2 号申报「工业机器人方向（备选）」。删除前的备份：.+before-application-delete/,
    );
    expect(rows().map((r) => r.id)).toEqual([1]);
    const trash = await runCli(['application', 'deleted', '--db', db]);
    expect(trash.stdout).toMatch(/^1\t2\thenan-2024-346\t工业机器人方向（备选）\t.+\t可恢复\n$/);
    const restored = await runCli(['application', 'restore', '1', '--db', db]);
    expect(restored.stdout).toBe('已恢复申报「工业机器人方向（备选）」，编号 2\n');
    expect(rows().map((r) => r.id)).toEqual([1, 2]);
  });

  it('export asks for --application when a notice has several, and exports the one named', async () => {
    const out = path.join(dir, 'out');
    const ambiguous = await runCli(['export', 'henan-2024-346', '--db', db, '--out', out]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toMatch(
      /有 2 份申报，请用 --application 指定要导出的一份：1「.+」（草稿）；2「工业机器人方向（备选）」（草稿）/,
    );
    expect(fs.existsSync(out)).toBe(false);

    const other = await runCli(['export', 'henan-2023-258', '--db', db, '--out', out, '--application', '1']);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/第 1 号申报「.+」属于通知「henan-2024-346」，不是「henan-2023-258」/);
    expect(fs.existsSync(out)).toBe(false);

    const one = await runCli(['export', 'henan-2024-346', '--db', db, '--out', out, '--application', '1']);
    expect(one.code).toBe(0);
    expect(path.basename(one.stdout.trim())).toMatch(/申报材料（机电一体化技术专业）\.zip$/);
  });

  it('export of a notice of targets writes its 目标自查表 without an application', async () => {
    const out = path.join(dir, 'selfcheck');
    const r = await runCli(['export', 'zhengzhou-2023-38', '--db', db, '--out', out]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual([
      '河南示范职业技术学院郑政办〔2023〕38号目标自查表.docx',
      '河南示范职业技术学院郑政办〔2023〕38号目标自查表.xlsx',
    ]);
    expect(rows().some((a) => a.packId === 'zhengzhou-2023-38')).toBe(false);
  });

  it('imports a pack file, and refuses a broken one with the place of each error', async () => {
    const seed = JSON.parse(fs.readFileSync('assets/packs/zhengzhou-2023-38.json', 'utf8')) as Record<string, unknown>;
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(good, JSON.stringify({ ...seed, id: 'zhengzhou-2024-test', docNo: '郑政办〔2024〕99号' }));
    const ok = await runCli(['pack', 'import', good, '--db', db]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(`已导入通知 zhengzhou-2024-test：郑政办〔2024〕99号 ${String(seed.title)}\n`);
    expect((await runCli(['pack', 'list', '--db', db])).stdout).toContain('zhengzhou-2024-test\t郑政办〔2024〕99号');

    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ ...seed, id: 'bad-pack', level: '乡' }));
    const refused = await runCli(['pack', 'import', bad, '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/错误：通知包「bad.json」有 1 处错误，未导入。第一处：level/);
    expect((await runCli(['pack', 'list', '--db', db])).stdout).not.toContain('bad-pack');
  });

  it('refuses an unknown notice, an unknown parameter and a value not among the options, writing nothing', async () => {
    const before = rows();
    const cases: [string[], RegExp][] = [
      [['application', 'create', 'henan-2099-1'], /错误：没有编号为「henan-2099-1」的通知/],
      [
        ['application', 'create', 'henan-2024-346', '--param', 'major=460301'],
        /错误：通知「教职成〔2024〕346号」没有参数「major」；可用的参数：「统计年度」、「申报专业」、/,
      ],
      [
        ['application', 'create', 'henan-2024-346', '--param', 'majorCode=999999'],
        /错误：参数「申报专业」的值「999999」不在可选项中；可选：460301（机电一体化技术）/,
      ],
      [
        ['check', 'henan-2024-346', '--param', 'groupName=不存在的群'],
        /错误：参数「服务专业群」的值「不存在的群」不在可选项中/,
      ],
      [['application', 'rename', '99', '新名称'], /错误：没有编号为 99 的申报/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli([...args, '--db', db]);
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(r.stderr).toMatch(message);
    }
    expect(rows()).toEqual(before);
  });

  it('check of a notice without conditions says so and gives no verdict', async () => {
    const r = await runCli(['check', 'henan-2023-189', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '申报条件检查：henan-2023-189 教职成〔2023〕189号\n此通知没有可核对的申报条件，不作符合与否的结论。\n',
    );
  });
});
