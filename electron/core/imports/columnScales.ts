// Columns whose numbers are written in another unit than the field keeps, found before any row is
// parsed: money in 万元 (by its header or a 「单位：万元」 line above the table) and rates formatted
// as percent in Excel (0.95 shown as 95%). Each one found is also a note for the preview and CLI.
import type { FieldDef } from '../../../shared/datasets/datasetDefinition.js';
import type { HeaderGuess } from './detectHeader.js';
import { type MoneyUnit, moneyUnitOfColumn, moneyUnitOfSheet } from './moneyColumnUnit.js';
import type { RawSheet } from './sheetModel.js';

export interface ColumnScales {
  /** Money field key → the unit its column is in (undefined: 元). */
  moneyUnits: Map<string, MoneyUnit | undefined>;
  /** Percent fields whose column holds fractions (0.95 for 95 %). */
  fractionFields: Set<string>;
  notes: string[];
}

export function columnScales(
  sheet: RawSheet,
  header: HeaderGuess,
  mapping: Record<string, number | null>,
  fields: readonly FieldDef[],
  headerText: (col: number) => string,
): ColumnScales {
  const notes: string[] = [];
  const sheetUnit = moneyUnitOfSheet(sheet, header.rowIndex);
  const moneyUnits = new Map<string, MoneyUnit | undefined>();
  const fractionFields = new Set<string>();
  for (const f of fields) {
    const col = mapping[f.key];
    if (col === null || col === undefined) continue;
    if (f.type === 'money') {
      const unit = moneyUnitOfColumn(headerText(col), sheetUnit);
      moneyUnits.set(f.key, unit);
      if (unit && unit.places) notes.push(`「${f.label}」列按${unit.unit}填写（见${unit.from}），导入时换算为元保存`);
    } else if (f.type === 'percent' && holdsFractions(sheet, header.rowIndex, col)) {
      // The reader skips cell formats for speed, so the numbers themselves tell: all within 0–1.
      fractionFields.add(f.key);
      notes.push(`「${f.label}」列的数值都在 0 到 1 之间，按 Excel 的百分比格式读取（0.95 即 95%）`);
    }
  }
  return { moneyUnits, fractionFields, notes };
}

/** Every number below the header lies in 0–1 and one lies strictly between (so 0/1 flags do not count). */
function holdsFractions(sheet: RawSheet, headerIndex: number, col: number): boolean {
  let fractional = false;
  for (let i = headerIndex + 1; i < sheet.rows.length; i++) {
    const v = sheet.rows[i].cells[col];
    if (typeof v !== 'number') continue;
    if (v > 1 || v < 0) return false;
    if (v > 0 && v < 1) fractional = true;
  }
  return fractional;
}
