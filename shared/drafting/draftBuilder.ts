// Collects a draft's fields as the form drafters find them: a unique key, the type and unit the form
// suggests, and the catalogue's binding when the label is certain (else the offers). Parameters the
// applied bindings need (合作企业（1）, 申报专业 …) are gathered once for the pack.
import type { PackField, PackParameter, TableColumn } from '../packs/packSchema.js';
import { type CatalogueEntry, expandBinding, scopeParameters, usesBaseYear } from './catalogue/catalogueEntry.js';
import type { BindingOffer, FieldNote } from './draftTypes.js';
import { type CatalogueMatch, CERTAIN, type LabelContext, matchCatalogue } from './matchCatalogue.js';
import { normalizeLabel } from './textPatterns.js';

export type FieldSpec = Omit<PackField, 'key'> & { label: string };

const NUMERIC = new Set(['number', 'money', 'percent']);
const cap = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

export class DraftBuilder {
  readonly fields: PackField[] = [];
  readonly notes: Record<string, FieldNote> = {};
  readonly parameters = new Map<string, PackParameter>();
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();

  constructor(
    private readonly catalogue: readonly CatalogueEntry[],
    private readonly defaultYear?: number,
  ) {}

  /** A unique English key, from a hint (schoolName) or the field type (text3). */
  private uniqueKey(hint: string): string {
    const base = hint.replace(/[^A-Za-z0-9_]/g, '').replace(/^[^A-Za-z]+/, '') || 'field';
    if (!this.used.has(base) && base !== 'field') return this.take(base);
    let n = this.counters.get(base) ?? 0;
    let key: string;
    do key = `${base}${++n}`;
    while (this.used.has(key));
    this.counters.set(base, n);
    return this.take(key);
  }
  private take(k: string): string {
    this.used.add(k);
    return k;
  }

  /** The binding an entry gives at one place: the expression, the parameters it reads, the field shape it implies. */
  offerOf(m: CatalogueMatch, unit: string | undefined, columnKeys?: Map<string, string>): BindingOffer {
    const e = m.entry;
    const o = { ref: m.ref, year: m.year, years: m.years, unit: unit ?? e.unit };
    let bind: string;
    if (e.type === 'table' && e.rows && e.columns) {
      const v = e.rowVar ?? 'r';
      const parts = [...(columnKeys ?? new Map<string, string>())].map(([colKey, entryCol]) => {
        const c = e.columns!.find((x) => x.key === entryCol);
        return `${colKey}: ${c ? c.expr : "''"}`;
      });
      bind = `map(${expandBinding(e, e.rows, o)}, ${v} => {${parts.join(', ')}})`;
    } else bind = expandBinding(e, e.bind, o);
    const k = m.ref.index ?? 1;
    const label =
      m.ref.scope === 'enterprise' ? `合作企业（${k}）${e.label}` : m.year ? `${m.year}年 ${e.label}` : e.label;
    return {
      entryId: e.id,
      label,
      confidence: Math.round(m.confidence * 100) / 100,
      bind,
      source: m.year ? `${e.source.replace(/（该年度）$/, '')}（${m.year}年）` : e.source,
      parameters: scopeParameters(m.ref, usesBaseYear(bind), this.defaultYear),
      ...(columnKeys ? { columnsMapped: [...columnKeys.values()].filter(Boolean).length } : {}),
    };
  }

  private keyHintOf(m: CatalogueMatch): string {
    const e = m.entry;
    let hint = e.keyHint;
    if (m.ref.scope === 'enterprise') hint = `e${m.ref.index ?? 1}${cap(hint.replace(/^e(?=[A-Z])/, ''))}`;
    else if (m.ref.scope === 'centre' && !/^centre/.test(hint)) hint = `centre${cap(hint)}`;
    else if (m.ref.scope === 'group' && !/^group/.test(hint) && e.id.startsWith('figure.')) hint = `group${cap(hint)}`;
    if (m.year && e.period === '指定年度') hint = `${hint}${m.year}`;
    return hint;
  }

  /** Applies a certain binding to a field spec (type, unit and options follow the catalogue where the form said nothing). */
  private applyEntry(spec: FieldSpec, m: CatalogueMatch, offer: BindingOffer): void {
    const e = m.entry;
    spec.bind = offer.bind;
    spec.source = offer.source;
    if (spec.type === 'text' && e.type !== 'text' && e.type !== 'table') {
      spec.type = e.type;
      if (e.options && !spec.options) spec.options = [...e.options];
      if (e.multiple) spec.multiple = true;
    }
    if (NUMERIC.has(spec.type)) {
      if (!spec.unit && e.unit && e.unit !== '%') spec.unit = e.unit;
      if (spec.decimals === undefined && e.decimals !== undefined) spec.decimals = e.decimals;
    }
    for (const p of offer.parameters) if (!this.parameters.has(p.key)) this.parameters.set(p.key, p);
  }

  /**
   * Adds a field. With a context the catalogue is asked: a certain match binds the field (and names
   * it), weaker ones are kept as offers for the designer.
   */
  add(spec: FieldSpec, place: string, ctx?: LabelContext, keyHint?: string): string {
    const matches = (ctx && spec.type !== 'table' ? matchCatalogue(ctx, this.catalogue, { limit: 8 }) : [])
      .filter((m) => this.fits(spec, m.entry))
      .slice(0, 4);
    const offers = matches.map((m) => this.offerOf(m, spec.unit));
    const best = matches[0];
    let key: string;
    const note: FieldNote = { key: '', place, offers: [] };
    if (ctx) note.context = ctx;
    if (best && best.confidence >= CERTAIN) {
      // The same figure asked twice (the school's name on the cover and in the table) is one field.
      const same = this.fields.find(
        (f) => f.bind === offers[0].bind && this.notes[f.key]?.applied?.entryId === best.entry.id,
      );
      if (same && (same.type === spec.type || spec.type === 'text')) {
        this.notes[same.key].place += `；${place}`;
        return same.key;
      }
      this.applyEntry(spec, best, offers[0]);
      note.applied = offers[0];
      note.offers = offers.slice(1);
      key = this.uniqueKey(this.keyHintOf(best));
    } else {
      note.offers = offers;
      key = this.uniqueKey(keyHint ?? spec.type);
    }
    note.key = key;
    this.fields.push({ key, ...spec });
    this.notes[key] = note;
    return key;
  }

  /** A table field whose columns the form's header gives; bound when a list entry fits its header. */
  addTable(spec: FieldSpec & { columns: TableColumn[] }, place: string, ctx: LabelContext): string {
    const matches = matchCatalogue(ctx, this.catalogue, { wantTable: true });
    const offers: BindingOffer[] = [];
    let applied: BindingOffer | undefined;
    let hint = 'table';
    for (const m of matches) {
      const mapping = mapColumns(spec.columns, m.entry);
      const mappedCount = [...mapping.values()].filter(Boolean).length;
      const wanted = spec.columns.filter((c) => !/佐证|页码|备注|序号/.test(c.label)).length;
      if (!mappedCount) continue;
      const offer = this.offerOf(m, undefined, mapping);
      const full = mappedCount >= Math.max(1, Math.ceil(wanted * 0.5));
      offer.confidence = Math.round((full ? m.confidence : m.confidence * 0.7) * 100) / 100;
      if (!applied && offer.confidence >= CERTAIN) {
        applied = offer;
        hint = m.entry.keyHint;
        // Columns take the catalogue's types where the header said nothing more.
        for (const c of spec.columns) {
          const ec = m.entry.columns?.find((x) => x.key === mapping.get(c.key));
          if (ec && c.type === 'text' && ec.type !== 'text') c.type = ec.type;
          if (ec?.unit && !c.unit && NUMERIC.has(c.type)) c.unit = ec.unit;
          if (ec?.decimals !== undefined && c.decimals === undefined && NUMERIC.has(c.type)) c.decimals = ec.decimals;
        }
        spec.bind = offer.bind;
        spec.source = offer.source;
        for (const p of offer.parameters) if (!this.parameters.has(p.key)) this.parameters.set(p.key, p);
      } else offers.push(offer);
    }
    const key = this.uniqueKey(hint);
    this.fields.push({ key, ...spec });
    this.notes[key] = { key, place, context: ctx, offers, ...(applied ? { applied } : {}) };
    return key;
  }

  /** A computed field (合计): locked, recomputed from the fields it sums. */
  addComputed(spec: FieldSpec, compute: string, place: string): string {
    const key = this.uniqueKey('total');
    this.fields.push({ key, ...spec, compute, locked: true, source: spec.source ?? '本表各项之和（自动计算）' });
    this.notes[key] = { key, place, offers: [] };
    return key;
  }

  field(key: string): PackField | undefined {
    return this.fields.find((f) => f.key === key);
  }

  /** A bound entry only where the form's blank can hold its value (a unit cell is not a name). */
  private fits(spec: FieldSpec, e: CatalogueEntry): boolean {
    if (spec.type === 'narrative') return e.type === 'narrative' || e.type === 'text';
    if (NUMERIC.has(spec.type)) return NUMERIC.has(e.type) || e.type === 'text';
    if (spec.type === 'choice' && spec.options?.length)
      return e.type === 'choice' && (!e.options || spec.options.some((o) => e.options!.includes(o)));
    if (spec.type === 'date') return e.type === 'date' || e.type === 'text';
    return true;
  }
}

/** Table columns (by key) → the entry column each takes its value from ('' for an empty column). */
export function mapColumns(columns: readonly TableColumn[], entry: CatalogueEntry): Map<string, string> {
  const out = new Map<string, string>();
  const free = new Set((entry.columns ?? []).map((c) => c.key));
  const names = (c: { label: string; synonyms?: readonly string[] }) =>
    [c.label, ...(c.synonyms ?? [])].map((n) => normalizeLabel(n));
  for (const col of columns) {
    const label = normalizeLabel(col.label);
    if (!label || /佐证|页码|备注/.test(label)) {
      out.set(col.key, '');
      continue;
    }
    const hit =
      entry.columns?.find((c) => free.has(c.key) && names(c).some((n) => n === label)) ??
      entry.columns?.find(
        (c) => free.has(c.key) && names(c).some((n) => n.length >= 2 && (label.includes(n) || n.includes(label))),
      );
    if (hit) {
      free.delete(hit.key);
      out.set(col.key, hit.key);
    } else out.set(col.key, '');
  }
  // Columns the header leaves unnamed: a unit says which (人 → 在校生), else the first free text column.
  for (const col of columns) {
    if (out.get(col.key) || normalizeLabel(col.label)) continue;
    const byUnit = col.unit
      ? entry.columns?.find((c) => free.has(c.key) && c.unit === col.unit)
      : entry.columns?.find((c) => free.has(c.key) && c.type === 'text');
    if (byUnit) {
      free.delete(byUnit.key);
      out.set(col.key, byUnit.key);
    }
  }
  return out;
}
