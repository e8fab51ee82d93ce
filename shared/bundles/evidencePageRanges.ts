/** 「3」 for one page, 「3-5」 for several, 「」 for none. */
export function formatPageRange(first: number, pages: number): string {
  if (pages <= 0) return '';
  return pages === 1 ? String(first) : `${first}-${first + pages - 1}`;
}

/**
 * Page ranges of evidence items merged in order after `indexPages` index pages, numbered from 1
 * over the whole PDF (the numbers stamped on the pages are the ones the forms cite).
 */
export function evidencePageRanges(
  items: readonly { ref: string; pages: number }[],
  indexPages: number,
): Map<string, string> {
  const out = new Map<string, string>();
  let next = indexPages + 1;
  for (const it of items) {
    out.set(it.ref, formatPageRange(next, it.pages));
    next += it.pages;
  }
  return out;
}
