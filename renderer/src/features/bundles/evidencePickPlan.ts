import { evidencePageRanges } from '../../../../shared/bundles/evidencePageRanges';

/** One chosen 佐证材料 file as the panel edits it. */
export interface PickDraft {
  evidenceKey: string;
  hash: string;
  title: string;
  name: string;
  mime: string;
  /** Page count as the evidence store measured it; null when it could not (then counted as 1). */
  pages: number | null;
}

/** Index rows per page, the same first guess the export makes before printing the 目录索引. */
const INDEX_ROWS_PER_PAGE = 18;

export function pickPages(p: Pick<PickDraft, 'pages' | 'mime' | 'name'>): number | null {
  if (p.pages !== null && p.pages > 0) return p.pages;
  // An image becomes one page in the merged PDF.
  if (/^image\//.test(p.mime) || /\.(png|jpe?g)$/i.test(p.name)) return 1;
  return null;
}

/** Picks grouped by 佐证材料页码 key, each group in its saved order. */
export function groupPicks(picks: readonly PickDraft[]): Record<string, PickDraft[]> {
  const out: Record<string, PickDraft[]> = {};
  for (const p of picks) (out[p.evidenceKey] ??= []).push(p);
  return out;
}

/**
 * The merge order: the pack's keys in form order, each key's files in the order the user set,
 * then groups of keys the pack no longer has (kept, not silently dropped).
 */
export function orderedPicks(byKey: Record<string, PickDraft[]>, keyOrder: readonly string[]): PickDraft[] {
  const known = new Set(keyOrder);
  const rest = Object.keys(byKey).filter((k) => !known.has(k));
  return [...keyOrder, ...rest].flatMap((k) => byKey[k] ?? []);
}

/** Moves item `index` of a list by `delta` places (clamped), returning a new list. */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = Math.min(list.length - 1, Math.max(0, index + delta));
  const out = [...list];
  if (index < 0 || index >= list.length || to === index) return out;
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item);
  return out;
}

export interface PageSummary {
  evidencePages: number;
  indexPages: number;
  total: number;
  /** Files whose page count is unknown (each counted as one page). */
  unknown: number;
  limit?: number;
  over: boolean;
  /** Key → the page range its cell will show, e.g. 「2-4」 or 「2-4、7」. */
  ranges: Record<string, string>;
}

/** Pages of the merged 佐证材料 PDF (目录索引 included, as the limit counts them) and each key's range. */
export function pageSummary(ordered: readonly PickDraft[], limit: number | undefined): PageSummary {
  const counted = ordered.map((p) => pickPages(p));
  const unknown = counted.filter((n) => n === null).length;
  const evidencePages = counted.reduce<number>((s, n) => s + (n ?? 1), 0);
  const indexPages = ordered.length ? Math.max(1, Math.ceil(ordered.length / INDEX_ROWS_PER_PAGE)) : 0;
  const items = ordered.map((p, i) => ({ ref: `${i}`, pages: counted[i] ?? 1 }));
  const byRef = evidencePageRanges(items, indexPages);
  const ranges: Record<string, string> = {};
  ordered.forEach((p, i) => {
    const r = byRef.get(`${i}`);
    if (r) ranges[p.evidenceKey] = ranges[p.evidenceKey] ? `${ranges[p.evidenceKey]}、${r}` : r;
  });
  const total = evidencePages + indexPages;
  return {
    evidencePages,
    indexPages,
    total,
    unknown,
    limit,
    over: limit !== undefined && ordered.length > 0 && total > limit,
    ranges,
  };
}
