// Catalogue-named cells (FieldDef.catalogue) fill their companions: a 专业代码 found in the 专业目录
// gives the row its 专业名称, 大类 and 类 (and 办学层次 when empty); a 专业名称 gives its code. Cells
// the same edit sets itself (a pasted block with both columns) are left as given.
import type { CatalogueRole, FieldDef } from '../../../../shared/datasets/datasetDefinition';
import type { FieldValue } from '../../../../shared/datasets/validateFieldValue';
import type { CellEdit } from '../grid/gridEdits';
import type { GridRow } from '../grid/gridRow';
import type { Catalogue, CatalogueEntry } from './catalogueStore';

const VALUE_OF: Record<CatalogueRole, (e: CatalogueEntry) => string> = {
  code: (e) => e.code,
  name: (e) => e.name,
  level: (e) => e.level,
  categoryCode: (e) => e.categoryCode,
  category: (e) => e.category,
  classCode: (e) => e.classCode,
  className: (e) => e.className,
};

function text(v: FieldValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

/** The one entry a code or name means, within the row's level when it has one. */
export function entryFor(
  cat: Catalogue,
  role: 'code' | 'name',
  typed: string,
  level: string,
): CatalogueEntry | undefined {
  const t = typed.trim();
  const all = role === 'code' ? cat.byCode.get(t.toUpperCase()) : cat.byName.get(t);
  if (!all?.length) return undefined;
  const inLevel = level ? all.filter((e) => e.level === level) : [];
  if (inLevel.length === 1) return inLevel[0];
  return all.length === 1 ? all[0] : undefined;
}

export function catalogueEdits(
  edits: readonly CellEdit[],
  rows: readonly GridRow[],
  fields: readonly FieldDef[],
  cat: Catalogue | null,
): CellEdit[] {
  if (!cat) return [];
  const roles = fields.filter((f) => f.catalogue);
  if (!roles.some((f) => f.catalogue === 'code' || f.catalogue === 'name')) return [];
  const byRow = new Map<number, Map<string, string>>();
  for (const e of edits) {
    let m = byRow.get(e.row);
    if (!m) byRow.set(e.row, (m = new Map<string, string>()));
    m.set(e.field, e.text);
  }
  const out: CellEdit[] = [];
  for (const [row, typed] of byRow) {
    const current = rows[row]?.values ?? {};
    const valueOf = (f: FieldDef) => (typed.has(f.key) ? typed.get(f.key)! : text(current[f.key]));
    const levelField = roles.find((f) => f.catalogue === 'level');
    const level = levelField ? valueOf(levelField) : '';
    // A typed code wins over a typed name when both are in the edit.
    const source =
      roles.find((f) => f.catalogue === 'code' && typed.has(f.key) && typed.get(f.key)!.trim()) ??
      roles.find((f) => f.catalogue === 'name' && typed.has(f.key) && typed.get(f.key)!.trim());
    if (!source) continue;
    const entry = entryFor(cat, source.catalogue as 'code' | 'name', typed.get(source.key)!, level);
    if (!entry) continue;
    for (const f of roles) {
      if (typed.has(f.key)) continue;
      if (f.catalogue === 'level' && (level || !f.choices?.includes(entry.level))) continue;
      const want = VALUE_OF[f.catalogue!](entry);
      if (want !== text(current[f.key])) out.push({ row, field: f.key, text: want });
    }
  }
  return out;
}

export interface Suggestion {
  /** What the cell gets. */
  value: string;
  /** What the list shows, e.g. 460301 机电一体化技术（高职专科）. */
  label: string;
}

/** Catalogue matches for what is being typed in a code or name cell (at most `limit`). */
export function catalogueSuggestions(
  cat: Catalogue | null,
  field: FieldDef,
  typed: string,
  limit = 8,
): Suggestion[] | undefined {
  if (!cat || (field.catalogue !== 'code' && field.catalogue !== 'name')) return undefined;
  const t = typed.trim();
  if (!t) return [];
  const label = (e: CatalogueEntry) => `${e.code} ${e.name}（${e.level}）`;
  let hits: CatalogueEntry[];
  if (field.catalogue === 'code') {
    const u = t.toUpperCase();
    hits = cat.entries.filter((e) => e.code.startsWith(u));
  } else {
    const starts = cat.entries.filter((e) => e.name.startsWith(t));
    const inside = cat.entries.filter((e) => !e.name.startsWith(t) && e.name.includes(t));
    hits = [...starts, ...inside];
  }
  const seen = new Set<string>();
  const out: Suggestion[] = [];
  for (const e of hits) {
    const value = field.catalogue === 'code' ? e.code : e.name;
    if (seen.has(`${value}|${e.level}`)) continue;
    seen.add(`${value}|${e.level}`);
    out.push({ value, label: label(e) });
    if (out.length >= limit) break;
  }
  return out;
}
