import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkCommand } from '../../../electron/core/cli/commands/checkCommand';
import { demoStore } from '../support/demoStore';

let demo: Awaited<ReturnType<typeof demoStore>>;
let db: string;
beforeAll(async () => {
  demo = await demoStore();
  db = path.join(demo.dir, 'school.sqlite');
  demo.store.close();
}, 120_000);
afterAll(() => demo?.cleanup());

async function check(...args: string[]): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await checkCommand.run([...args, '--db', db], {
    out: (l) => out.push(l),
    err: (l) => out.push(`ERR ${l}`),
  });
  return { code, out };
}
const detail = (out: string[], id: string) => out[out.findIndex((l) => l.trim().startsWith(`${id}. `)) + 1];

describe('CLI check', () => {
  it('reports a self-check pack as targets met, not met and not applicable, with the demo school’s figures', async () => {
    const r = await check('zhengzhou-2023-38');
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(r.out[0]).toBe('目标自查：zhengzhou-2023-38 郑政办〔2023〕38号');
    expect(text).not.toMatch(/申报条件/);
    // 实践性教学课时占比 and 生均拨款 come from the demo's 指标, not 待确认.
    expect(detail(r.out, 'T2')).toMatch(/学校数据 \d+(\.\d+)? %\u3000要求 ≥ 50 %\u3000结果 达标/);
    expect(detail(r.out, 'T7')).toMatch(/学校数据 [\d,]+ 元\u3000要求 ≥ 12,000 元\u3000结果 达标/);
    // A 高职 school: the 中职 升学 target does not apply.
    expect(detail(r.out, 'T3')).toMatch(/学校数据 —\u3000.*结果 不适用\u3000来源：不适用：仅适用于中职学校/);
    expect(r.out.at(-1)).toMatch(/^自查结果：达标 \d+ 项，未达标 \d+ 项，待确认 \d+ 项，不适用 1 项$/);
  });

  it('prints every 346 condition with its sub-clauses, figure and verdict; answers given with --confirm count', async () => {
    const open = await check('henan-2024-346');
    expect(open.out[0]).toMatch(/^申报条件检查：henan-2024-346 教职成〔2024〕346号（统计年度=2023，申报专业=/);
    expect(detail(open.out, '1.1')).toMatch(/学校数据 [\d,]+ 人\u3000要求 ≥ 15,000 人\u3000结果 达标/);
    expect(detail(open.out, '1.2')).toMatch(/学校数据 待学校确认\u3000要求 由学校对照确认\u3000结果 待确认/);
    expect(open.out.join('\n')).toContain('需学校确认：');
    // 1.2 comes right after 1.1, before 2.
    const ids = open.out.filter((l) => /^\s*\d+(\.\d+)?\. /.test(l)).map((l) => l.trim().split('. ')[0]);
    expect(ids.slice(0, 4)).toEqual(['1', '1.1', '1.2', '2']);
    expect(open.out.at(-1)).toMatch(/^结论：尚待确认/);

    const asked = ['1.2', '3.5', '3.6', '4.1', '4.3', '5.7', '6.3', '6.5', '6.6', '10.4'];
    const answered = await check('henan-2024-346', ...asked.flatMap((id) => ['--confirm', `${id}=是`]));
    expect(answered.code).toBe(0);
    expect(detail(answered.out, '1.2')).toMatch(/学校数据 学校确认：是\u3000.*结果 达标/);
    expect(answered.out.at(-1)).toBe('结论：符合申报条件');
    // The answers are kept: the next check without --confirm sees them.
    expect((await check('henan-2024-346')).out.at(-1)).toBe('结论：符合申报条件');
    expect((await check('henan-2024-346', '--confirm', '1.2=否')).out.at(-1)).toBe('结论：不符合申报条件');
  });

  it('says a notice without conditions has none, and gives no verdict', async () => {
    for (const id of ['henan-2023-189', 'henan-2022-52']) {
      const r = await check(id);
      expect(r.code).toBe(0);
      expect(r.out).toEqual([
        expect.stringMatching(new RegExp(`^申报条件检查：${id} `)),
        '此通知没有可核对的申报条件，不作符合与否的结论。',
      ]);
      expect(r.out.join('\n')).not.toMatch(/结论：|符合申报条件/);
    }
  });

  it('writes the 自查表 as Word and Excel with --out, named as a 自查 report', async () => {
    const out = fs.mkdtempSync(path.join(demo.dir, 'report-'));
    const r = await check('henan-2023-258', '--out', out);
    expect(r.code).toBe(0);
    const files = fs.readdirSync(out).sort();
    expect(files).toEqual([
      '河南示范职业技术学院教办职成〔2023〕258号申报条件自查表.docx',
      '河南示范职业技术学院教办职成〔2023〕258号申报条件自查表.xlsx',
    ]);
    expect(r.out.slice(-2)).toEqual(files.map((f) => path.join(out, f)));
  });
});
