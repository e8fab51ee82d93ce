// The seed pack's 346号 申报书 for the demo school, end to end: pack → layout → DOCX/XLSX/HTML, read back
// by LibreOffice and by the DOCX's own XML.
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { createAppContext } from '../../../electron/core/appContext.js';
import { defaultBundleSource } from '../../../electron/core/bundles/bundleSource.js';
import { exportBundleToDir } from '../../../electron/core/bundles/exportApplicationBundle.js';
import { findApplicationForNotice } from '../../../electron/core/bundles/findApplicationForNotice.js';
import { loadBaseDataSnapshot } from '../../../electron/core/datasets/loadBaseDataSnapshot.js';
import { getLibraryPack } from '../../../electron/core/packs/packLibrary.js';
import { resolveStoredApplication } from '../../../electron/core/packs/resolveStoredApplication.js';
import { renderDocx } from '../../../electron/core/render/renderDocx.js';
import { renderXlsx } from '../../../electron/core/render/renderXlsx.js';
import { installedFontSet } from '../../../shared/fonts/missingFontRemarks.js';
import type { Pack, ResolvedApplication } from '../../../shared/packs/packSchema.js';
import { resolveApplication } from '../../../shared/packs/resolveApplication.js';
import { buildPrintDocument } from '../../../shared/print/buildPrintDocument.js';
import { paginate } from '../../../shared/print/paginate.js';
import { documentCellTexts } from '../../../shared/print/printDocument.js';
import { renderHtml } from '../../../shared/print/renderHtml.js';
import { placeTableCells } from '../../../shared/print/tableGrid.js';
import { demoStore } from '../support/demoStore.js';
import {
  convertWithLibreOffice,
  docxCellTexts,
  firstOutOfOrder,
  htmlCellTexts,
  pagedCellTexts,
  pdfToText,
  readZipEntry,
  readZipEntryBytes,
  tempDir,
  xlsxCellTexts,
} from './renderTestUtils.js';

let env: Awaited<ReturnType<typeof demoStore>>;
let pack: Pack;
let app: ResolvedApplication;
let school: { name: string; credit_code: string };

beforeAll(async () => {
  env = await demoStore();
  pack = getLibraryPack(env.store.db, 'henan-2024-346').pack;
  app = resolveApplication({
    pack,
    snapshot: loadBaseDataSnapshot(env.store.db),
    params: {},
    overrides: {},
    today: '2024-11-01',
  });
  school = env.store.db.prepare('SELECT name, credit_code FROM school WHERE id = 1').get() as typeof school;
});
afterAll(() => env.cleanup());

describe('346号 申报书 from the seed pack', () => {
  it('lays out every table on a consistent grid', () => {
    for (const form of pack.forms) {
      const doc = buildPrintDocument(pack, form, app);
      for (const s of doc.sections)
        for (const b of s.blocks) if (b.kind === 'table') expect(() => placeTableCells(b)).not.toThrow();
    }
  });

  it('writes the DOCX the notice asks for and LibreOffice reads every label in order with the values', async () => {
    const form = pack.forms.find((f) => f.id === 'application')!;
    const doc = buildPrintDocument(pack, form, app, { evidencePages: {} });
    const bytes = await renderDocx(doc);
    const xml = await readZipEntry(bytes, 'word/document.xml');
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toContain('w:line="320" w:lineRule="exact"');
    expect(xml).toContain('<w:sz w:val="24"/>');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(await docxCellTexts(bytes)).toEqual(pagedCellTexts(paginate(doc)));

    const dir = tempDir('h6-346-');
    const file = path.join(dir, '申报书.docx');
    fs.writeFileSync(file, bytes);
    const txt = fs.readFileSync(convertWithLibreOffice(file, 'txt', dir), 'utf8');
    const e1 = String(app.params.enterprise1);
    const e2 = String(app.params.enterprise2);
    expect(e1).not.toBe(e2);
    const missing = firstOutOfOrder(txt, [
      '附件1',
      '申报书',
      '申报单位',
      school.name,
      '办学层次',
      '填 写 要 求',
      '内容真实性责任声明',
      '特此声明',
      '一、基本情况',
      '申报实训中心名称',
      '学校名称',
      school.name,
      '隶属关系',
      '建校时间',
      '通讯地址',
      '统一社会信用代码',
      school.credit_code,
      '佐证材料页码',
      '法定代表人',
      '联系人',
      '电子信箱',
      '实训中心合作企业',
      '企业名称',
      e1,
      '统一社会信用代码',
      '企业名称',
      e2,
      '二、申报条件',
      '全日制在校生规模',
      '三、',
      '四、',
    ]);
    expect(missing).toBeNull();
  });

  it('renders the 汇总表 as XLSX, and all three renderers agree on every form', async () => {
    for (const form of pack.forms) {
      const doc = buildPrintDocument(pack, form, app);
      const paged = pagedCellTexts(paginate(doc));
      expect(htmlCellTexts(renderHtml(doc))).toEqual(paged);
      expect(await docxCellTexts(await renderDocx(doc))).toEqual(paged);
      if (form.kind === 'sheet') expect(await xlsxCellTexts(await renderXlsx(doc))).toEqual(documentCellTexts(doc));
    }
  });
});

// The file the office actually hands in: the DOCX inside the export bundle, made from the demo's own
// application through the same path as `npm run cli -- export henan-2024-346`.
describe('346号 申报书 as exported in the bundle', () => {
  it('LibreOffice reads every label of 一、基本情况 and 二、申报条件 in order, with the demo values and their units', async () => {
    const ctx = createAppContext({
      dbPath: path.join(env.dir, 'school.sqlite'),
      dataDir: env.dir,
      appVersion: 'test',
      store: env.store,
      now: () => new Date('2024-11-01T08:00:00Z'),
      // A PC with the common Windows fonts but without 仿宋_GB2312.
      fontCatalog: {
        installedFamilies: () =>
          Promise.resolve(installedFontSet(['FangSong', 'SimHei', 'SimSun', 'Segoe UI Symbol', '方正小标宋简体'])),
      },
    });
    const appId = findApplicationForNotice(env.store.db, 'henan-2024-346', {});
    expect(appId).toBeDefined();
    const out = tempDir('h11-346-');
    const r = await exportBundleToDir(ctx, appId!, out, { source: defaultBundleSource });
    const entry = r.manifest.files.find((f) => f.kind === 'form-docx' && f.formId === 'application');
    expect(entry).toBeDefined();
    const file = path.join(out, '申报书.docx');
    fs.writeFileSync(file, await readZipEntryBytes(fs.readFileSync(r.path), entry!.path));
    const txt = fs.readFileSync(convertWithLibreOffice(file, 'txt', out), 'utf8');

    const { resolved } = resolveStoredApplication(env.store.db, appId!, ctx.now());
    // Scalar values only here (names, codes, counts).
    const v = (k: string) => resolved.fields[k]?.value as string | number | null;
    const fixed = (k: string, d: number) => Number(v(k)).toFixed(d);
    const firstGroupMajor = (resolved.fields.groupMajors?.value as { name: string; enrolled: number }[])[0];
    const contact = ['姓    名', '职    务', '办公电话', '传    真'];
    const block = ['法定代表人', ...contact, '联系人', ...contact, '手    机', '电子信箱'];
    const enterprise = (k: 1 | 2) => [
      '实训中心合作企业',
      `（${k}）`,
      '基本信息',
      '企业名称',
      String(v(`e${k}Name`)),
      '企业称号或荣誉',
      '成立时间',
      '企业性质',
      '通讯地址',
      '统一社会信用代码',
      String(v(`e${k}CreditCode`)),
      '佐证材料页码',
      ...block,
    ];
    const yesNoRows = [
      '产教融合型企业',
      '☑是',
      '行业龙头企业',
      '国家或省专精特新“小巨人”企业、省级“瞪羚”企业、国家技术创新示范企业等',
      '开始合作时间',
    ];
    const funding = (y: number) => [`${y}年`, '财政投入', '事业收入投入', '企业投入', '社会捐赠'];
    const missing = firstOutOfOrder(txt, [
      '一、基本情况',
      '申报实训中心名称',
      '河南省职业教育高水平专业化',
      `产教融合实训中心建设（${String(v('majorName'))}专业）`,
      '申报',
      '学校',
      '基本信息',
      '学校名称',
      school.name,
      '隶属关系',
      '建校时间',
      '学校性质',
      '通讯地址',
      '统一社会信用代码',
      school.credit_code,
      '佐证材料页码',
      ...block,
      ...enterprise(1),
      ...enterprise(2),
      '二、申报条件',
      '全日制在校生规模',
      '佐证材料页码',
      '学校',
      `${String(v('schoolEnrolled'))}人`,
      '申报专业名称',
      String(v('majorName')),
      '专业群内专业',
      firstGroupMajor.name,
      `${firstGroupMajor.enrolled}人`,
      '专业群初次',
      '就业率',
      `${fixed('groupEmploymentRate', 2)}%`,
      '专业群对口',
      '就业率',
      `${fixed('groupRelevantRate', 2)}%`,
      '实训中心合作企业（1）情况',
      '佐证材料页码',
      ...yesNoRows,
      '合作内容',
      '合作成效',
      '实训中心合作企业（2）情况',
      '佐证材料页码',
      ...yesNoRows,
      '合作内容与成效',
      '现有实训中心基础情况',
      '建筑面积',
      `${fixed('centreArea', 2)} m²`,
      '实训工位',
      '虚似仿真实训室',
      '信息化实训教学资源',
      '仪器设备总值',
      `${fixed('centreEquipmentValue', 2)}万元`,
      '主要仪器设备（含软件）',
      '台（套）',
      '开设实训项目',
      '实验（实训）开出率',
      `${fixed('centreOpenRate', 2)}%`,
      '实训教学师资团队',
      '中心双师素质教师占比/高级职称教师比例',
      '专职管理人员',
      '实训中心管理制度',
      '实训指导教程',
      '承担学生日常教学实训',
      '人/年',
      '承担职业技能等级证书培训',
      '技术开发、技术咨询、技术服务收入',
      '承接行业企业省级及以上横向课题',
      '职业院校技能大赛成绩',
      '（获奖证书、学生学籍）',
      '年度',
      '获奖等级',
      '学生所在专业',
      '2023年度1+X证书制度试点工作成效',
      '学校',
      '教育行政部门下达的任务数',
      `${String(v('oneXTask'))}人`,
      '实际取证人数',
      '与申报实训中心',
      '专业相关的证书',
      '证书名称',
      '取证人数',
      '2023年度“人人持证、技能河南”建设任务工作成效',
      '任务类别',
      '教育行政部门',
      '下达的任务数',
      '学校实际完成的',
      '任务数',
      '培训',
      '人次',
      '取证',
      '高级工及以上取证',
      '面向社会开展职业培训情况',
      '2021年',
      '2022年',
      '2023年',
      '近三年中心经费投入情况（万元）',
      '年度',
      '途径',
      '金额',
      '合计',
      ...funding(2021),
      ...funding(2022),
      '2023年',
      '财政投入',
      fixed('fund2023Total', 2),
      '事业收入投入',
      '企业投入',
      '社会捐赠',
      '三、建设规划',
      '四、推荐意见',
    ]);
    expect(missing).toBeNull();
    // Each table says its name once on a page (a caption above a header row repeating it was printed
    // twice); a table running on to another page repeats its header there.
    const pages = pdfToText(convertWithLibreOffice(file, 'pdf', out)).split('\f');
    for (const name of [
      '全日制在校生规模',
      '实训中心合作企业（1）情况',
      '实训中心合作企业（2）情况',
      '现有实训中心基础情况',
      '职业院校技能大赛成绩',
      '近三年中心经费投入情况（万元）',
    ]) {
      expect(txt.split(name).length - 1, name).toBeGreaterThanOrEqual(1);
      for (const p of pages) expect(p.replace(/\s+/g, '').split(name).length - 1, name).toBeLessThanOrEqual(1);
    }
    // A table that states its unit (（万元）) prints bare amounts.
    expect(txt).not.toContain(`${fixed('fund2023Total', 2)}万元`);
    expect(txt).not.toMatch(/undefined|NaN|null|\{\{|\}\}/);

    // The manifest records the fonts; the export names only the one this PC lacks, and its stand-in.
    expect(entry!.fonts).toContain('仿宋_GB2312（缺少时用 FangSong 或 仿宋 代替）');
    expect(r.warnings.filter((w) => w.includes('字体') || w.includes('本机缺少'))).toEqual([
      '本机缺少 仿宋_GB2312，打印前请安装；已用 仿宋 代替',
    ]);
  });
});
