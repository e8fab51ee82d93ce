// Small helpers for authoring the seed packs in assets/packs/. The JSON files are what the app
// reads; these builders only keep the repetitive parts of the notices' forms (enterprise blocks,
// year × source grids, 佐证材料页码 cells) consistent while the JSON is generated.
import type { PackCell, PackField, PackInput, PackTableRow } from '../../shared/packs/packSchema.js';

type Block = PackInput['forms'] extends (infer F)[] | undefined
  ? F extends { blocks: (infer B)[] }
    ? B
    : never
  : never;
export type { Block };

/** A label cell (fixed text, shaded in the editor). */
export function lab(text: string, extra: Partial<PackCell> = {}): PackCell {
  return { text, label: true, ...extra };
}
/** A fixed-text cell that is not a label (units, hints). */
export function txt(text: string, extra: Partial<PackCell> = {}): PackCell {
  return { text, ...extra };
}
export function fld(field: string, extra: Partial<PackCell> = {}): PackCell {
  return { field, ...extra };
}
export function col(column: string, extra: Partial<PackCell> = {}): PackCell {
  return { column, ...extra };
}
export function row(cells: PackCell[], extra: Partial<PackTableRow> = {}): PackTableRow {
  return { cells, ...extra };
}

/** Collects a pack's fields in order; keys must be unique across the pack. */
export class FieldSet {
  readonly fields: PackField[] = [];
  add(key: string, label: string, type: PackField['type'], extra: Partial<PackField> = {}): string {
    if (this.fields.some((f) => f.key === key)) throw new Error(`duplicate field key ${key}`);
    this.fields.push({ key, label, type, ...extra });
    return key;
  }
  /** A 佐证材料页码 field and the cell that shows it. */
  evidence(key: string, of: string): PackCell {
    this.add(key, `佐证材料页码（${of}）`, 'text', { maxLength: 60, placeholder: '如 12-15' });
    return { evidence: key };
  }
  has(key: string): boolean {
    return this.fields.some((f) => f.key === key);
  }
}

/** A 20-column 万元 money field with two decimals. */
export const WAN = { unit: '万元', decimals: 2 } as const;

/** 仿宋_GB2312 小四 on A4 bound on the left, printed on both sides: how the provincial notices' forms are set. */
export const OFFICIAL_STYLE: NonNullable<PackInput['style']> = {
  paper: 'A4',
  bindingSide: 'left',
  doubleSided: true,
  body: { family: '仿宋_GB2312', fallback: ['FangSong', '仿宋'], size: '小四' },
  lineSpacingPt: 16,
  table: { family: '仿宋_GB2312', fallback: ['FangSong', '仿宋'], size: '小四' },
};
