// Before an export: what the notice requires that the application does not have yet — 佐证材料 not
// attached (and the 页码 cells that will print empty), required texts not typed, conditions the
// school has not confirmed. The user may still export after seeing it.
import type { EligibilityReport } from './checkEligibility.js';
import { isEmptyValue } from './checkFieldValue.js';
import type { Pack, ResolvedApplication } from './packSchema.js';

export interface EvidencePlace {
  key: string;
  /** 「佐证材料页码（申报专业）」 */
  label: string;
  /** 「申报专业」: what the material proves. */
  subject: string;
  /** How many 页码 cells of the forms print this place's page numbers. */
  cells: number;
}

export interface ExportChecklist {
  /** The notice asks for 佐证材料 / 支撑材料 (a bundle evidence file or evidence places). */
  evidenceAsked: boolean;
  evidencePicked: number;
  /** Places with no 佐证材料 attached and no page numbers typed. */
  evidenceMissing: EvidencePlace[];
  /** 页码 cells that will print empty: the places above, and 佐证材料页码 columns of table rows left blank. */
  emptyPageCells: number;
  /** Required fields with nothing in them (mostly the texts the school types). */
  requiredEmpty: { key: string; label: string }[];
  /** Conditions the data cannot decide that the school has not answered. */
  unconfirmed: { id: string; label: string }[];
  /** Conditions the base data shows as not met. */
  unmet: { id: string; label: string }[];
  /** Nothing listed above: export without asking. */
  complete: boolean;
}

const EVIDENCE_LABEL = /^佐证材料页码/;
const EVIDENCE_COLUMN = /佐证材料|页码/;

/** 「佐证材料页码（申报专业）」 → 「申报专业」. */
export function evidenceSubjectOf(label: string): string {
  return /（(.+)）\s*$/.exec(label)?.[1] ?? (label.replace(EVIDENCE_LABEL, '') || label);
}

/** Counts `evidence` cells by key in document order (the layout is plain JSON). */
function countEvidenceCells(node: unknown, out: Map<string, number>): void {
  if (Array.isArray(node)) {
    for (const n of node) countEvidenceCells(n, out);
    return;
  }
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  if (typeof obj.evidence === 'string') out.set(obj.evidence, (out.get(obj.evidence) ?? 0) + 1);
  for (const v of Object.values(obj)) if (v && typeof v === 'object') countEvidenceCells(v, out);
}

/** Every place a 佐证材料 can be attached to: the forms' 页码 cells, then 佐证材料页码 fields no cell prints. */
export function evidencePlaces(pack: Pick<Pack, 'fields' | 'forms'>): EvidencePlace[] {
  const counts = new Map<string, number>();
  countEvidenceCells(pack.forms, counts);
  for (const f of pack.fields) if (EVIDENCE_LABEL.test(f.label) && !counts.has(f.key)) counts.set(f.key, 0);
  const labels = new Map(pack.fields.map((f) => [f.key, f.label]));
  return [...counts].map(([key, cells]) => {
    const label = labels.get(key) ?? key;
    return { key, label, subject: evidenceSubjectOf(label), cells };
  });
}

/** Blank 佐证材料页码 cells in the data rows of table fields (awards, certificates…). */
function blankEvidenceColumnCells(pack: Pack, app: ResolvedApplication): number {
  let n = 0;
  for (const f of pack.fields) {
    if (f.type !== 'table') continue;
    const cols = (f.columns ?? []).filter((c) => c.key === 'evidence' || EVIDENCE_COLUMN.test(c.label));
    const rows = app.fields[f.key]?.value;
    if (!cols.length || !Array.isArray(rows)) continue;
    for (const r of rows as Record<string, unknown>[])
      for (const c of cols) if (r[c.key] === null || r[c.key] === undefined || r[c.key] === '') n++;
  }
  return n;
}

export function buildExportChecklist(
  pack: Pack,
  app: ResolvedApplication,
  pickedKeys: readonly string[],
  report: EligibilityReport | null,
): ExportChecklist {
  const picked = new Set(pickedKeys);
  const places = evidencePlaces(pack);
  const evidenceAsked =
    places.length > 0 ||
    !!pack.bundle?.files.some((f) => f.kind === 'evidence') ||
    !!pack.submission?.items.some((i) => i.evidence);
  const evidenceMissing = places.filter((p) => !picked.has(p.key) && isEmptyValue(app.fields[p.key]?.value ?? null));
  const emptyPageCells = evidenceMissing.reduce((s, p) => s + p.cells, 0) + blankEvidenceColumnCells(pack, app);
  const placeKeys = new Set(places.map((p) => p.key));
  const requiredEmpty = pack.fields
    .filter((f) => f.required && !placeKeys.has(f.key) && isEmptyValue(app.fields[f.key]?.value ?? null))
    .map((f) => ({ key: f.key, label: f.label }));
  const rules = report?.rules ?? [];
  const unconfirmed = rules
    .filter((r) => r.kind === 'confirm' && r.status === 'open')
    .map((r) => ({ id: r.id, label: r.label }));
  const unmet = rules.filter((r) => r.status === 'unmet' && !r.parent).map((r) => ({ id: r.id, label: r.label }));
  const evidenceGap = evidenceAsked && (pickedKeys.length === 0 || evidenceMissing.length > 0);
  return {
    evidenceAsked,
    evidencePicked: pickedKeys.length,
    evidenceMissing,
    emptyPageCells,
    requiredEmpty,
    unconfirmed,
    unmet,
    complete: !evidenceGap && !requiredEmpty.length && !unconfirmed.length && !unmet.length,
  };
}
