import type { PackForm } from '../packs/packSchema.js';

/** What a set of forms prints: field keys, and for table fields printed row by row, which columns. */
export interface PrintedFields {
  fields: Set<string>;
  /** Table fields printed through repeating rows → the columns those rows show. Absent: all columns. */
  columns: Map<string, Set<string>>;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
/** Layout properties that name a field whose value is printed there. */
const FIELD_PROPS = new Set(['field', 'dateField', 'evidence']);

/**
 * Walks the forms' layout (cells, cover lines, narratives, signatures, {{key}} in texts) and
 * collects what they print. A value outside this set is never written into a bundle: no form
 * shows it, so the province has no business receiving it.
 */
export function printedFields(forms: readonly PackForm[]): PrintedFields {
  const out: PrintedFields = { fields: new Set(), columns: new Map() };
  const whole = new Set<string>();
  const walk = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const m of node.matchAll(PLACEHOLDER)) whole.add(m[1]);
      return;
    }
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.repeat === 'string' && Array.isArray(o.cells)) {
      const cols = out.columns.get(o.repeat) ?? new Set<string>();
      for (const c of [...(o.cells as unknown[]), ...(Array.isArray(o.lead) ? (o.lead as unknown[]) : [])] as Record<
        string,
        unknown
      >[])
        if (typeof c?.column === 'string') cols.add(c.column);
      out.columns.set(o.repeat, cols);
      out.fields.add(o.repeat);
    }
    for (const [k, v] of Object.entries(o)) {
      if (FIELD_PROPS.has(k) && typeof v === 'string') whole.add(v);
      else if (k !== 'repeat') walk(v);
    }
  };
  forms.forEach((f) => walk(f.blocks));
  // A table placed as a whole (not row by row) prints every column.
  for (const k of whole) {
    out.fields.add(k);
    out.columns.delete(k);
  }
  return out;
}
