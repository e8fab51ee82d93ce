import fs from 'node:fs';
import path from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';

import { mmToTwips, renderDocx } from '../../../electron/core/render/renderDocx.js';
import { para, type PrintDocument } from '../../../shared/print/printDocument.js';
import { convertWithLibreOffice, firstOutOfOrder, pdfToText, readZipEntry, tempDir } from './renderTestUtils.js';
import { SAMPLE_VALUES, sample346Document } from './sample346Document.js';

describe('renderDocx', () => {
  let bytes: Uint8Array;
  let xml: string;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    bytes = await renderDocx(sample346Document());
    xml = await readZipEntry(bytes, 'word/document.xml');
    dir = tempDir('h6-docx-');
    file = path.join(dir, '申报书.docx');
    fs.writeFileSync(file, bytes);
  });

  it('writes A4 exactly, the pack font on every run via eastAsia, 小四 and fixed 16 pt spacing', () => {
    expect(mmToTwips(210)).toBe(11906);
    expect(mmToTwips(297)).toBe(16838);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toContain('w:line="320" w:lineRule="exact"');
    expect(xml).not.toContain('w:lineRule="exactly"');
    expect(xml).toContain('<w:sz w:val="24"/>');
    // every run that sets fonts names the East Asian font explicitly
    const fonts = [...xml.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(50);
    for (const f of fonts) expect(f).toMatch(/w:eastAsia="[^"]+"/);
    expect(
      fonts.some(
        (f) =>
          f.includes('w:eastAsia="仿宋_GB2312"') &&
          f.includes('w:ascii="仿宋_GB2312"') &&
          f.includes('w:hAnsi="仿宋_GB2312"'),
      ),
    ).toBe(true);
  });

  it('declares its fonts with fallbacks and mirrors margins for double-sided printing', async () => {
    const fontTable = await readZipEntry(bytes, 'word/fontTable.xml');
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="FangSong"/>');
    expect(fontTable).toContain('w:name="Segoe UI Symbol"');
    const settings = await readZipEntry(bytes, 'word/settings.xml');
    expect(settings).toContain('<w:mirrorMargins/>');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
  });

  it('lays tables out fixed, with merges, repeated header rows, unsplittable rows and seal room', () => {
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(xml).toContain(`<w:gridCol w:w="${mmToTwips(24)}"/>`);
    expect(xml).toContain('<w:tblHeader/>');
    expect(xml).toContain('<w:cantSplit/>');
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml).toMatch(/<w:gridSpan w:val="3"\/>/);
    expect(xml).toContain(`<w:trHeight w:val="${mmToTwips(42)}" w:hRule="atLeast"/>`);
    expect(xml).toContain('☑');
  });

  it('numbers pages «— n —» from 1 after the cover, none on the cover or its blank back, odd right / even left', async () => {
    const sects = [...xml.matchAll(/<w:sectPr>([\s\S]*?)<\/w:sectPr>/g)].map((m) => m[1]);
    expect(sects).toHaveLength(2);
    expect(sects[1]).toContain('<w:pgNumType w:start="1"/>');
    // The blank back of the cover is a real page of the cover's section, not an odd-page section
    // break (LibreOffice's PDF export drops the pages such a break adds).
    expect(xml).not.toContain('oddPage');
    const cover = xml.slice(0, xml.indexOf('<w:sectPr>'));
    expect(cover.match(/<w:pageBreakBefore\/>/g)).toHaveLength(1);
    const rels = await readZipEntry(bytes, 'word/_rels/document.xml.rels');
    const footerOf = async (sect: string, type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(rId\\d+)"/>`).exec(sect)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
      return readZipEntry(bytes, `word/${target[1] ?? target[2]}`);
    };
    expect(await footerOf(sects[0], 'default')).not.toContain('PAGE');
    const odd = await footerOf(sects[1], 'default');
    const even = await footerOf(sects[1], 'even');
    expect(odd).toMatch(/PAGE/);
    expect(odd).toContain('— ');
    expect(odd).toContain('<w:jc w:val="right"/>');
    expect(even).toContain('<w:jc w:val="left"/>');
  });

  it('opens in LibreOffice with every label in order and the values beside them', () => {
    const txt = fs.readFileSync(convertWithLibreOffice(file, 'txt', dir), 'utf8');
    const e1 = SAMPLE_VALUES.enterprises[0];
    const missing = firstOutOfOrder(txt, [
      '申报书',
      SAMPLE_VALUES.schoolName,
      '☑',
      '高职（专科）',
      '填 写 要 求',
      '内容真实性责任声明',
      '单位名称（盖章）',
      '年    月    日',
      '一、基本情况',
      '申报实训中心名称',
      '学校名称',
      SAMPLE_VALUES.schoolName,
      '隶属关系',
      '建校时间',
      '学校性质',
      '公办',
      '通讯地址',
      '统一社会信用代码',
      '12410000415800123X',
      '佐证材料页码',
      '1–2',
      '法定代表人',
      '刘长河',
      '联系人',
      '张明',
      '电子信箱',
      '实训中心合作企业',
      '企业名称',
      e1.name,
      '统一社会信用代码',
      e1.creditCode,
      '佐证材料页码',
      '3–5',
      e1.legal,
      e1.contact,
      SAMPLE_VALUES.enterprises[1].name,
      SAMPLE_VALUES.enterprises[1].creditCode,
      '学校意见',
      '负责人签名',
      '（公章）',
      '注：佐证材料页码',
    ]);
    expect(missing).toBeNull();
  });

  it('prints through LibreOffice with the blank back of the cover, and page numbers after it only', () => {
    const pdf = convertWithLibreOffice(file, 'pdf', dir);
    const pages = pdfToText(pdf).split('\f').slice(0, -1);
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(pages[0]).toContain('申报书');
    expect(pages[0]).not.toMatch(/—\s*\d+\s*—/);
    expect(pages[1].trim()).toBe('');
    expect(pages[2]).toMatch(/—\s*1\s*—/);
    expect(pages[3]).toMatch(/—\s*2\s*—/);
  });

  it('packs a 30-page document (ten applications in one) into one Word file with every page', async () => {
    const base = sample346Document();
    const big: PrintDocument = { ...base, sections: [base.sections[0], { blocks: [] }] };
    for (let i = 0; i < 10; i++) big.sections[1].blocks.push(...base.sections[1].blocks, para(`第 ${i + 1} 份`));
    // Its speed is a benchmark figure (npm run bench: the bundle's docx stage), not asserted here.
    const out = await renderDocx(big);
    const xml = await readZipEntry(out, 'word/document.xml');
    for (let i = 0; i < 10; i++) expect(xml).toContain(`第 ${i + 1} 份`);
  });
});
