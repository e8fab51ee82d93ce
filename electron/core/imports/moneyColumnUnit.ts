// Which unit a sheet's money column is written in. Finance and asset offices often keep amounts in
// 万元 — 「金额（万元）」 in the header, or 「单位：万元」 under the title — while the store keeps 分:
// read as 元, such a column would be 10,000 times too small.
import { YUAN_PLACES } from '../../../shared/format/money.js';
import type { RawSheet } from './sheetModel.js';

export interface MoneyUnit {
  unit: string;
  /** Decimal places from this unit to 元 (万元 → 4). */
  places: number;
  /** Where the unit was read, for the preview: 表头「金额（万元）」 or 第 2 行「单位：万元」. */
  from: string;
}

const UNIT_IN_HEADER = /(?:^|[(（/／\s:：])([千万亿]?元)[)）]?$/;
const UNIT_NOTE = /(?:金额|货币|计量)?单位\s*[:：]\s*(?:人民币)?\s*([千万亿]?元)/;

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/g, '');
}

/** The unit a header names: 金额（万元）, 金额(万元), 原值/万元, 万元. */
export function moneyUnitOfHeader(header: string): MoneyUnit | undefined {
  const h = normalise(header);
  const m = UNIT_IN_HEADER.exec(h) ?? (/^[千万亿]?元$/.test(h) ? [h, h] : null);
  if (!m) return undefined;
  return { unit: m[1], places: YUAN_PLACES[m[1]], from: `表头「${header.trim()}」` };
}

/** A 「单位：万元」 note in the rows above the header (in the title or a line of its own). */
export function moneyUnitOfSheet(sheet: RawSheet, headerRowIndex: number): MoneyUnit | undefined {
  for (let i = 0; i < headerRowIndex && i < sheet.rows.length; i++) {
    for (const cell of sheet.rows[i].cells) {
      if (typeof cell !== 'string') continue;
      const m = UNIT_NOTE.exec(normalise(cell));
      if (m) return { unit: m[1], places: YUAN_PLACES[m[1]], from: `第 ${sheet.rows[i].r} 行「${cell.trim()}」` };
    }
  }
  return undefined;
}

/** The header's own unit first, then the sheet's note; undefined means 元. */
export function moneyUnitOfColumn(header: string, sheetUnit: MoneyUnit | undefined): MoneyUnit | undefined {
  return moneyUnitOfHeader(header) ?? sheetUnit;
}
