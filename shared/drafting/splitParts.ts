// One attachment file → its parts: each 附件N mark at the top of a page starts a form, and so does a
// change of page setup (a landscape 汇总表 after a portrait 申请表). Text before the first 附件 mark
// of a file that also holds forms is the notice itself: it gives the notice's facts, not a form.
import type { SourceBlock, SourceDocument, SourcePage } from './sourceDocument.js';
import { paragraphTextOf } from './sourceDocument.js';
import { attachmentMark } from './textPatterns.js';

export interface FormPart {
  file: string;
  format: SourceDocument['format'];
  attachment?: string;
  /** Words after the mark on its line (附件3 申报汇总表 → 申报汇总表). */
  markRest?: string;
  page: SourcePage;
  pageNumbers: boolean;
  blocks: SourceBlock[];
  /** The notice's own text (before its attachments), kept for its facts. */
  notice?: boolean;
  sheetName?: string;
}

function samePage(a: SourcePage, b: SourcePage): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) < 2;
  return (
    a.landscape === b.landscape &&
    close(a.widthMm, b.widthMm) &&
    close(a.margins.top, b.margins.top) &&
    close(a.margins.left, b.margins.left) &&
    close(a.margins.right, b.margins.right) &&
    close(a.margins.bottom, b.margins.bottom)
  );
}

const isEmpty = (b: SourceBlock) => b.kind === 'paragraph' && !paragraphTextOf(b).trim();

function trimEnd(blocks: SourceBlock[]): SourceBlock[] {
  const out = [...blocks];
  while (out.length && (out[out.length - 1].kind === 'pageBreak' || isEmpty(out[out.length - 1]))) out.pop();
  while (out.length && out[0].kind === 'pageBreak') out.shift();
  return out;
}

export function splitParts(doc: SourceDocument): FormPart[] {
  const parts: FormPart[] = [];
  let current: FormPart | null = null;
  let atPageStart = true;
  const close = () => {
    if (current) {
      current.blocks = trimEnd(current.blocks);
      if (current.blocks.some((b) => !isEmpty(b))) parts.push(current);
    }
    current = null;
  };
  doc.sections.forEach((s, si) => {
    const open = (): FormPart => ({
      file: doc.fileName,
      format: doc.format,
      page: s.page,
      pageNumbers: s.pageNumbers,
      blocks: [],
      ...(s.name ? { sheetName: s.name } : {}),
    });
    if (current && !samePage(current.page, s.page)) close();
    else if (current && si > 0) current.blocks.push({ kind: 'pageBreak' });
    atPageStart = true;
    for (const b of s.blocks) {
      if (b.kind === 'pageBreak') {
        current?.blocks.push(b);
        atPageStart = true;
        continue;
      }
      if (isEmpty(b)) {
        (current ??= open()).blocks.push(b);
        continue;
      }
      const mark = b.kind === 'paragraph' ? attachmentMark(paragraphTextOf(b)) : null;
      const hasContent = current?.blocks.some((x) => !isEmpty(x) && x.kind !== 'pageBreak');
      if (mark && (atPageStart || !hasContent)) {
        const leading = hasContent ? [] : (current?.blocks ?? []);
        if (hasContent) close();
        current = { ...open(), attachment: mark.label, blocks: leading.filter((x) => x.kind !== 'pageBreak') };
        if (mark.rest) current.markRest = mark.rest;
      }
      (current ??= open()).blocks.push(b);
      atPageStart = false;
    }
  });
  close();
  if (parts.length > 1 && !parts[0].attachment && parts.slice(1).some((p) => p.attachment) && looksLikeNotice(parts[0]))
    parts[0].notice = true;
  return parts;
}

/** Prose with no tables and no blanks, usually titled 关于…的通知. */
function looksLikeNotice(p: FormPart): boolean {
  const text = p.blocks
    .filter((b) => b.kind === 'paragraph')
    .map((b) => (b.kind === 'paragraph' ? paragraphTextOf(b) : ''))
    .join('\n');
  const tables = p.blocks.filter((b) => b.kind === 'table').length;
  return /通知|关于|公告|决定/.test(text.slice(0, 200)) || (tables === 0 && text.length > 400);
}
