// What the designer does to a pack being designed, as pure functions (easy to test, easy to undo):
// change a field, bind it to a catalogue entry or an offer, accept every offer, turn a field back
// into fixed text, set the notice's facts. The pack is the JSON a pack file holds (PackInput).
import {
  type CatalogueEntry,
  expandBinding,
  scopeParameters,
  type ScopeRef,
  usesBaseYear,
} from '../../../../shared/drafting/catalogue/catalogueEntry';
import type { BindingOffer, DraftBlock, FieldNote } from '../../../../shared/drafting/draftTypes';
import type { PackCell, PackInput, PackParameter } from '../../../../shared/packs/packSchema';

/** A field as the pack file writes it. */
export type DesignField = NonNullable<PackInput['fields']>[number];
export type DesignPack = PackInput & { fields: DesignField[]; forms: NonNullable<PackInput['forms']> };

export function withParameters(pack: DesignPack, params: readonly PackParameter[]): DesignPack {
  const have = new Set((pack.parameters ?? []).map((p) => p.key));
  const added = params.filter((p) => !have.has(p.key));
  return added.length ? { ...pack, parameters: [...(pack.parameters ?? []), ...added] } : pack;
}

export function updateField(pack: DesignPack, key: string, change: Partial<DesignField>): DesignPack {
  return {
    ...pack,
    fields: pack.fields.map((f) => {
      if (f.key !== key) return f;
      const next: DesignField = { ...f, ...change };
      // Undefined means "remove" in an edit.
      for (const k of Object.keys(change) as (keyof DesignField)[]) if (change[k] === undefined) delete next[k];
      return next;
    }),
  };
}

/** Binds a field as an offer (a drafted suggestion) says. */
export function applyOffer(pack: DesignPack, key: string, offer: BindingOffer): DesignPack {
  return withParameters(
    updateField(pack, key, { bind: offer.bind, source: offer.source, compute: undefined }),
    offer.parameters,
  );
}

/** 全部采用建议: every field without a binding takes its best offer. */
export function acceptAllOffers(
  pack: DesignPack,
  notes: Record<string, FieldNote>,
): { pack: DesignPack; notes: Record<string, FieldNote>; applied: number } {
  let next = pack;
  const out = { ...notes };
  let applied = 0;
  for (const f of pack.fields) {
    const n = notes[f.key];
    if (f.bind || f.compute || !n?.offers.length) continue;
    next = applyOffer(next, f.key, n.offers[0]);
    out[f.key] = { ...n, applied: n.offers[0], offers: n.offers.slice(1) };
    applied++;
  }
  return { pack: next, notes: out, applied };
}

export interface EntryChoice {
  entry: CatalogueEntry;
  ref: ScopeRef;
  year?: number;
  years?: number;
}

/** A binding chosen from the catalogue: its expression, source and the parameters it reads. */
export function offerFromEntry(c: EntryChoice, unit: string | undefined, defaultYear?: number): BindingOffer {
  const o = { ref: c.ref, year: c.year, years: c.years, unit: unit ?? c.entry.unit };
  const bind =
    c.entry.type === 'table' && c.entry.rows && c.entry.columns
      ? `map(${expandBinding(c.entry, c.entry.rows, o)}, ${c.entry.rowVar ?? 'r'} => {${c.entry.columns
          .map((col) => `${col.key}: ${col.expr}`)
          .join(', ')}})`
      : expandBinding(c.entry, c.entry.bind, o);
  return {
    entryId: c.entry.id,
    label: c.entry.label,
    confidence: 1,
    bind,
    source: c.year ? `${c.entry.source}（${c.year}年）` : c.entry.source,
    parameters: scopeParameters(c.ref, usesBaseYear(bind), defaultYear),
  };
}

const KEY_RE = (key: string) => new RegExp(`\\{\\{\\s*${key}\\s*\\}\\}`, 'g');

/** Replaces a field's places in the form with fixed text, and drops the field. */
export function fieldToText(pack: DesignPack, key: string, text = ''): DesignPack {
  const cell = (c: PackCell): PackCell => {
    if (c.field === key || c.checkboxes?.field === key || c.evidence === key) {
      const { field: _f, checkboxes: _c, evidence: _e, ...rest } = c;
      return { ...rest, text };
    }
    return c.text ? { ...c, text: c.text.replace(KEY_RE(key), text) } : c;
  };
  const block = (b: DraftBlock): DraftBlock | null => {
    switch (b.type) {
      case 'table':
        return {
          ...b,
          rows: b.rows.map((r) => {
            if (r.repeat === key) {
              const { repeat: _r, minRows: _m, ...rest } = r;
              return { ...rest, cells: r.cells.map((c) => ({ text: c.text ?? '', colSpan: c.colSpan })) };
            }
            return { ...r, cells: r.cells.map(cell), ...(r.lead ? { lead: r.lead.map(cell) } : {}) };
          }),
        };
      case 'paragraph':
        return { ...b, text: b.text.replace(KEY_RE(key), text) };
      case 'cover':
        return { ...b, lines: (b.lines ?? []).map((l) => (l.field === key ? { label: l.label, text } : l)) };
      case 'narrative':
        return b.field === key ? { type: 'paragraph', text: text || ' ' } : b;
      case 'statement':
        return {
          ...b,
          text: b.text.replace(KEY_RE(key), text),
          signatures: (b.signatures ?? []).map((s) => (s.field === key ? { label: s.label } : s)),
        };
      case 'signature':
        return { ...b, lines: b.lines.map((s) => (s.field === key ? { label: s.label } : s)) };
      case 'heading':
      case 'instructions':
      case 'footnotes':
      case 'pageBreak':
        return b;
    }
  };
  return {
    ...pack,
    fields: pack.fields
      .filter((f) => f.key !== key)
      // A total that summed this field sums the rest.
      .map((f) => (f.compute?.includes(`fields.${key}`) ? { ...f, compute: dropTerm(f.compute, key) } : f)),
    forms: pack.forms.map((form) => ({ ...form, blocks: form.blocks.map(block).filter((b): b is DraftBlock => !!b) })),
  };
}

/** A sum without one of its terms: 「(fields.a ?? 0) + (fields.b ?? 0)」 less b. */
export function dropTerm(expr: string, key: string): string {
  const term = `\\(fields\\.${key} \\?\\? 0\\)`;
  const next = expr.replace(new RegExp(`\\s*\\+\\s*${term}|${term}\\s*\\+\\s*`), '');
  return next === expr ? expr.replace(new RegExp(term), '0') : next;
}

/** Where a field prints, in words (for the inspector and the problem list). */
export function fieldUse(pack: DesignPack, key: string): string[] {
  const out: string[] = [];
  pack.forms.forEach((form) => {
    const json = JSON.stringify(form.blocks);
    if (json.includes(`"${key}"`) || KEY_RE(key).test(json))
      out.push(form.attachment ? `${form.attachment} ${form.title}` : form.title);
  });
  return out;
}

/** A new pack id from a title, for saving a drafted pack (lower-case letters, digits, hyphens). */
export function packIdFrom(existing: string): string {
  return /^[a-z0-9][a-z0-9-]*$/.test(existing) ? existing : `notice-${Date.now().toString(36)}`;
}
