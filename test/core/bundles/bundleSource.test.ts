import { afterEach, describe, expect, it } from 'vitest';

import type { AppContext } from '../../../electron/core/appContext.js';
import { makeBundleSource, type PackAccess, planFromPack } from '../../../electron/core/bundles/bundleSource.js';
import { packAccess } from '../../../electron/core/bundles/packAccess.js';
import { readBundleZip } from '../../../electron/core/bundles/readBundleZip.js';
import { loadBaseDataSnapshot } from '../../../electron/core/datasets/loadBaseDataSnapshot.js';
import { bundleManifestSchema } from '../../../shared/bundles/bundleManifest.js';
import { packSchema, type ResolvedApplication, type ResolvedField } from '../../../shared/packs/packSchema.js';
import { evidenceItem, exportBundleBytes, makeContext, seedSchool, tempDir } from './bundleFixtures.js';

// A small pack in the real format: a document form whose table has a 佐证材料页码 cell, and a sheet form.
const pack = packSchema.parse({
  formatVersion: 1,
  id: 'test-bundle',
  docNo: '测〔2026〕1号',
  title: '测试通知',
  issuers: ['测试厅'],
  level: '省',
  kind: 'application',
  parameters: [{ key: 'majorCode', label: '申报专业', type: 'choice', options: ['460301'] }],
  fields: [
    { key: 'centreName', label: '实训中心名称', type: 'text' },
    { key: 'coopPages', label: '合作协议佐证材料页码', type: 'text' },
    // Typed but printed by no form: must never leave the school in a bundle.
    { key: 'contactIdCard', label: '联系人身份证号', type: 'text' },
    {
      key: 'team',
      label: '团队成员',
      type: 'table',
      columns: [
        { key: 'name', label: '姓名' },
        { key: 'mobile', label: '手机' },
      ],
    },
  ],
  bundle: {
    fileName: '{school}测试申报材料（{majorCode}专业）',
    evidenceMaxPages: 50,
    files: [
      { kind: 'form', form: 'book' },
      { kind: 'form', form: 'sum', formats: ['xlsx'] },
      { kind: 'evidence', fileName: '{school}佐证材料' },
    ],
  },
  forms: [
    {
      id: 'book',
      title: '申报书',
      attachment: '附件1',
      blocks: [
        {
          type: 'table',
          columns: [{ width: 2 }, { width: 3 }, { width: 1 }],
          rows: [
            { cells: [{ text: '实训中心名称' }, { field: 'centreName' }, { evidence: 'coopPages' }] },
            // The team prints names only.
            { repeat: 'team', cells: [{ text: '成员' }, { column: 'name', colSpan: 2 }] },
          ],
        },
      ],
    },
    {
      id: 'sum',
      title: '申报汇总表',
      attachment: '附件3',
      kind: 'sheet',
      blocks: [
        {
          type: 'table',
          columns: [{ width: 1 }, { width: 1 }],
          rows: [{ cells: [{ text: '名称' }, { field: 'centreName' }] }],
        },
      ],
    },
  ],
});

function field(key: string, label: string, value: string | null): ResolvedField {
  return {
    key,
    label,
    type: 'text',
    bound: null,
    overridden: value !== null,
    override: value,
    value,
    origin: value ? 'user' : 'empty',
    problems: [],
  };
}

const resolved: ResolvedApplication = {
  packId: 'test-bundle',
  title: '产教融合实训中心申报',
  params: { majorCode: '460301' },
  paramLabels: { majorCode: '机电一体化技术' },
  schoolName: '河南示例职业技术学院',
  tableYears: {},
  fields: {
    centreName: field('centreName', '实训中心名称', '智能制造实训中心'),
    coopPages: field('coopPages', '页码', null),
  },
  fieldOrder: ['centreName', 'coopPages'],
  completeness: { total: 2, filled: 1, empty: 1, invalid: 0, accepted: 0 },
  exportBlocked: false,
};

let ctx: AppContext | undefined;
afterEach(() => ctx?.store?.close());

describe('bundle from a real pack and the real renderers', () => {
  it('names files by the rule, renders DOCX and XLSX, and prints the evidence page range in the form', async () => {
    ctx = await makeContext(tempDir());
    const appId = seedSchool(ctx);
    const evidence = [await evidenceItem('e1', '校企合作协议', 2, 'coopPages')];
    const access: PackAccess = {
      load: (c) => ({ pack, resolved, snapshot: loadBaseDataSnapshot(c.store!.db) }),
      layoutForm: (...a) => packAccess.layoutForm(...a),
      evidence: () => evidence,
    };
    const r = await exportBundleBytes(ctx, appId, { source: makeBundleSource(access) });
    expect(r.fileName).toBe('河南示例职业技术学院测试申报材料（机电一体化技术专业）.zip');
    const entries = await readBundleZip(r.bytes, r.fileName);
    const names = entries.map((e) => e.path.split('/')[1]);
    expect(names).toEqual([
      '附件1 申报书.docx',
      '附件3 申报汇总表.xlsx',
      '河南示例职业技术学院佐证材料.pdf',
      'manifest.json',
    ]);
    const docx = await readBundleZip(entries[0].bytes, 'docx');
    const xml = docx.find((e) => e.path === 'word/document.xml')!.bytes.toString('utf8');
    expect(xml).toContain('智能制造实训中心');
    // The index is page 1, the agreement pages 2–3.
    expect(xml).toContain('2-3');
    const xlsx = await readBundleZip(entries[1].bytes, 'xlsx');
    expect(xlsx.some((e) => e.bytes.toString('utf8').includes('智能制造实训中心'))).toBe(true);
    const manifest = bundleManifestSchema.parse(JSON.parse(entries[3].bytes.toString('utf8')));
    expect(manifest.application.params).toEqual({ majorCode: '460301' });
    expect(manifest.application.evidence).toEqual([
      {
        evidenceKey: 'coopPages',
        sha256: evidence[0].sha256,
        title: '',
        indexTitle: '校企合作协议',
        pages: 2,
        range: '2-3',
      },
    ]);
  });

  it('puts into the manifest only typed values the bundled forms print, table rows cut to printed columns', () => {
    const plan = planFromPack(pack, resolved, {
      applicationId: 1,
      overrides: {
        centreName: '智能制造实训中心',
        contactIdCard: '41010219800101123X',
        team: [{ name: '张三', mobile: '13912345678' }],
        notAField: 'x',
      },
      accepted: { centreName: ['maxLength'], gone: ['x'] },
      evidence: [],
      schoolCreditCode: '12410000MB0000000W',
    });
    expect(plan.application.values).toEqual({ centreName: '智能制造实训中心', team: [{ name: '张三' }] });
    expect(JSON.stringify(plan)).not.toContain('41010219800101123X');
    expect(JSON.stringify(plan)).not.toContain('13912345678');
    expect(plan.application.accepted).toEqual({ centreName: ['maxLength'] });
    expect(plan.warnings).toContain(
      '「联系人身份证号」填写内容没有印在申报材料包的任何表中，未放入材料包（重新导入时不会恢复）',
    );
  });

  it('leaves the 佐证材料 out when the notice asks for none', () => {
    const noEvidence = packSchema.parse({
      ...pack,
      bundle: { ...pack.bundle, files: pack.bundle!.files.filter((f) => f.kind !== 'evidence') },
    });
    const plan = planFromPack(noEvidence, resolved, {
      applicationId: 1,
      overrides: {},
      accepted: {},
      evidence: [
        {
          ref: 'a',
          title: 't',
          fileName: 't.pdf',
          sha256: 'a'.repeat(64),
          mime: 'application/pdf',
          bytes: new Uint8Array(),
        },
      ],
      schoolCreditCode: '',
    });
    expect(plan.evidence).toEqual([]);
    expect(plan.bundle.evidenceAsked).toBe(false);
    expect(plan.warnings).toContain('通知没有要求提交佐证材料，已选的 1 个佐证材料未放入申报材料包');
  });

  it('refuses to export while the application has unaccepted problems', async () => {
    ctx = await makeContext(tempDir());
    const appId = seedSchool(ctx);
    const blocked = { ...resolved, exportBlocked: true, completeness: { ...resolved.completeness, invalid: 2 } };
    const access: PackAccess = {
      load: (c) => ({ pack, resolved: blocked, snapshot: loadBaseDataSnapshot(c.store!.db) }),
      layoutForm: (...a) => packAccess.layoutForm(...a),
      evidence: () => [],
    };
    await expect(exportBundleBytes(ctx, appId, { source: makeBundleSource(access) })).rejects.toThrow(
      /还有 2 处填写不符合要求/,
    );
  });
});
