// A notice's attachments (already read into SourceDocuments) → a draft pack: one form per 附件 (or
// per change of page setup), fields bound where the catalogue is certain, the notice's facts, a
// bundle rule, and a summary of what was found and what could not be read.
import type { PackInput } from '../packs/packSchema.js';
import { PACK_FORMAT_VERSION } from '../packs/packSchema.js';
import { DraftBuilder } from './draftBuilder.js';
import { draftForm } from './draftForm.js';
import type { DraftResult, DraftSummary } from './draftTypes.js';
import { type CatalogueEntry, fieldCatalogue } from './fieldCatalogue.js';
import { readNoticeFacts } from './noticeFacts.js';
import type { SourceBlock, SourceDocument } from './sourceDocument.js';
import { cellTextOf, paragraphTextOf } from './sourceDocument.js';
import { type FormPart, splitParts } from './splitParts.js';

export interface DraftOptions {
  /** Pack id; default derived from the notice. */
  id?: string;
  /** Extra catalogue entries (the school's own 指标). */
  extraCatalogue?: readonly CatalogueEntry[];
  /** YYYY-MM-DD, for the default id and year when the notice gives none. */
  today?: string;
}

function blockLines(blocks: SourceBlock[]): string[] {
  return blocks.flatMap((b) =>
    b.kind === 'paragraph'
      ? [paragraphTextOf(b)]
      : b.kind === 'table'
        ? b.rows.flatMap((r) => r.cells.map(cellTextOf))
        : [],
  );
}

/** A short stable id from text (FNV-1a), for a default pack id. */
function hashOf(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36).slice(0, 6);
}

const stem = (f: string) => f.replace(/\.[^.]+$/, '');

export function draftPack(docs: readonly SourceDocument[], opts: DraftOptions = {}): DraftResult {
  const parts: FormPart[] = docs.flatMap((d) => splitParts(d));
  const noticeLines = parts.filter((p) => p.notice).flatMap((p) => blockLines(p.blocks));
  const allLines = parts.flatMap((p) => blockLines(p.blocks));
  const facts = readNoticeFacts(noticeLines.length ? noticeLines : allLines);
  const year = Number((facts.deadline ?? facts.issueDate ?? opts.today ?? '').slice(0, 4)) || undefined;
  const builder = new DraftBuilder([...(opts.extraCatalogue ?? []), ...fieldCatalogue()], year ? year - 1 : undefined);

  const forms: NonNullable<PackInput['forms']> = [];
  const summary: DraftSummary = {
    files: docs.map((d) => d.fileName),
    forms: [],
    tables: 0,
    fields: 0,
    fieldsByType: {},
    bindingsApplied: 0,
    bindingsOffered: 0,
    computed: 0,
    evidence: 0,
    unread: docs.flatMap((d) => d.notes.map((n) => `${d.fileName}：${n}`)),
  };
  const usedIds = new Set<string>();
  for (const part of parts.filter((p) => !p.notice)) {
    const n = part.attachment?.replace(/\D/g, '');
    let id = n ? `attachment${n}` : `form${forms.length + 1}`;
    while (usedIds.has(id)) id = `${id}x`;
    usedIds.add(id);
    const before = builder.fields.length;
    const placeName = part.attachment ?? (docs.length > 1 || parts.length > 1 ? `${stem(part.file)}` : '表单');
    const { form, tables } = draftForm(part, {
      builder,
      id,
      docFont: docs.find((d) => d.fileName === part.file)?.bodyFont,
      docSizePt: docs.find((d) => d.fileName === part.file)?.bodySizePt,
      placeName,
    });
    forms.push(form);
    summary.tables += tables;
    summary.forms.push({
      id,
      title: form.title,
      ...(part.attachment ? { attachment: part.attachment } : {}),
      file: part.file,
      landscape: form.orientation === 'landscape',
      tables,
      fields: builder.fields.length - before,
    });
  }
  if (!forms.length) summary.unread.push('附件中没有找到可填写的表单（只有通知正文）；请选择通知的附件文件');
  if (!facts.issuers.length) summary.unread.push('没有读到发文单位，请在「通知信息」中填写');

  for (const f of builder.fields) summary.fieldsByType[f.type] = (summary.fieldsByType[f.type] ?? 0) + 1;
  summary.fields = builder.fields.length;
  const notes = Object.values(builder.notes);
  summary.bindingsApplied = notes.filter((x) => x.applied).length;
  summary.bindingsOffered = notes.filter((x) => !x.applied && x.offers.length).length;
  summary.computed = builder.fields.filter((f) => f.compute).length;
  summary.evidence = builder.fields.filter((f) => f.evidenceRequired).length;

  const title = facts.title ?? forms[0]?.title ?? stem(docs[0]?.fileName ?? '新通知');
  const id =
    opts.id ??
    `notice-${(facts.issueDate ?? opts.today ?? '').replace(/-/g, '').slice(0, 8) || 'draft'}-${hashOf(title)}`;
  const pack: PackInput = {
    $schema: './pack.schema.json',
    formatVersion: PACK_FORMAT_VERSION,
    id,
    docNo: facts.docNo ?? '',
    title,
    issuers: facts.issuers.length ? facts.issuers : ['（请填写发文单位）'],
    ...(facts.issueDate ? { issueDate: facts.issueDate } : {}),
    ...(facts.deadline ? { deadline: facts.deadline } : {}),
    level: facts.level,
    kind: 'application',
    ...(facts.summary ? { summary: facts.summary } : {}),
    parameters: orderParameters([...builder.parameters.values()]),
    fields: builder.fields,
    ...(facts.submission ? { submission: facts.submission } : {}),
    bundle: {
      fileName: `{school}${title.replace(/^关于|的通知$/g, '').slice(0, 60)}申报材料`,
      files: forms.map((f) => ({
        kind: 'form' as const,
        form: f.id,
        fileName: `{school}${(f.title || f.id).slice(0, 60)}`,
        formats: f.kind === 'sheet' ? (['xlsx', 'pdf'] as const).slice() : (['docx', 'pdf'] as const).slice(),
      })),
    },
    forms,
  };
  return { pack, notes: builder.notes, summary };
}

/** 统计年度 first, then the things chosen (专业, 专业群, 中心, 企业 in order). */
function orderParameters<T extends { key: string }>(list: T[]): T[] {
  const rank = (k: string) =>
    k === 'baseYear' ? 0 : k === 'majorCode' ? 1 : k === 'groupName' ? 2 : k === 'centre' ? 3 : 4;
  return [...list].sort((a, b) => rank(a.key) - rank(b.key) || a.key.localeCompare(b.key));
}
