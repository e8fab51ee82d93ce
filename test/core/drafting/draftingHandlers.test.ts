// The designer's calls through the one contract: drafting from uploaded files, and trying a pack
// being designed on the school's data.
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall';
import { type AppContext, createAppContext } from '../../../electron/core/appContext';
import { ATTACHMENT_MAX_BYTES } from '../../../shared/api/draftingCalls';
import { chosenFile, expectChosenFileRefusals } from '../support/chosenFile';
import { demoStore } from '../support/demoStore';
import { call } from '../support/tempContext';

const FIXTURE = path.resolve(__dirname, '../../fixtures/drafting/henan-2024-346-notice-with-forms.docx');

let demo: Awaited<ReturnType<typeof demoStore>>;
let ctx: AppContext;
beforeAll(async () => {
  demo = await demoStore();
  ctx = createAppContext({
    dbPath: path.join(demo.dir, 'school.sqlite'),
    dataDir: demo.dir,
    appVersion: 'test',
    store: demo.store,
    now: () => new Date('2024-11-01T08:00:00Z'),
  });
}, 120_000);
afterAll(() => demo?.cleanup());

const file = (name: string, bytes: Buffer) => chosenFile(ctx, name, bytes);

describe('drafting calls', () => {
  it('drafts from an uploaded attachment with the school’s own 指标 in the catalogue', async () => {
    const r = await call(ctx, 'drafting/draft', { files: [file('申报书.docx', fs.readFileSync(FIXTURE))] });
    expect(r.converted).toEqual([]);
    expect(r.draft.summary.forms.map((f) => f.attachment)).toEqual(['附件1', '附件2', '附件3']);
    // 实训教学师资团队 is one of the demo school's indicators: bound through it.
    const team = r.draft.pack.fields?.find((f) => f.label === '实训教学师资团队');
    expect(team?.bind).toContain("'centreTeachingTeam'");
    const { indicators } = await call(ctx, 'drafting/indicators', {});
    expect(indicators.some((i) => i.code === 'centreTeachingTeam' && i.name === '实训教学师资团队')).toBe(true);
  });

  it('previews a pack on the school’s data, and lists a broken pack’s problems instead', async () => {
    const r = await call(ctx, 'drafting/draft', { files: [file('申报书.docx', fs.readFileSync(FIXTURE))] });
    const p = await call(ctx, 'drafting/preview', { pack: r.draft.pack, params: {} });
    expect(p.ok).toBe(true);
    expect(p.values.schoolName.text).toBe(p.schoolName);
    expect(p.paramOptions.enterprise1.length).toBeGreaterThan(0);
    const broken = await call(ctx, 'drafting/preview', { pack: { ...r.draft.pack, forms: 'x' }, params: {} });
    expect(broken.ok).toBe(false);
    expect(broken.problems[0].path).toBe('forms');
  });

  it('refuses input the contract does not allow, and a file that is not a form, in Chinese', async () => {
    const many = await dispatchCall(ctx, 'drafting/draft', {
      files: Array.from({ length: 13 }, (_, i) => file(`${i}.docx`, Buffer.from('x'))),
    });
    expect(many.ok).toBe(false);
    const pdf = await dispatchCall(ctx, 'drafting/draft', { files: [file('通知.pdf', Buffer.from('%PDF-1.4'))] });
    expect(pdf.ok).toBe(false);
    if (!pdf.ok) expect(pdf.error.message).toMatch(/「通知\.pdf」不是 Word 或 Excel 文件/);
    await expectChosenFileRefusals(ctx, 'drafting/draft', (f) => ({ files: [f] }), {
      maxBytes: ATTACHMENT_MAX_BYTES,
      fileName: '附件1 申报书.docx',
    });
  });
});
