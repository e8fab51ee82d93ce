// Where each field of a pack prints: form (by 附件), table number, row and grid column — the way a
// reader pairs the blanks of two versions of the same form. Repeating rows count as one row.
import type { Pack, PackCell, PackForm } from '../../../../shared/packs/packSchema.js';

const KEY_RE = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

function cellKeys(c: PackCell): string[] {
  const out: string[] = [];
  if (c.field) out.push(c.field);
  if (c.checkboxes) out.push(c.checkboxes.field);
  if (c.evidence) out.push(c.evidence);
  for (const m of (c.text ?? '').matchAll(KEY_RE)) out.push(m[1]);
  return out;
}

function formName(f: PackForm, i: number): string {
  return f.attachment ?? `form${i}`;
}

/** place → field keys printed there. */
export function fieldPlaces(pack: Pack): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const put = (place: string, keys: string[]) => {
    if (keys.length) out.set(place, [...(out.get(place) ?? []), ...keys]);
  };
  pack.forms.forEach((form, fi) => {
    const name = formName(form, fi);
    let tables = 0;
    let paragraphs = 0;
    for (const b of form.blocks) {
      if (b.type === 'cover') b.lines.forEach((l, i) => put(`${name}/cover/${i}`, l.field ? [l.field] : []));
      if (b.type === 'paragraph')
        for (const m of b.text.matchAll(KEY_RE)) put(`${name}/paragraph/${paragraphs++}`, [m[1]]);
      if (b.type !== 'table') continue;
      const t = tables++;
      const covered: number[] = [];
      b.rows.forEach((row, ri) => {
        let col = 0;
        for (const cell of [...(row.lead ?? []), ...row.cells]) {
          while ((covered[col] ?? 0) > 0) col++;
          const span = cell.colSpan ?? 1;
          const keys = [...cellKeys(cell), ...(row.repeat && row.cells.includes(cell) ? [row.repeat] : [])];
          put(`${name}/table${t}/r${ri}/c${col}`, keys);
          for (let k = col; k < col + span; k++) covered[k] = Math.max(covered[k] ?? 0, cell.rowSpan ?? 1);
          col += span;
        }
        for (let k = 0; k < covered.length; k++) if (covered[k] > 0) covered[k]--;
      });
    }
  });
  return out;
}

/** Each field key of `a` → the key of `b` printed at its first place, where `b` has one. */
export function pairByPlace(a: Pack, b: Pack): Map<string, string> {
  const pa = fieldPlaces(a);
  const pb = fieldPlaces(b);
  const out = new Map<string, string>();
  for (const [place, keys] of pa) {
    const other = pb.get(place);
    if (!other) continue;
    keys.forEach((k, i) => {
      if (!out.has(k)) out.set(k, other[Math.min(i, other.length - 1)]);
    });
  }
  return out;
}
