import type { BundleInspectionView } from '../../../shared/api/bundleCalls.js';
import type { BundleInspection } from './inspectBundle.js';

/** The part of an inspection the window and the CLI show (no file bytes, no raw data). */
export function inspectionView(i: BundleInspection): BundleInspectionView {
  return {
    bundleName: i.manifest.bundleName,
    createdAt: i.manifest.createdAt,
    appVersion: i.manifest.appVersion,
    pack: i.manifest.pack,
    school: i.manifest.school,
    fileCount: i.manifest.files.length,
    datasets: i.diff.datasets,
    application: i.application,
    warnings: i.warnings,
  };
}

/** Lines for the CLI: one per data set and year, then the application and warnings. */
export function describeInspection(v: BundleInspectionView): string[] {
  const lines = [
    `导入包：${v.bundleName}`,
    `  学校：${v.school.name}（${v.school.creditCode || '无信用代码'}）  通知：${v.pack.docNo ?? v.pack.id}  制作时间：${v.createdAt}  申报通 ${v.appVersion}`,
    `  全部 ${v.fileCount} 个文件的 SHA-256 校验通过`,
    '将要导入的数据：',
  ];
  for (const d of v.datasets) {
    lines.push(
      `  ${d.label}${d.year !== null ? `（${d.year} 年）` : ''}：新增 ${d.added} 条，修改 ${d.changed} 条，不变 ${d.unchanged} 条`,
    );
    for (const e of d.examples.filter((x) => x.kind === 'changed').slice(0, 5))
      lines.push(`      修改「${e.record}」：${e.fields.join('、')}`);
  }
  lines.push(
    `  申报「${v.application.title}」：${v.application.action === 'add' ? '新增' : `更新已有的第 ${v.application.existingId} 号申报的填写内容`}（${v.application.valueCount} 项）`,
  );
  for (const w of v.warnings) lines.push(`注意：${w}`);
  return lines;
}
