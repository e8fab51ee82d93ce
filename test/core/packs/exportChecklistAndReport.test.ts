import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { convertWithLibreOffice, docxCellTexts, pdfToText, tempDir, xlsxCellTexts } from '../render/renderTestUtils';
import { outputBytes } from '../support/outputBytes';
import { call, tempContext } from '../support/tempContext';

let env: ReturnType<typeof tempContext>;
let appId: number;
beforeAll(async () => {
  env = tempContext();
  await call(env.ctx, 'store/createDemo', {});
  appId = (await call(env.ctx, 'application/list', { packId: 'henan-2024-346' }))[0].id;
}, 120_000);
afterAll(() => env.cleanup());

describe('before an export', () => {
  it('lists the 佐证材料 not attached with the 45 页码 cells that stay empty, texts not typed and answers not given', async () => {
    const c = await call(env.ctx, 'application/exportChecklist', { applicationId: appId });
    expect(c.complete).toBe(false);
    expect(c.evidenceAsked).toBe(true);
    expect(c.evidencePicked).toBe(0);
    expect(c.evidenceMissing).toHaveLength(45);
    expect(c.evidenceMissing[0]).toMatchObject({ key: 'evSchool', subject: '学校基本信息', cells: 1 });
    // The 45 cells of the forms, and the 页码 column of every data row of the 专业群, 获奖 and 证书 tables.
    const app = await call(env.ctx, 'application/get', { applicationId: appId });
    const rows = (k: string) => (app.resolved.fields[k].value as unknown[]).length;
    expect(c.emptyPageCells).toBe(45 + rows('groupMajors') + rows('awardList') + rows('oneXRelated'));
    expect(c.requiredEmpty).toEqual([]);
    expect(c.unconfirmed.map((r) => r.id)).toEqual([
      '1.2',
      '3.5',
      '3.6',
      '4.1',
      '4.3',
      '5.7',
      '6.3',
      '6.5',
      '6.6',
      '10.4',
    ]);
    expect(c.unmet).toEqual([]);

    env.ctx
      .store!.db.prepare(
        "INSERT INTO evidence_file (hash, name, mime, size) VALUES (?, '营业执照.pdf', 'application/pdf', 3)",
      )
      .run('d'.repeat(64));
    await call(env.ctx, 'bundle/setEvidencePicks', {
      applicationId: appId,
      picks: [{ evidenceKey: 'evSchool', hash: 'd'.repeat(64), title: '' }],
    });
    await call(env.ctx, 'application/setValue', { applicationId: appId, fieldKey: 'expectedOutcomes', value: '' });
    await call(env.ctx, 'eligibility/confirm', {
      packId: 'henan-2024-346',
      applicationId: appId,
      ruleId: '1.2',
      answer: true,
    });
    const after = await call(env.ctx, 'application/exportChecklist', { applicationId: appId });
    expect(after.evidenceMissing).toHaveLength(44);
    expect(after.emptyPageCells).toBe(c.emptyPageCells - 1);
    expect(after.requiredEmpty).toEqual([{ key: 'expectedOutcomes', label: '预期成效' }]);
    expect(after.unconfirmed.map((r) => r.id)).not.toContain('1.2');
  });

  it('lists the 支撑材料 places of 258 (no 页码 column in its 推荐书)', async () => {
    const { id } = await call(env.ctx, 'application/create', { packId: 'henan-2023-258', params: {} });
    const c = await call(env.ctx, 'application/exportChecklist', { applicationId: id });
    expect(c.evidenceAsked).toBe(true);
    expect(c.evidenceMissing.map((p) => p.subject)).toContain('支撑材料：特色与创新');
    expect(c.evidenceMissing.every((p) => p.cells === 0)).toBe(true);
    expect(c.requiredEmpty.map((f) => f.label)).toEqual(
      expect.arrayContaining(['联合体名称', '特色与创新', '建设规划']),
    );
  });
});

describe('自查表', () => {
  it('writes the 38号 目标自查表 as Word, Excel and PDF with every item, figure, requirement, result and source', async () => {
    const dir = tempDir('sbt-report-');
    const texts: Record<string, string[]> = {};
    for (const format of ['docx', 'xlsx', 'pdf'] as const) {
      const r = await call(env.ctx, 'eligibility/report', { packId: 'zhengzhou-2023-38', params: {}, format });
      expect(r.file?.fileName).toBe(`河南示范职业技术学院郑政办〔2023〕38号目标自查表.${format}`);
      const bytes = outputBytes(env.ctx, r.file!);
      expect(r.file?.size).toBe(bytes.length);
      fs.writeFileSync(path.join(dir, r.file!.fileName), bytes);
      if (format === 'docx') texts.docx = await docxCellTexts(bytes);
      if (format === 'xlsx') texts.xlsx = await xlsxCellTexts(bytes);
    }
    const row = (cells: string[], id: string) => cells.slice(cells.indexOf(id), cells.indexOf(id) + 6);
    for (const cells of [texts.docx, texts.xlsx]) {
      expect(cells.slice(0, 6)).toEqual(['序号', '条件（通知原文）', '本校数据', '要求', '结果', '数据来源']);
      expect(row(cells, 'T3')).toEqual([
        'T3',
        '中职学校毕业生升入全日制高等学历教育学校的比例达到60%以上（中职学校适用）',
        '—',
        '≥ 60 %',
        '不适用',
        '不适用：仅适用于中职学校',
      ]);
      expect(row(cells, 'T7').slice(2, 5)).toEqual([expect.stringMatching(/^[\d,]+ 元$/), '≥ 12,000 元', '达标']);
      expect(row(cells, 'T10').slice(2, 5)).toEqual(['待学校确认', '由学校对照确认', '待确认']);
    }
    // The DOCX as LibreOffice reads it and the PDF say the same, and end with the result and the seal block.
    const pdfText = pdfToText(path.join(dir, '河南示范职业技术学院郑政办〔2023〕38号目标自查表.pdf'));
    const loText = pdfToText(
      convertWithLibreOffice(path.join(dir, '河南示范职业技术学院郑政办〔2023〕38号目标自查表.docx'), 'pdf', dir),
    );
    for (const t of [pdfText, loText]) {
      expect(t).toMatch(/自查结果：达标 \d+ 项，未达标 \d+ 项，待确认 3 项，不适用 1 项/);
      expect(t).toContain('负责人（签字）：');
    }
  }, 180_000);

  it('writes the 346 申报条件自查表 of an application with the school’s answers', async () => {
    const r = await call(env.ctx, 'eligibility/report', {
      packId: 'henan-2024-346',
      applicationId: appId,
      params: {},
      format: 'docx',
    });
    expect(r.file?.fileName).toBe('河南示范职业技术学院教职成〔2024〕346号申报条件自查表.docx');
    const cells = await docxCellTexts(outputBytes(env.ctx, r.file!));
    const at = cells.indexOf('1.2');
    expect(cells.slice(at + 2, at + 5)).toEqual(['学校确认：是', '由学校对照确认', '达标']);
    expect(cells).toContain('10.4');
  });
});
