import { AppError, type ErrorPlace } from '../../../shared/api/apiError.js';
import { MAJOR_LEVELS } from '../../../shared/datasets/majorsDataset.js';
import { readWorkbookFile } from '../imports/readWorkbookFile.js';
import type { CellRaw, RawRow } from '../imports/sheetModel.js';
import { type CatalogueEntry, MAJOR_CODE_PATTERN, type MajorLevel } from './catalogueEntry.js';

const HEADERS: Record<'level' | 'code' | 'name' | 'category' | 'className', readonly string[]> = {
  level: ['level', '层次', '办学层次', '专业层次'],
  code: ['code', '专业代码', '代码'],
  name: ['name', '专业名称', '名称'],
  category: ['大类', '专业大类', 'category'],
  className: ['类', '专业类', 'class'],
};
const LEVEL_ALIASES: Record<string, MajorLevel> = {
  中职: '中职',
  中等职业教育: '中职',
  高职专科: '高职专科',
  高等职业教育专科: '高职专科',
  高职本科: '高职本科',
  职教本科: '高职本科',
  高等职业教育本科: '高职本科',
};

function cellText(v: CellRaw | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** "46 装备制造大类" or "装备制造大类" with its code taken from the 专业代码. */
function splitCoded(text: string, codeFromMajor: string): { code: string; name: string } {
  const m = /^(\d{2,4})\s*(.*)$/.exec(text);
  return m ? { code: m[1], name: m[2].trim() } : { code: codeFromMajor, name: text };
}

/**
 * Reads an updated 专业目录 from the first sheet whose header row has 层次, 专业代码, 专业名称, 大类, 类.
 * The file goes through the importer's reader (.xlsx with its CRCs checked, .xls, CSV), so a damaged
 * file is refused the same way. Every problem is collected with its sheet, row and column; any
 * problem refuses the whole file.
 */
export async function readCatalogueXlsx(bytes: Uint8Array, fileName: string): Promise<CatalogueEntry[]> {
  const wb = await readWorkbookFile(fileName, bytes);
  for (const ws of wb.sheets) {
    const byNumber = new Map<number, RawRow>(ws.rows.map((r) => [r.r, r]));
    const lastRow = ws.rows.at(-1)?.r ?? 0;
    let headerRow = 0;
    const cols: Partial<Record<keyof typeof HEADERS, number>> = {};
    for (let r = 1; r <= Math.min(lastRow, 10) && !headerRow; r++) {
      const found: typeof cols = {};
      (byNumber.get(r)?.cells ?? []).forEach((cell, c) => {
        const t = cellText(cell).replace(/\s+/g, '');
        for (const [k, names] of Object.entries(HEADERS))
          if (names.includes(t) && !(k in found)) found[k as keyof typeof HEADERS] = c;
      });
      if (found.code !== undefined && found.name !== undefined && found.level !== undefined) {
        headerRow = r;
        Object.assign(cols, found);
      }
    }
    if (!headerRow) continue;
    const problems: { message: string; where: ErrorPlace }[] = [];
    const entries: CatalogueEntry[] = [];
    const seen = new Map<string, number>();
    const at = (row: number, key: keyof typeof HEADERS): ErrorPlace => ({
      file: fileName,
      sheet: ws.name,
      row,
      column: HEADERS[key][1] ?? HEADERS[key][0],
    });
    for (const row of ws.rows) {
      if (row.r <= headerRow) continue;
      const r = row.r;
      const get = (k: keyof typeof HEADERS) => (cols[k] !== undefined ? cellText(row.cells[cols[k]]) : '');
      const [levelText, code, name] = [get('level'), get('code').toUpperCase(), get('name')];
      if (!levelText && !code && !name) continue;
      const level = LEVEL_ALIASES[levelText.replace(/[（）()\s]/g, '')];
      if (!level)
        problems.push({
          message: `层次「${levelText}」应为 ${MAJOR_LEVELS.join('、')} 之一`,
          where: at(r, 'level'),
        });
      if (!MAJOR_CODE_PATTERN.test(code))
        problems.push({
          message: `专业代码「${code}」应为六位数字（国家控制专业带 K）`,
          where: at(r, 'code'),
        });
      if (!name) problems.push({ message: `专业名称不能为空`, where: at(r, 'name') });
      const key = `${level}|${code}`;
      if (level && seen.has(key))
        problems.push({
          message: `${level}专业代码 ${code} 与第 ${seen.get(key)} 行重复`,
          where: at(r, 'code'),
        });
      seen.set(key, r);
      const cat = splitCoded(get('category'), code.slice(0, 2));
      const cls = splitCoded(get('className'), code.slice(0, 4));
      if (level && MAJOR_CODE_PATTERN.test(code) && name) {
        entries.push({
          level,
          code,
          name,
          categoryCode: cat.code,
          category: cat.name,
          classCode: cls.code,
          className: cls.name,
        });
      }
    }
    if (problems.length) {
      throw new AppError(
        'CATALOGUE_INVALID',
        `专业目录「${fileName}」有 ${problems.length} 处问题，未导入任何内容`,
        problems[0].where,
        problems,
      );
    }
    if (!entries.length)
      throw new AppError('CATALOGUE_EMPTY', `专业目录「${fileName}」工作表「${ws.name}」中没有专业`, {
        file: fileName,
        sheet: ws.name,
      });
    return entries;
  }
  throw new AppError('CATALOGUE_NO_HEADER', `在「${fileName}」中找不到含「层次」「专业代码」「专业名称」列的表头`, {
    file: fileName,
  });
}
