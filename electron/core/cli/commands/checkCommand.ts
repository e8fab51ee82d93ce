import { AppError } from '../../../../shared/api/apiError.js';
import type { EligibilityReport } from '../../../../shared/packs/checkEligibility.js';
import {
  changeText,
  figureText,
  groupText,
  requirementText,
  sourceText,
  statusText,
} from '../../../../shared/packs/eligibilityWords.js';
import type { Pack } from '../../../../shared/packs/packSchema.js';
import type { CliIo } from '../cliCommand.js';
import { defineCliCommand } from '../defineCliCommand.js';
import { applicationIdArg } from './applicationIdArg.js';
import { paramFlags } from './paramFlags.js';

/** `--confirm 1.2=是` → { '1.2': true }. */
function parseConfirmFlags(flags: readonly string[] | undefined): Record<string, boolean | null> {
  const out: Record<string, boolean | null> = {};
  for (const f of flags ?? []) {
    const m = /^([^=]+)=(是|否|撤销|yes|no)$/.exec(f.trim());
    if (!m) throw new AppError('BAD_ARGS', `确认应写成 --confirm 条件编号=是 或 =否（撤销：=撤销）：${f}`);
    out[m[1].trim()] = m[2] === '是' || m[2] === 'yes' ? true : m[2] === '撤销' ? null : false;
  }
  return out;
}

/** Prints every condition with the school's figure, the requirement, the result and the source. */
export function printReport(io: CliIo, pack: Pack, report: EligibilityReport): void {
  const labels = new Map(pack.parameters.map((p) => [p.key, p.label]));
  const paramText = Object.entries(report.paramLabels)
    .map(([k, v]) => `${labels.get(k) ?? k}=${v}`)
    .join('，');
  io.out(
    `${report.selfCheck ? '目标自查' : '申报条件检查'}：${pack.id} ${pack.docNo}${paramText ? `（${paramText}）` : ''}`,
  );
  if (report.noConditions) {
    // No conditions: say so, and give no verdict at all.
    io.out(`${report.verdictText}。`);
    return;
  }
  let section: string | undefined;
  for (const r of report.rules) {
    if (r.section && r.section !== section) io.out(`【${(section = r.section)}】`);
    io.out(`${r.parent ? '  ' : ''}${r.id}. ${r.label}`);
    io.out(
      `${r.parent ? '  ' : ''}   学校数据 ${figureText(r)}\u3000要求 ${requirementText(r)}\u3000结果 ${statusText(r)}\u3000来源：${sourceText(r)}${r.error ? `\u3000（${r.error}）` : ''}`,
    );
    if (r.kind === 'confirm' && r.status === 'open')
      io.out(`${r.parent ? '  ' : ''}   需学校确认：${r.ask}（用 --confirm ${r.id}=是 或 =否 回答）`);
    else if (r.status === 'unmet' && r.kind !== 'composite')
      io.out(`${r.parent ? '  ' : ''}   需改变：${changeText(r)}`);
  }
  if (!report.selfCheck) for (const g of report.groups) io.out(groupText(g));
  io.out(`${report.selfCheck ? '自查结果' : '结论'}：${report.verdictText}`);
}

export const checkCommand = defineCliCommand({
  options: {
    param: { type: 'string', multiple: true },
    application: { type: 'string' },
    confirm: { type: 'string', multiple: true },
    out: { type: 'string' },
    pdf: { type: 'boolean' },
  },
  positionals: true,
  database: 'open',
  writes: (v) => !!v.out || !!v.confirm?.length,
  async run(c) {
    const packId = c.positionals[0];
    if (!packId) throw new AppError('BAD_ARGS', '请指定通知编号，如：check henan-2024-346 --db school.sqlite');
    const confirms = parseConfirmFlags(c.values.confirm);
    const applicationId = c.values.application ? applicationIdArg(c.values.application) : undefined;
    const { pack } = await c.call('pack/get', { packId });
    const params = paramFlags(c.values.param, pack);
    let report = await c.call('eligibility/check', { packId, params, applicationId });
    for (const [ruleId, answer] of Object.entries(confirms))
      report = await c.call('eligibility/confirm', { packId, params, applicationId, ruleId, answer });
    printReport(c.io, pack, report);
    if (c.values.out) {
      for (const format of c.values.pdf ? (['docx', 'xlsx', 'pdf'] as const) : (['docx', 'xlsx'] as const)) {
        const { file } = await c.call('eligibility/report', { packId, params, applicationId, format });
        c.io.out(await c.saveOutputIn(file, c.values.out));
      }
    }
    return 0;
  },
});
