import path from 'node:path';

import { AppError } from '../../../../shared/api/apiError.js';
import { type DraftResult, FIELD_TYPE_LABELS } from '../../../../shared/drafting/draftTypes.js';
import { validatePack } from '../../../../shared/packs/validatePack.js';
import { writeBytesAtomicSync } from '../../files/writeFileAtomic.js';
import { defineCliCommand } from '../defineCliCommand.js';

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

export const packDraftCommand = defineCliCommand({
  options: { out: { type: 'string' }, id: { type: 'string' } },
  positionals: true,
  // The school's own 指标 join the catalogue when a database is at hand; drafting works without one.
  database: 'optional',
  writes: true,
  async run(c) {
    const { out, id } = c.values;
    const files = c.positionals;
    if (!files.length) throw new AppError('BAD_ARGS', '请指定通知的附件文件：pack draft 附件1.docx --out 通知包.json');
    if (!out) throw new AppError('BAD_ARGS', '请用 --out 指定要写出的通知包文件，如 --out 通知包.json');
    if (id && !/^[a-z0-9][a-z0-9-]*$/.test(id))
      throw new AppError('BAD_ARGS', `通知编号「${id}」只能由小写字母、数字和连字符组成`);
    const chosen = [];
    for (const file of files) chosen.push(await c.chooseFile(file, '通知的附件文件'));
    if (c.openError() && c.values.db) c.io.err(`（没有打开数据库 ${c.values.db}，不使用本校「指标」起草）`);
    let drafted;
    try {
      drafted = await c.call('drafting/draft', { files: chosen.map((f) => f.token), ...(id ? { id } : {}) });
    } catch (e) {
      // Where the file is, so the user can open it in WPS/Word and save it as .docx.
      if (e instanceof AppError && e.code === 'ATTACHMENT_NEEDS_CONVERSION') {
        const file = files.find((f) => path.basename(f) === e.where?.file) ?? files[0];
        c.io.err(`文件所在文件夹：${path.resolve(path.dirname(file))}`);
      }
      throw e;
    }
    for (const f of drafted.converted) c.io.out(`已用 LibreOffice 把 ${f.fileName} 转为 .docx/.xlsx 后读取`);
    const r = drafted.draft;
    const v = validatePack(r.pack);
    writeBytesAtomicSync(out, new TextEncoder().encode(`${JSON.stringify(r.pack, null, 2)}\n`));
    for (const l of draftSummaryLines(out, r)) c.io.out(l);
    if (!v.ok) {
      c.io.err(`起草的通知包有 ${v.problems.length} 处需要修改：`);
      for (const p of v.problems) c.io.err(`  ${p.place}：${p.message}`);
      return 1;
    }
    c.io.out(`下一步：npm run cli -- pack validate ${out}，或在申报通「通知库」→「从通知附件新建」中打开它核对`);
    return 0;
  },
});
