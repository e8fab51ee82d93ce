// A .docx attachment → SourceDocument: OOXML read through a bounded zip reader and saxes.
// Sections follow w:sectPr (a paragraph's sectPr ends its section; the body's last one is the
// last section's), each with its own page size, orientation, margins and footer page numbers.
import { AppError } from '../../../shared/api/apiError.js';
import {
  cellTextOf,
  paragraphTextOf,
  type SourceBlock,
  type SourceDocument,
  type SourcePage,
  type SourceParagraph,
  type SourceSection,
} from '../../../shared/drafting/sourceDocument.js';
import { readDocxNumbering } from './docxNumbering.js';
import { readDocxStyles } from './docxStyles.js';
import { child, childElements, children, num, parseXml, type XmlElement } from './parseXml.js';
import type { ParagraphContext } from './readDocxParagraph.js';
import { readParagraph } from './readDocxParagraph.js';
import { readTable } from './readDocxTable.js';
import { readZipParts } from './readZipParts.js';

const twipsToMm = (tw: number) => Math.round((tw / 1440) * 25.4 * 10) / 10;

function pageOf(sectPr: XmlElement | undefined): SourcePage {
  const sz = child(sectPr, 'w:pgSz');
  const mar = child(sectPr, 'w:pgMar');
  let w = num(sz?.attrs['w:w']) ?? 11906;
  let h = num(sz?.attrs['w:h']) ?? 16838;
  const landscape = sz?.attrs['w:orient'] === 'landscape' || w > h;
  // Some writers give the portrait size with orient="landscape": the page is the wide one.
  if (landscape && w < h) [w, h] = [h, w];
  const m = (k: string, d: number) => Math.abs(num(mar?.attrs[k]) ?? d);
  const grid = child(sectPr, 'w:docGrid');
  const pitch = num(grid?.attrs['w:linePitch']);
  const gridLines = grid && /^(lines|linesAndChars|snapToChars)$/.test(grid.attrs['w:type'] ?? '') && pitch;
  return {
    ...(gridLines ? { gridPitchPt: pitch / 20 } : {}),
    widthMm: twipsToMm(w),
    heightMm: twipsToMm(h),
    landscape,
    margins: {
      top: twipsToMm(m('w:top', 1440)),
      bottom: twipsToMm(m('w:bottom', 1440)),
      left: twipsToMm(m('w:left', 1800) + (num(mar?.attrs['w:gutter']) ?? 0)),
      right: twipsToMm(m('w:right', 1800)),
    },
  };
}

/** Relationship id → target part (word/footer1.xml). */
function readRels(xml: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  for (const r of children(parseXml(xml), 'Relationship')) {
    const target = r.attrs.Target ?? '';
    out.set(r.attrs.Id, target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  return out;
}

function hasPageField(xml: string | undefined): boolean {
  return !!xml && /PAGE\b/.test(xml) && (/<w:instrText[^>]*>\s*PAGE\b/.test(xml) || /w:instr="\s*PAGE\b/.test(xml));
}

function isDocx(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b;
}

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<SourceDocument> {
  if (!isDocx(bytes))
    throw new AppError('ATTACHMENT_NOT_DOCX', `「${fileName}」不是 .docx 文件（可能是改了扩展名的 .doc 或其他文件）`, {
      file: fileName,
    });
  const parts = await readZipParts(
    bytes,
    fileName,
    (n) =>
      n === 'word/document.xml' ||
      n === 'word/styles.xml' ||
      n === 'word/numbering.xml' ||
      n === 'word/_rels/document.xml.rels' ||
      /^word\/(?:footer|header)\d*\.xml$/.test(n),
  );
  const docXml = parts.get('word/document.xml')?.toString('utf8');
  if (!docXml)
    throw new AppError('ATTACHMENT_NOT_DOCX', `「${fileName}」中没有 Word 正文（word/document.xml），不是 Word 文档`, {
      file: fileName,
    });
  const xmlPart = (name: string) => parts.get(name)?.toString('utf8');
  const guard = <T>(part: string, f: () => T): T => {
    try {
      return f();
    } catch (e) {
      throw new AppError(
        'ATTACHMENT_DAMAGED',
        `「${fileName}」已损坏，无法读取其中的 ${part}：${(e as Error).message}`,
        {
          file: fileName,
          path: part,
        },
      );
    }
  };
  const styles = guard('word/styles.xml', () => readDocxStyles(xmlPart('word/styles.xml')));
  const numbering = guard('word/numbering.xml', () => readDocxNumbering(xmlPart('word/numbering.xml')));
  const rels = guard('word/_rels/document.xml.rels', () => readRels(xmlPart('word/_rels/document.xml.rels')));
  const root = guard('word/document.xml', () => parseXml(docXml));
  const body = child(root, 'w:body');
  if (!body) throw new AppError('ATTACHMENT_DAMAGED', `「${fileName}」的正文为空`, { file: fileName });

  const notes = new Map<string, number>();
  /** Pictures left out, each with its name and where it was: the text it stood by, or the part. */
  const pictures: PictureLeftOut[] = [];
  let unplaced: typeof pictures = [];
  const ctx: ParagraphContext = {
    styles,
    numbering,
    note: (what, detail) => {
      notes.set(what, (notes.get(what) ?? 0) + 1);
      if (what === '图片') unplaced.push({ ...(detail ? { name: detail } : {}) });
    },
  };
  /** Pictures seen so far stood by this block's text (a logo alone on its line: by the next text). */
  const place = (b: SourceBlock[], earlier: number) => {
    if (!unplaced.length) return;
    const text = b
      .map((x) =>
        x.kind === 'paragraph'
          ? paragraphTextOf(x)
          : x.kind === 'table' && x.rows[0]?.cells[0]
            ? cellTextOf(x.rows[0].cells[0])
            : '',
      )
      .join('')
      .replace(/\s+/g, '');
    if (!text) return;
    const near = text.length > 16 ? `${text.slice(0, 16)}…` : text;
    unplaced.forEach((p, i) => pictures.push({ ...p, near, before: i < earlier }));
    unplaced = [];
  };
  const sections: SourceSection[] = [];
  const sectPrs: XmlElement[] = [];
  let blocks: SourceBlock[] = [];
  const endSection = (sectPr: XmlElement | undefined) => {
    const footers = sectPr ? children(sectPr, 'w:footerReference') : [];
    const numbered = footers.some((f) => hasPageField(xmlPart(rels.get(f.attrs['r:id']) ?? '')));
    // A section without its own footer reference inherits the previous one's footer.
    const inherit = footers.length === 0 && sections.length > 0 && sections[sections.length - 1].pageNumbers;
    sections.push({ page: pageOf(sectPr), blocks, pageNumbers: numbered || inherit });
    blocks = [];
  };
  const visit = (el: XmlElement) => {
    for (const c of childElements(el)) {
      if (c.name === 'w:p') {
        const earlier = unplaced.length;
        const read = guard('word/document.xml', () => readParagraph(c, ctx));
        place(read, earlier);
        blocks.push(...read);
        const sp = child(child(c, 'w:pPr'), 'w:sectPr');
        if (sp) {
          sectPrs.push(sp);
          endSection(sp);
        }
      } else if (c.name === 'w:tbl') {
        const earlier = unplaced.length;
        const table = guard('word/document.xml', () => readTable(c, ctx));
        place([table], earlier);
        blocks.push(table);
      } else if (c.name === 'w:sdt') visit(child(c, 'w:sdtContent') ?? c);
      else if (c.name === 'w:customXml') visit(c);
    }
  };
  visit(body);
  endSection(child(body, 'w:sectPr'));
  pictures.push(...unplaced.map((p) => ({ ...p, near: '' })));
  // A title set in the page header (some offices put the form's name there) belongs on the form.
  const firstSect = sectPrs[0] ?? child(body, 'w:sectPr');
  const headerRef = children(firstSect, 'w:headerReference').find((h) => h.attrs['w:type'] !== 'even');
  const headerXml = headerRef ? xmlPart(rels.get(headerRef.attrs['r:id']) ?? '') : undefined;
  if (headerXml && sections.length) {
    const lifted = guard('word/header', () =>
      childElements(parseXml(headerXml))
        .filter((el) => el.name === 'w:p')
        .flatMap((el) => readParagraph(el, ctx))
        .filter((b): b is SourceParagraph => b.kind === 'paragraph' && paragraphTextOf(b).trim() !== ''),
    );
    if (lifted.length) {
      sections[0].blocks.unshift(...lifted);
      ctx.note('页眉中的文字');
    }
  }

  // Pictures in the other headers and the footers (a QR code, a logo) are not kept: say so.
  const liftedPart = headerRef ? rels.get(headerRef.attrs['r:id']) : undefined;
  for (const [name, data] of parts) {
    if (!/^word\/(?:footer|header)\d*\.xml$/.test(name) || name === liftedPart) continue;
    // A picture is a:blip (DrawingML), or v:imagedata where only VML is written; a text box there
    // is usually the page number's frame, which the form prints anyway.
    const xml = data.toString('utf8');
    const count = xml.match(/<a:blip\b/g)?.length ?? xml.match(/<v:imagedata\b/g)?.length ?? 0;
    for (let i = 0; i < count; i++) {
      notes.set('图片', (notes.get('图片') ?? 0) + 1);
      pictures.push({ part: /footer/.test(name) ? '页脚' : '页眉' });
    }
  }

  const normal = styles.paragraph(undefined).run;
  const defaults = { ...styles.defaults.run, ...Object.fromEntries(Object.entries(normal).filter(([, v]) => v)) };
  return {
    fileName,
    format: 'docx',
    sections: sections.filter((s, i) => s.blocks.length > 0 || i === sections.length - 1),
    ...(defaults.font ? { bodyFont: defaults.font } : {}),
    ...(defaults.sizePt ? { bodySizePt: defaults.sizePt } : {}),
    notes: [...notes].map(([what, n]) =>
      what === '页眉中的文字'
        ? '页眉中的文字已放到表单开头（只印一次）'
        : what === '文本框'
          ? `文本框 ${n} 处：其中的文字已作为普通段落放在它所在的段落之后（不再是框）`
          : what === '图片'
            ? pictureNote(pictures)
            : `${what} ${n} 处未保留（申报通的表单不含${what}）`,
    ),
  };
}

interface PictureLeftOut {
  /** Its description or given name. */
  name?: string;
  /** The text it stood in or before; '' at the end of the document. */
  near?: string;
  /** It stood before that text (alone on its line), not in it. */
  before?: boolean;
  /** 页眉 / 页脚 for a picture there. */
  part?: string;
}

/** 图片 N 处未保留…：「大学生创业（训练、实践）计划」之前一张；页脚中一张. */
function pictureNote(pictures: PictureLeftOut[]): string {
  const where = pictures.map((p) => {
    const what = p.name ? `「${p.name}」` : '一张';
    if (p.part) return `${p.part}中${what}`;
    if (!p.near) return `文末${what}`;
    return `「${p.near}」${p.before ? '之前' : '一段中'}${what}`;
  });
  return `图片 ${pictures.length} 处未保留（申报通的表单不含图片，请打印后另行贴上或删去）：${where.join('；')}`;
}
