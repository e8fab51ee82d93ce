import { AppError } from '../../../../shared/api/apiError.js';
import { defineCliCommand } from '../defineCliCommand.js';
import { applicationIdArg } from './applicationIdArg.js';
import { exportChecklistLines } from './exportChecklistLines.js';
import { paramFlags } from './paramFlags.js';

export const exportCommand = defineCliCommand({
  options: {
    out: { type: 'string' },
    application: { type: 'string' },
    param: { type: 'string', multiple: true },
    pdf: { type: 'boolean' },
    timings: { type: 'boolean' },
  },
  positionals: true,
  database: 'open',
  writes: true,
  async run(c) {
    const noticeId = c.positionals[0];
    const { out, pdf } = c.values;
    if (!noticeId) throw new AppError('BAD_ARGS', '请指定通知编号，例如 henan-2024-346');
    if (!out) throw new AppError('BAD_ARGS', '请用 --out 指定输出文件夹');
    const applicationId = c.values.application ? applicationIdArg(c.values.application) : undefined;
    const { pack } = await c.call('pack/get', { packId: noticeId });
    const params = paramFlags(c.values.param, pack);
    if (pack.kind === 'programme')
      throw new AppError(
        'PACK_HAS_NO_FORMS',
        `通知「${noticeId}」（${pack.docNo}）是项目通知，不附申报表，没有可导出的材料；各项目另行发文组织申报`,
      );
    if (pack.kind === 'selfCheck') {
      // A notice of targets: what it produces is the school's 目标自查表, no application needed.
      for (const format of pdf ? (['docx', 'xlsx', 'pdf'] as const) : (['docx', 'xlsx'] as const)) {
        const { file } = await c.call('eligibility/report', { packId: pack.id, params, applicationId, format });
        c.io.out(await c.saveOutputIn(file, out));
      }
      return 0;
    }
    const appId = (await c.call('application/pick', { packId: pack.id, params, applicationId })).applicationId;
    const checklist = await c.call('application/exportChecklist', { applicationId: appId });
    for (const l of exportChecklistLines(checklist, noticeId, appId)) c.io.err(l);
    const r = await c.call('bundle/export', { applicationId: appId, pdf: !!pdf });
    for (const w of r.warnings) c.io.err(`注意：${w}`);
    if (c.values.timings)
      for (const s of r.stageTimes ?? []) c.io.err(`  ${s.label}（${s.stage}）：${s.ms.toFixed(0)} ms`);
    c.io.out(await c.saveOutputIn(r.file, out));
    return 0;
  },
});
