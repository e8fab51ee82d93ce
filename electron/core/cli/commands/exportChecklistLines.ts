import type { ExportChecklist } from '../../../../shared/packs/exportChecklist.js';

const MAX_LISTED = 8;

function listed(items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).join('、');
  return items.length > MAX_LISTED ? `${shown} 等 ${items.length} 项` : shown;
}

/**
 * The window's 「导出前请核对」 list as CLI lines (stderr): a script cannot answer 「仍然导出」, so
 * the export goes on, but the clerk is told what the notice asks for that the bundle still lacks.
 */
export function exportChecklistLines(c: ExportChecklist, noticeId: string, applicationId: number): string[] {
  if (c.complete) return [];
  const lines = ['注意：导出前请核对，通知要求的以下内容还没有：'];
  const noEvidence = c.evidenceAsked && c.evidencePicked === 0;
  if (c.evidenceAsked && (noEvidence || c.evidenceMissing.length))
    lines.push(
      `  ${noEvidence ? '没有选用任何佐证材料' : `${c.evidenceMissing.length} 处没有佐证材料`}${c.emptyPageCells ? `，导出后 ${c.emptyPageCells} 个「佐证材料页码」格将空着` : ''}${c.evidenceMissing.length ? `：${listed(c.evidenceMissing.map((p) => p.subject))}` : ''}`,
    );
  if (c.requiredEmpty.length)
    lines.push(`  ${c.requiredEmpty.length} 项必填内容没有填写：${listed(c.requiredEmpty.map((f) => f.label))}`);
  if (c.unconfirmed.length)
    lines.push(
      `  ${c.unconfirmed.length} 项申报条件尚未由学校确认：${listed(c.unconfirmed.map((r) => r.id))}（回答：check ${noticeId} --application ${applicationId} --confirm 条件编号=是|否）`,
    );
  if (c.unmet.length)
    lines.push(`  ${c.unmet.length} 项申报条件按基础数据未达标：${listed(c.unmet.map((r) => `${r.id} ${r.label}`))}`);
  return lines;
}
