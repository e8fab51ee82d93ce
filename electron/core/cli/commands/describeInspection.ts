import type { BundleInspectionView } from '../../../../shared/api/bundleCalls.js';
import { localDateTimeText } from '../../../../shared/format/localDateTimeText.js';

/**
 * Lines for the CLI: the bundle, what it restores, what it leaves out, warnings. `asNew`: the import
 * adds an application whatever the bundle matches (--new), so the lines must not say 「替换」.
 */
export function describeInspection(v: BundleInspectionView, asNew = false): string[] {
  const a = v.application;
  const lines = [
    `申报材料包：${v.bundleName}${v.formatVersion < 2 ? '（早期版本申报通制作）' : ''}`,
    `  学校：${v.school.name}（${v.school.creditCode || '无信用代码'}）  通知：${v.pack.docNo ?? v.pack.id}  制作时间：${localDateTimeText(v.createdAt)}  申报通 ${v.appVersion}`,
    `  全部 ${v.fileCount} 个文件的 SHA-256 校验通过`,
    '将要恢复的申报：',
    `  「${a.title}」：${a.action === 'add' || asNew ? '新增一份申报' : `替换已有的第 ${a.existingId} 号申报的填写内容`}`,
    ...a.params.map((p) => `    ${p.label}：${p.value}`),
    `  填写内容 ${a.valueCount} 项（其中叙述 ${a.narrativeCount} 段），确认接受的问题 ${a.acceptedCount} 项，${a.confirmationCount ? `学校确认的申报条件 ${a.confirmationCount} 条，` : ''}佐证材料选择 ${a.evidenceCount} 个`,
  ];
  if (a.evidenceMissing.length)
    lines.push(
      `  本机没有其中 ${a.evidenceMissing.length} 个佐证材料的文件，不会关联：${a.evidenceMissing.join('、')}`,
    );
  if (v.ignoredBaseData.length)
    lines.push(
      `不导入：材料包附带的基础数据（${v.ignoredBaseData.map((d) => `${d.label} ${d.rows} 条`).join('、')}）。基础数据只随学校数据包迁移。`,
    );
  for (const w of v.warnings) lines.push(`注意：${w}`);
  return lines;
}
