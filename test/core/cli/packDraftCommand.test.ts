// `pack draft`: a notice's attachments → a pack file and a summary, then the usual path: validate,
// import into the library, create an application, export a form with the school's values.
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createAppContext } from '../../../electron/core/appContext';
import { packValidateCommand } from '../../../electron/core/cli/commands/packCommands';
import { packDraftCommand } from '../../../electron/core/cli/commands/packDraftCommand';
import { importPackFile } from '../../../electron/core/packs/packLibrary';
import { exportFormFile } from '../../../electron/core/render/exportFormFile';
import { openStore } from '../../../electron/core/store/openStore';
import { readZipEntry } from '../render/renderTestUtils';
import { demoStore } from '../support/demoStore';
import { call } from '../support/tempContext';

const FIXTURES = path.resolve(__dirname, '../../fixtures/drafting');
const ORIG = path.resolve(__dirname, '../../../../shared/forms/orig');

let demo: Awaited<ReturnType<typeof demoStore>>;
let db: string;
beforeAll(async () => {
  demo = await demoStore();
  db = path.join(demo.dir, 'school.sqlite');
  demo.store.close();
}, 120_000);
afterAll(() => demo?.cleanup());

async function run(cmd: typeof packDraftCommand, args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    let code: number;
    try {
      code = await cmd.run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
    } catch (e) {
      err.push((e as Error).message);
      code = 1;
    }
    return { code, out, err };
  } finally {
    for (const [k, v] of Object.entries(saved))
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
  }
}

describe('CLI pack draft', () => {
  it('drafts the 346号 attachments, says what it found, and the pack goes the usual way to a printed form', async () => {
    const out = path.join(demo.dir, 'draft346.json');
    const r = await run(packDraftCommand, [
      path.join(FIXTURES, 'henan-2024-346-notice-with-forms.docx'),
      path.join(FIXTURES, 'henan-2024-346-summary.xlsx'),
      '--out',
      out,
      '--id',
      'henan-2024-346-draft',
      '--db',
      db,
    ]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(text).toContain('通知编号 henan-2024-346-draft');
    expect(text).toContain('教职成〔2024〕346号');
    expect(text).toMatch(/表单 4 张/);
    expect(text).toMatch(/附件3 河南省职业教育高水平专业化产教融合实训中心申报汇总表（横版/);
    expect(text).toMatch(/henan-2024-346-summary\.xlsx/);
    expect(text).toMatch(/数据绑定：已自动绑定 1\d\d 个/);
    expect(text).toMatch(/自动计算的合计 10 个/);

    const v = await run(packValidateCommand, [out]);
    expect(v.out[0]).toMatch(/^OK draft346\.json：教职成〔2024〕346号/);

    const store = await openStore(db, { appVersion: 'test' });
    const ctx = createAppContext({
      dbPath: db,
      dataDir: demo.dir,
      appVersion: 'test',
      store,
      now: () => new Date('2024-11-01T08:00:00Z'),
    });
    try {
      importPackFile(store.db, 'draft346.json', fs.readFileSync(out));
      const { id } = await call(ctx, 'application/create', { packId: 'henan-2024-346-draft', params: {} });
      const file = await exportFormFile(ctx, id, 'attachment1', 'docx');
      const xml = await readZipEntry(file.bytes, 'word/document.xml');
      const school = store.db.prepare('SELECT name, credit_code FROM school WHERE id = 1').get() as {
        name: string;
        credit_code: string;
      };
      expect(xml).toContain(school.name);
      expect(xml).toContain(school.credit_code);
    } finally {
      store.close();
    }
  });

  it('refuses a damaged file in Chinese, naming it, and writes nothing', async () => {
    const bad = path.join(demo.dir, '申报书.docx');
    fs.writeFileSync(bad, 'PK\u0003\u0004 not really a zip');
    const out = path.join(demo.dir, 'bad.json');
    const r = await run(packDraftCommand, [bad, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err.join('\n')).toMatch(/「申报书\.docx」无法读取/);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('converts a Word 97–2003 .doc through LibreOffice, and without it says how to save it as .docx in WPS or Word', async () => {
    const doc = path.join(ORIG, '11-wuxi-shangdai-zhuan-gongjijin-shenqingbiao.doc');
    if (!fs.existsSync(doc)) throw new Error(`找不到 ${doc}：真实附件文件夹 ../shared/forms 应在项目旁边`);
    const out = path.join(demo.dir, 'wuxi.json');
    const ok = await run(packDraftCommand, [doc, '--out', out]);
    expect(ok.code).toBe(0);
    expect(ok.out[0]).toMatch(/已用 LibreOffice 把 11-wuxi-shangdai-zhuan-gongjijin-shenqingbiao\.doc 转为/);
    expect((JSON.parse(fs.readFileSync(out, 'utf8')) as { forms: { title: string }[] }).forms[0].title).toBe(
      '无锡市商业性住房贷款转公积金(组合贷款)申请表',
    );

    const none = await run(packDraftCommand, [doc, '--out', path.join(demo.dir, 'none.json')], {
      SHENBAOTONG_SOFFICE: 'none',
    });
    expect(none.code).toBe(1);
    const msg = none.err.join('\n');
    expect(msg).toContain('没有找到 LibreOffice');
    expect(msg).toContain('WPS 文字「文件」→「另存为」→ 文件类型选「Microsoft Word 文件(*.docx)」');
    expect(msg).toContain('Word「文件」→「另存为」');
    expect(msg).toContain(`文件所在文件夹：${ORIG}`);
  });
});
