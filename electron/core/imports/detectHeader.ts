import type { FieldDef } from '../../../shared/datasets/datasetDefinition.js';
import { headerNamesOf, normaliseHeader } from './importFields.js';
import { columnLetter, type RawSheet } from './sheetModel.js';

export interface SheetColumn {
  index: number;
  letter: string;
  header: string;
}

export interface HeaderGuess {
  /** Index into sheet.rows, and the row number as the file shows it. */
  rowIndex: number;
  headerRow: number;
  columns: SheetColumn[];
  /** field key → 0-based column index */
  mapping: Record<string, number | null>;
  score: number;
}

const SCAN_ROWS = 30;

/** Maps each field to the first column whose header names it (exact label first, then synonyms). */
export function autoMapping(fields: readonly FieldDef[], headers: readonly string[]): Record<string, number | null> {
  const norm = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping: Record<string, number | null> = {};
  for (const f of fields) mapping[f.key] = null;
  // Labels first, so 联系人手机 takes its own column before 手机 (a synonym elsewhere) can.
  for (const pass of [0, 1] as const) {
    for (const f of fields) {
      if (mapping[f.key] !== null) continue;
      const names = pass === 0 ? [normaliseHeader(f.label)] : headerNamesOf(f);
      const col = norm.findIndex((h, i) => h !== '' && !taken.has(i) && names.includes(h));
      if (col >= 0) {
        mapping[f.key] = col;
        taken.add(col);
      }
    }
  }
  return mapping;
}

/**
 * The header row is the row among the first few whose cells name the most fields: title rows and
 * merged group headers above it name none or few. With merges filled in, a header merged down two
 * rows appears on the lower row too.
 */
export function detectHeader(sheet: RawSheet, fields: readonly FieldDef[]): HeaderGuess | null {
  let best: HeaderGuess | null = null;
  const limit = Math.min(sheet.rows.length, SCAN_ROWS);
  for (let i = 0; i < limit; i++) {
    const row = sheet.rows[i];
    const headers = row.cells.map((c) => (c === null ? '' : c instanceof Date ? '' : String(c).trim()));
    const mapping = autoMapping(fields, headers);
    const score = Object.values(mapping).filter((v) => v !== null).length;
    if (score > 0 && (!best || score > best.score)) {
      best = {
        rowIndex: i,
        headerRow: row.r,
        columns: headers
          .map((h, index) => ({ index, letter: columnLetter(index), header: h }))
          .filter((c) => c.header !== ''),
        mapping,
        score,
      };
    }
  }
  const needed = Math.min(2, fields.length);
  return best && best.score >= needed ? best : null;
}
