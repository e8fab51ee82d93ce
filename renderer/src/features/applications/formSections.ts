import type { Pack, PackBlock, PackCell, PackForm } from '../../../../shared/packs/packSchema';

export interface FormSection {
  title: string;
  /** Field keys in the order the form shows them. */
  keys: string[];
}

function cellKeys(c: PackCell): string[] {
  const out: string[] = [];
  if (c.field) out.push(c.field);
  if (c.checkboxes) out.push(c.checkboxes.field);
  if (c.evidence) out.push(c.evidence);
  for (const m of (c.text ?? '').matchAll(/\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g)) out.push(m[1]);
  return out;
}

function blockKeys(b: PackBlock): string[] {
  switch (b.type) {
    case 'cover':
      return [...b.lines.flatMap((l) => (l.field ? [l.field] : [])), ...(b.dateField ? [b.dateField] : [])];
    case 'table':
      return b.rows.flatMap((r) => [
        ...(r.repeat ? [r.repeat] : []),
        ...(r.lead ?? []).flatMap(cellKeys),
        ...r.cells.flatMap(cellKeys),
      ]);
    case 'paragraph':
      return [...b.text.matchAll(/\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g)].map((m) => m[1]);
    case 'statement':
    case 'signature':
      return ('signatures' in b ? b.signatures : b.lines).flatMap((l) => (l.field ? [l.field] : []));
    case 'narrative':
      return [b.field];
    case 'heading':
    case 'instructions':
    case 'footnotes':
    case 'pageBreak':
      return [];
  }
}

/**
 * A form's fields grouped as the form groups them: by its headings (封面, 一、基本情况 …), each
 * field once, in the order it first appears. Fields of no form section are left out.
 */
export function formSections(pack: Pack, form: PackForm): FormSection[] {
  const known = new Set(pack.fields.map((f) => f.key));
  const seen = new Set<string>();
  const sections: FormSection[] = [];
  let current: FormSection = { title: form.title, keys: [] };
  const start = (title: string) => {
    if (current.keys.length) sections.push(current);
    current = { title, keys: [] };
  };
  for (const b of form.blocks) {
    if (b.type === 'cover') start('封面');
    else if (b.type === 'heading' && b.level <= 2) start(b.text);
    else if (b.type === 'statement') start(b.title ?? '声明');
    for (const k of blockKeys(b)) {
      if (!known.has(k) || seen.has(k)) continue;
      seen.add(k);
      current.keys.push(k);
    }
  }
  if (current.keys.length) sections.push(current);
  return sections;
}

/** Every form's field keys in tab order, for the completeness bar's 「下一项」. */
export function keysInFormOrder(pack: Pack): { formId: string; key: string }[] {
  const out: { formId: string; key: string }[] = [];
  const seen = new Set<string>();
  for (const form of pack.forms) {
    for (const s of formSections(pack, form)) {
      for (const key of s.keys) {
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ formId: form.id, key });
      }
    }
  }
  return out;
}

/** The tab label: 附件1 申报书 (the form title's last words are enough). */
export function formTabLabel(form: PackForm): string {
  const short = form.title.replace(/^.*?(申报书|建设方案|汇总表|推荐书|建设指标|清单)$/, '$1');
  return `${form.attachment ? `${form.attachment} ` : ''}${short.length < form.title.length ? short : form.title}`;
}

/** Fields that only hold a 佐证材料页码: the export fills them from the chosen evidence files. */
export function evidencePageKeys(pack: Pack): Set<string> {
  const out = new Set<string>();
  for (const form of pack.forms)
    for (const b of form.blocks)
      if (b.type === 'table')
        for (const r of b.rows) for (const c of [...(r.lead ?? []), ...r.cells]) if (c.evidence) out.add(c.evidence);
  return out;
}
