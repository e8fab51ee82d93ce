// Which fonts of a printout are missing on this PC, in words a clerk can act on. Said only when a
// font is really absent (the PC's own font list), never as a general caution: 「本机缺少 仿宋_GB2312，
// 打印前请安装；已用 仿宋 代替」.
import { type FontSpec, SYMBOL_FONT } from '../print/printDocument.js';

/**
 * Names one font goes by: Windows lists Chinese fonts by their English family names (FangSong,
 * SimHei), Linux by any of their localized names. Matching is done on these groups.
 */
const SAME_FONT: readonly string[][] = [
  ['仿宋', 'FangSong', '仿宋体'],
  ['仿宋_GB2312', 'FangSong_GB2312'],
  ['楷体', 'KaiTi'],
  ['楷体_GB2312', 'KaiTi_GB2312'],
  ['黑体', 'SimHei'],
  ['宋体', 'SimSun'],
  ['新宋体', 'NSimSun'],
  ['微软雅黑', 'Microsoft YaHei'],
  ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05'],
];

function norm(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, ' ');
}

const GROUP = new Map<string, number>();
SAME_FONT.forEach((names, i) => names.forEach((n) => GROUP.set(norm(n), i)));

/** Every name `name` is known by (itself included), normalized. */
function namesOf(name: string): string[] {
  const g = GROUP.get(norm(name));
  return g === undefined ? [norm(name)] : SAME_FONT[g].map(norm);
}

/** A normalized lookup of the installed families. */
export function installedFontSet(families: Iterable<string>): ReadonlySet<string> {
  const out = new Set<string>();
  for (const f of families) if (f.trim()) out.add(norm(f));
  return out;
}

export function isFontInstalled(installed: ReadonlySet<string>, name: string): boolean {
  return namesOf(name).some((n) => installed.has(n));
}

/**
 * One remark per font a printout needs that this PC lacks; none when every font is there or when
 * the PC's fonts could not be listed (`installed` null): a guess would only alarm.
 */
export function missingFontRemarks(fonts: readonly FontSpec[], installed: ReadonlySet<string> | null): string[] {
  if (!installed) return [];
  const out: string[] = [];
  const seen = new Set<string>();
  for (const f of fonts) {
    if (seen.has(f.eastAsia)) continue;
    seen.add(f.eastAsia);
    if (isFontInstalled(installed, f.eastAsia)) continue;
    // The stand-in is the first fallback present, named as a clerk knows it (仿宋 rather than FangSong).
    const standIn = f.fallback.find((n) => isFontInstalled(installed, n));
    const shown = standIn ? (SAME_FONT[GROUP.get(norm(standIn)) ?? -1]?.[0] ?? standIn) : null;
    // Check boxes only need a font that has ☐ ☑; any stand-in that has them prints the same.
    if (f.eastAsia === SYMBOL_FONT.eastAsia) {
      if (!shown) out.push(`本机没有能打印勾选框 ☐ ☑ 的字体（如 ${f.eastAsia}），打印前请安装`);
      continue;
    }
    out.push(
      shown
        ? `本机缺少 ${f.eastAsia}，打印前请安装；已用 ${shown} 代替`
        : `本机缺少 ${f.eastAsia}，打印前请安装；也没有可代替的字体，打印出来的版式可能与要求不同`,
    );
  }
  return out;
}
