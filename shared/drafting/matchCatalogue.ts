// A place to write in a form → the catalogue entries it may mean, with a confidence. The place is
// described by its label, the column header above it, the group labels beside it (法定代表人信息,
// 实训中心合作企业（1）基本信息) and the table's caption: together they say what is asked (职务),
// of whom (学校, 合作企业（1）, 申报专业, 专业群, 实训中心) and for which year.
import type { FieldType } from '../packs/packSchema.js';
import type { CatalogueEntry, CatalogueScope, ScopeRef } from './catalogue/catalogueEntry.js';
import { normalizeLabel, recentYearsIn, yearsIn } from './textPatterns.js';

export interface LabelContext {
  /** The nearest label: left of the blank, or the blank's own line label. */
  label: string;
  /** The column header above the blank, when the table has a header row. */
  column?: string;
  /** Labels spanning the rows to the left, outer first (申报学校基本信息, 法定代表人信息). */
  groups: string[];
  /** Table caption rows and the heading above the table, nearest first. */
  captions: string[];
  /** Unit the form prints with the blank (人, 万元, m²). */
  unit?: string;
  /** The blank is in a form about a person (姓名, 学号 …): the school's contact facts are not meant. */
  personal?: boolean;
}

export interface CatalogueMatch {
  entry: CatalogueEntry;
  /** 0–1; 0.9 and above is applied, lower is offered. */
  confidence: number;
  ref: ScopeRef;
  year?: number;
  years?: number;
}

export const CERTAIN = 0.9;

const clean = (s: string) =>
  normalizeLabel(s)
    .replace(/(?:的)?(?:基本信息|基本情况|信息|情况)$/, '')
    .replace(/[、，,。/／]/g, '');

/** Scope words a label may carry in front (学校名称 in a school table is just 名称 + 学校). */
const SCOPE_PREFIX = /^(?:申报学校|学校|本校|申报|实训中心|中心|合作企业[（(]?\d?[）)]?|企业|专业群)/;

function scopeOf(texts: string[]): ScopeRef {
  // A numbered enterprise anywhere around (合作企业（2） over 企业名称) says which one.
  for (const t of texts) {
    const n = /合作企业[（(](\d+)[）)]|企业[（(](\d+)[）)]|企业(\d)/.exec(t.replace(/\s/g, ''));
    if (n) return { scope: 'enterprise', index: Number(n[1] ?? n[2] ?? n[3]) };
  }
  for (const t of texts) {
    const s = t.replace(/\s/g, '');
    if (/合作企业|企业(?:基本)?(?:信息|情况)|企业名称/.test(s)) return { scope: 'enterprise', index: 1 };
    if (/申报专业/.test(s)) return { scope: 'major' };
    if (/专业群|专业（群）|专业\(群\)/.test(s)) return { scope: 'group' };
    if (/实训中心|中心基础|中心情况/.test(s)) return { scope: 'centre' };
    if (/^(?:申报)?学校|学校基本/.test(s)) return { scope: 'school' };
  }
  return { scope: 'school' };
}

const PERSON = /^(法定代表人|法人代表|联系人|负责人|项目负责人)/;

function candidates(ctx: LabelContext): { text: string; level: 'label' | 'caption' }[] {
  const a = clean(ctx.label);
  const b = ctx.column ? clean(ctx.column) : '';
  const person = [...ctx.groups]
    .reverse()
    .map(clean)
    .find((g) => PERSON.test(g));
  const s = person ? (PERSON.exec(person)?.[1] ?? '') : '';
  const c = ctx.captions.length ? clean(ctx.captions[0]) : '';
  const list: { text: string; level: 'label' | 'caption' }[] = [];
  const add = (text: string, level: 'label' | 'caption') => {
    if (!text) return;
    list.push({ text, level });
    const stripped = text.replace(SCOPE_PREFIX, '');
    if (stripped && stripped !== text && stripped.length >= 2) list.push({ text: stripped, level });
  };
  // Under 法定代表人信息 a bare 「传真」 is that person's, not whoever else has a 传真.
  const own = s ? 'caption' : 'label';
  add(a, own);
  if (s && !a.startsWith(s)) add(s + a, 'label');
  if (b) {
    add(b, own);
    add(a + b, own);
    if (s) add(s + a + b, 'label');
  }
  // A row labelled only by a year or 学校 takes its meaning from the caption.
  const bare = !a.replace(/(?:19|20)\d{2}年度?|学校|本校|合计/g, '');
  if (c) add(c + a, bare ? 'label' : 'caption');
  if (c) add(c, bare ? 'label' : 'caption');
  for (const g of ctx.groups) if (!PERSON.test(clean(g))) add(clean(g) + a, 'caption');
  return list;
}

const NUMERIC = new Set<FieldType>(['number', 'money', 'percent']);

function typeFits(entry: CatalogueEntry, unit: string | undefined): boolean {
  if (!unit) return true;
  if (entry.type === 'table') return true;
  if (!NUMERIC.has(entry.type)) return false;
  if (unit === '%') return entry.type === 'percent';
  if (unit === '万元' || unit === '元') return entry.type === 'money';
  // 人次 is not 人, 课时 is not 个: a count of something else.
  return entry.type !== 'money' && (!entry.unit || entry.unit === unit || entry.type === 'percent');
}

function exactScore(entry: CatalogueEntry, cands: { text: string; level: string }[], ref: ScopeRef): number {
  const generic = ref.scope === 'school' ? [] : (entry.genericSynonyms ?? []);
  const names = [entry.label, ...entry.synonyms, ...generic].map(clean).filter(Boolean);
  let best = 0;
  for (const c of cands) {
    for (const n of names) {
      if (c.text === n) best = Math.max(best, c.level === 'label' ? 1 : 0.85);
      else if (n.length >= 3 && c.text.length >= 3 && (c.text.includes(n) || n.includes(c.text))) {
        const ratio = Math.min(n.length, c.text.length) / Math.max(n.length, c.text.length);
        best = Math.max(best, (c.level === 'label' ? 0.55 : 0.45) + 0.3 * ratio);
      }
    }
  }
  return best;
}

function keywordScore(entry: CatalogueEntry, ctx: LabelContext): number {
  if (!entry.keywords?.length) return 0;
  const whole = [...ctx.captions, ...ctx.groups, ctx.label, ctx.column ?? ''].join('|').replace(/\s/g, '');
  const own = [...ctx.groups.slice(-1), ctx.label, ctx.column ?? ''].join('|').replace(/\s/g, '');
  if (!entry.keywords.every((g) => g.some((w) => whole.includes(w)))) return 0;
  const bare = !clean(ctx.label).replace(/(?:19|20)\d{2}年度?|学校|本校/g, '') && !ctx.column;
  const labelHit = bare || entry.keywords.some((g) => g.some((w) => own.includes(w)));
  return labelHit ? 0.92 : 0.72;
}

/** The entries a place may mean, best first (at most `limit`). */
export function matchCatalogue(
  ctx: LabelContext,
  catalogue: readonly CatalogueEntry[],
  opts: { limit?: number; wantTable?: boolean } = {},
): CatalogueMatch[] {
  const ref = scopeOf([ctx.label, ...[...ctx.groups].reverse(), ...ctx.captions]);
  const whole = [...ctx.captions, ...ctx.groups, ctx.label, ctx.column ?? ''].join('|');
  const cands = candidates(ctx);
  const yearsFound = yearsIn([ctx.label, ctx.column ?? '', ...[...ctx.groups].reverse(), ...ctx.captions].join('|'));
  const out: CatalogueMatch[] = [];
  for (const entry of catalogue) {
    if ((entry.type === 'table') !== !!opts.wantTable) continue;
    if (!entry.scopes.includes(ref.scope)) continue;
    if (entry.exclude?.some((w) => whole.includes(w))) continue;
    let score = Math.max(exactScore(entry, cands, ref), keywordScore(entry, ctx));
    if (score < 0.6) continue;
    if (!typeFits(entry, ctx.unit)) score -= 0.3;
    // Under a group that names someone else (秘书处(办公室)情况), a bare 联系电话 is theirs, not the school's.
    if (ref.scope === 'school' && /^school\./.test(entry.id) && foreignGroup(ctx)) score = Math.min(score, 0.8);
    // 联系电话 on a student's form is the student's: the school's is not even offered, since
    // 「全部采用建议」 would print the school's contacts on every applicant's form.
    if (ctx.personal && ref.scope === 'school' && !/学校|本校|单位/.test(whole)) continue;
    // Generic words (建筑面积, 管理人员) mean the school's figure only inside a centre's or group's block.

    if (score < 0.6) continue;
    const m: CatalogueMatch = { entry, confidence: Math.min(1, score), ref };
    if (entry.period === '指定年度' || entry.period === '统计年度') {
      if (yearsFound.length) m.year = yearsFound[0];
    }
    if (entry.period === '近N年') m.years = recentYearsIn(whole) ?? entry.years;
    out.push(m);
  }
  out.sort((x, y) => y.confidence - x.confidence || specificity(y.entry) - specificity(x.entry));
  // Two different figures equally certain: neither is applied, both are offered.
  if (
    out.length > 1 &&
    out[0].confidence >= CERTAIN &&
    out[1].confidence >= out[0].confidence - 0.001 &&
    specificity(out[0].entry) === specificity(out[1].entry) &&
    out[0].entry.bind !== out[1].entry.bind
  )
    out[0] = { ...out[0], confidence: CERTAIN - 0.05 };
  return out.slice(0, opts.limit ?? 4);
}

/** A group label beside the blank that is neither a person (法定代表人) nor one of the known subjects. */
function foreignGroup(ctx: LabelContext): boolean {
  return ctx.groups.some((g) => {
    const c = clean(g);
    return (
      !PERSON.test(c) && !/学校|本校|申报单位/.test(c) && scopeOf([c]).scope === 'school' && !/(?:19|20)\d{2}/.test(c)
    );
  });
}

function specificity(e: CatalogueEntry): number {
  return (e.keywords?.length ?? 0) + (e.scopes.length === 1 && e.scopes[0] !== 'school' ? 1 : 0);
}

export type { CatalogueScope };
