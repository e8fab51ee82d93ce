import type { Pack } from '../../../../shared/packs/packSchema';

export interface EvidenceKey {
  key: string;
  /** The field's label, e.g. 「佐证材料页码（申报专业）」. */
  label: string;
  /** What the evidence proves, e.g. 「申报专业」 (the label's bracketed part). */
  subject: string;
}

const EVIDENCE_LABEL = /^佐证材料页码/;

/** 「佐证材料页码（申报专业）」 → 「申报专业」; the same rule the bundle uses for index titles. */
export function evidenceSubject(label: string): string {
  return /（(.+)）\s*$/.exec(label)?.[1] ?? (label.replace(EVIDENCE_LABEL, '') || label);
}

/** Every `evidence` cell key inside a form's layout, in document order (the layout is plain JSON). */
function collectEvidenceCells(node: unknown, out: string[]): void {
  if (Array.isArray(node)) {
    for (const n of node) collectEvidenceCells(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  if (typeof obj.evidence === 'string') out.push(obj.evidence);
  for (const v of Object.values(obj)) if (v && typeof v === 'object') collectEvidenceCells(v, out);
}

/**
 * The 佐证材料页码 keys of a pack, in the order the forms print them (so the merged PDF's pages
 * ascend down the forms), then any 佐证材料页码 field no form cell shows.
 */
export function evidenceKeysOfPack(pack: Pick<Pack, 'fields' | 'forms'>): EvidenceKey[] {
  const labels = new Map(pack.fields.map((f) => [f.key, f.label]));
  const keys: string[] = [];
  collectEvidenceCells(pack.forms, keys);
  for (const f of pack.fields) if (EVIDENCE_LABEL.test(f.label)) keys.push(f.key);
  const seen = new Set<string>();
  const out: EvidenceKey[] = [];
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    const label = labels.get(key) ?? key;
    out.push({ key, label, subject: evidenceSubject(label) });
  }
  return out;
}

/** The pack's 佐证材料 page limit (e.g. 50 for 346号), from the bundle rule or its evidence file. */
export function evidencePageLimit(pack: Pick<Pack, 'bundle'>): number | undefined {
  return pack.bundle?.evidenceMaxPages ?? pack.bundle?.files.find((f) => f.kind === 'evidence')?.maxPages;
}
