// Which fonts a printout needs, in words an office can act on. LibreOffice and WPS substitute a missing
// 仿宋_GB2312 silently and the layout shifts, so the export says which fonts to install and what stands in.
import type { FontSpec } from './printDocument.js';

/** 「仿宋_GB2312（缺少时用 FangSong 或 仿宋 代替）」 */
export function describeFont(f: FontSpec): string {
  return f.fallback.length ? `${f.eastAsia}（缺少时用 ${f.fallback.join(' 或 ')} 代替）` : f.eastAsia;
}

/** One line for the export's notes: 「本文件使用字体：仿宋_GB2312（…）、黑体（…）；…」, each font once. */
export function fontsNotice(described: string[]): string {
  const names = [...new Set(described)];
  return names.length ? `本文件使用字体：${names.join('、')}；打印或转换前请确认电脑已安装，否则版式可能变化` : '';
}
