import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { measureEvidence, mergeEvidencePdf } from '../../../electron/core/bundles/mergeEvidencePdf.js';
import { createChromiumPdfPrinter } from '../../../electron/core/render/printPdfWithChromium.js';
import { evidenceItem, tempDir } from './bundleFixtures.js';

const printer = createChromiumPdfPrinter();
afterAll(() => printer.close?.());

describe('merged 佐证材料 PDF with a Chinese index printed by Chromium', () => {
  it('has the index with titles and ranges, then the evidence, with a page number on every page', async () => {
    const items = [await evidenceItem('a', '校企合作协议', 2), await evidenceItem('b', '国家级技能大赛获奖证书', 3)];
    const measured = await measureEvidence(items, '河南示例职业技术学院 申报', printer);
    expect(measured.indexPages).toBe(1);
    const pdf = await mergeEvidencePdf(measured, '佐证材料');
    const file = path.join(tempDir(), 'e.pdf');
    fs.writeFileSync(file, pdf);
    const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
    expect(pages[0]).toContain('佐证材料目录索引');
    expect(pages[0]).toMatch(/校企合作协议\s+2-3/);
    expect(pages[0]).toMatch(/国家级技能大赛获奖证书\s+4-6/);
    for (let i = 0; i < 6; i++) expect(pages[i]).toMatch(new RegExp(`—\\s*${i + 1}\\s*—`));
  });
});
