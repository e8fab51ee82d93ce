// The field catalogue: every data-set field and the common derived figures, each with its Chinese
// label, the words forms use for it, unit, period and binding. The drafter matches form labels
// against it; the designer offers it as a list; docs/fields.md is generated from it.
import type { CatalogueEntry, CatalogueScope } from './catalogue/catalogueEntry.js';
import { datasetEntries } from './catalogue/datasetEntries.js';
import { derivedEntries } from './catalogue/derivedEntries.js';
import { tableEntries } from './catalogue/tableEntries.js';

export type { CatalogueEntry } from './catalogue/catalogueEntry.js';

let cached: CatalogueEntry[] | null = null;

/** The built-in catalogue (derived figures first: they win over a data-set field with the same words). */
export function fieldCatalogue(): CatalogueEntry[] {
  cached ??= [...derivedEntries(), ...tableEntries(), ...datasetEntries()];
  return cached;
}

/** One of the school's own 指标 (共建课程, 技术服务收入 …) as the base data defines it. */
export interface IndicatorDefinition {
  code: string;
  name: string;
  unit?: string;
  scope?: string;
}

const INDICATOR_SCOPES: Record<string, CatalogueScope[]> = {
  实训中心: ['centre', 'school'],
  专业群: ['group', 'school'],
  联合体: ['school', 'enterprise'],
  学校: ['school', 'centre', 'group'],
};

/** Catalogue entries for the school's indicators: matched by their names, read for the year the form names. */
export function indicatorEntries(list: readonly IndicatorDefinition[]): CatalogueEntry[] {
  const seen = new Set<string>();
  const out: CatalogueEntry[] = [];
  for (const ind of list) {
    if (!ind.code || !ind.name || seen.has(ind.code) || !/^[A-Za-z0-9_.-]+$/.test(ind.code)) continue;
    seen.add(ind.code);
    const unit = ind.unit?.trim() || undefined;
    const type = unit === '%' ? 'percent' : unit === '万元' || unit === '元' ? 'money' : 'number';
    out.push({
      id: `indicator.${ind.code}`,
      group: '指标（学校自定义）',
      label: ind.name,
      synonyms: [],
      type,
      ...(unit ? { unit } : {}),
      decimals: type === 'number' ? undefined : 2,
      period: '指定年度',
      scopes: INDICATOR_SCOPES[ind.scope ?? '学校'] ?? ['school'],
      bind: `lookup(forYear(data.indicators, {Y}), 'code', '${ind.code}').value`,
      source: `指标·${ind.name}`,
      keyHint: ind.code.replace(/[^A-Za-z0-9]/g, ''),
      dataset: 'indicators',
    });
  }
  return out;
}

export function findCatalogueEntry(id: string, extra: readonly CatalogueEntry[] = []): CatalogueEntry | undefined {
  return extra.find((e) => e.id === id) ?? fieldCatalogue().find((e) => e.id === id);
}
