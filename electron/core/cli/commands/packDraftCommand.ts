import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import { draftPack } from '../../../../shared/drafting/draftPack.js';
import { type DraftResult, FIELD_TYPE_LABELS } from '../../../../shared/drafting/draftTypes.js';
import { indicatorEntries } from '../../../../shared/drafting/fieldCatalogue.js';
import type { SourceDocument } from '../../../../shared/drafting/sourceDocument.js';
import { validatePack } from '../../../../shared/packs/validatePack.js';
import { loadBaseDataSnapshot } from '../../datasets/loadBaseDataSnapshot.js';
import { schoolIndicators } from '../../drafting/draftingHandlers.js';
import { readAttachment } from '../../drafting/readAttachment.js';
import { writeBytesAtomicSync } from '../../files/writeFileAtomic.js';
import { localIsoDate } from '../../packs/resolveStoredApplication.js';
import type { CliIo, CliRunner } from '../cliCommand.js';
import { openCliContext } from '../openCliContext.js';

/** The school's own 指标 join the catalogue when a database is at hand; drafting works without one. */
async function indicatorsFrom(db: string | undefined, io: CliIo) {
  try {
    const ctx = await openCliContext(db);
    try {
      return ctx.store ? schoolIndicators(loadBaseDataSnapshot(ctx.store.db)) : [];
    } finally {
      ctx.store?.close();
    }
  } catch {
    if (db) io.err(`（没有打开数据库 ${db}，不使用本校「指标」起草）`);
    return [];
  }
}

export function draftSummaryLines(out: string, r: DraftResult): string[] {
  const s = r.summary;
  const p = r.pack;
  const types = Object.entries(s.fieldsByType)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${FIELD_TYPE_LABELS[t] ?? t} ${n}`)
    .join('、');
  const lines = [
    `已起草：${out}（通知编号 ${p.id}）`,
    `通知：${p.title}${p.docNo ? `（${p.docNo}）` : '（未读到文号）'}；发文单位：${p.issuers.join('、')}；截止：${p.deadline ?? '未读到'}`,
    `表单 ${s.forms.length} 张：`,
    ...s.forms.map(
      (f) =>
        `  ${f.attachment ?? '—'} ${f.title}（${f.landscape ? '横版' : '竖版'}，${f.tables} 张表，${f.fields} 个字段；来自 ${f.file}）`,
    ),
    `表格 ${s.tables} 张；字段 ${s.fields} 个${types ? `：${types}` : ''}`,
    `数据绑定：已自动绑定 ${s.bindingsApplied} 个；另有 ${s.bindingsOffered} 个给出了建议，待在设计器中确认（可「全部采用建议」）`,
    `自动计算的合计 ${s.computed} 个；需要佐证材料的 ${s.evidence} 个`,
  ];
  if (s.unread.length) lines.push('未能读取或保留：', ...s.unread.map((u) => `  ${u}`));
  return lines;
}

export const packDraftCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { out: { type: 'string' }, id: { type: 'string' }, db: { type: 'string' } },
    });
    if (!positionals.length)
      throw new AppError('BAD_ARGS', '请指定通知的附件文件：pack draft 附件1.docx --out 通知包.json');
    if (!values.out) throw new AppError('BAD_ARGS', '请用 --out 指定要写出的通知包文件，如 --out 通知包.json');
    if (values.id && !/^[a-z0-9][a-z0-9-]*$/.test(values.id))
      throw new AppError('BAD_ARGS', `通知编号「${values.id}」只能由小写字母、数字和连字符组成`);
    const docs: SourceDocument[] = [];
    for (const file of positionals) {
      if (!fs.existsSync(file)) throw new AppError('FILE_NOT_FOUND', `找不到文件：${file}`, { file });
      try {
        const r = await readAttachment(new Uint8Array(fs.readFileSync(file)), path.basename(file));
        if (r.convertedFrom) io.out(`已用 LibreOffice 把 ${path.basename(file)} 转为 .docx/.xlsx 后读取`);
        docs.push(r.document);
      } catch (e) {
        // Where the file is, so the user can open it in WPS/Word and save it as .docx.
        if (e instanceof AppError && e.code === 'ATTACHMENT_NEEDS_CONVERSION')
          io.err(`文件所在文件夹：${path.resolve(path.dirname(file))}`);
        throw e;
      }
    }
    const indicators = await indicatorsFrom(values.db, io);
    const r = draftPack(docs, {
      ...(values.id ? { id: values.id } : {}),
      extraCatalogue: indicatorEntries(indicators),
      today: localIsoDate(new Date()),
    });
    const v = validatePack(r.pack);
    writeBytesAtomicSync(values.out, new TextEncoder().encode(`${JSON.stringify(r.pack, null, 2)}\n`));
    for (const l of draftSummaryLines(values.out, r)) io.out(l);
    if (!v.ok) {
      io.err(`起草的通知包有 ${v.problems.length} 处需要修改：`);
      for (const p of v.problems) io.err(`  ${p.place}：${p.message}`);
      return 1;
    }
    io.out(`下一步：npm run cli -- pack validate ${values.out}，或在申报通「通知库」→「从通知附件新建」中打开它核对`);
    return 0;
  },
};
