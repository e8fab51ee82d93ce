import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { checkCommand } from '../../../electron/core/cli/commands/packCommands';
import { demoStore } from '../support/demoStore';

let demo: Awaited<ReturnType<typeof demoStore>>;
let db: string;
beforeAll(async () => {
  demo = await demoStore();
  db = path.join(demo.dir, 'school.sqlite');
  demo.store.close();
}, 120_000);
afterAll(() => demo?.cleanup());

async function check(packId: string): Promise<{ code: number; out: string[] }> {
  const out: string[] = [];
  const code = await checkCommand.run([packId, '--db', db], {
    out: (l) => out.push(l),
    err: (l) => out.push(`ERR ${l}`),
  });
  return { code, out };
}

describe('CLI check', () => {
  it('reports a self-check pack as targets met and not met, with the demo school’s figures', async () => {
    const r = await check('zhengzhou-2023-38');
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(r.out[0]).toBe('目标自查：zhengzhou-2023-38');
    expect(text).not.toMatch(/申报条件/);
    // 实践性教学课时占比 and 生均拨款 come from the demo's 指标, not 待确认.
    const t2 = r.out[r.out.findIndex((l) => l.startsWith('T2.')) + 1];
    expect(t2).toMatch(/学校数据 \d+(\.\d+)?%　目标 >= 50%　达标/);
    const t7 = r.out[r.out.findIndex((l) => l.startsWith('T7.')) + 1];
    expect(t7).toMatch(/学校数据 \d+元　目标 >= 12000元　达标/);
    expect(r.out.at(-1)).toMatch(/^自查结果：达标 \d+ 项，未达标 \d+ 项，待确认 \d+ 项$/);
  });

  it('keeps the application wording for an application pack', async () => {
    const r = await check('henan-2024-346');
    expect(r.out[0]).toMatch(/^申报条件检查：henan-2024-346/);
    expect(r.out.join('\n')).toMatch(/门槛 >= .*通过/);
    expect(r.out.at(-1)).toMatch(/^结论：(符合|不符合)申报条件|^结论：尚待确认/);
  });
});
