export interface BundleLimits {
  /** Most pages the merged 佐证材料 PDF may have, index page(s) included (346号: 50). */
  evidenceMaxPages?: number;
}

export interface LimitBreach {
  code: 'EVIDENCE_TOO_MANY_PAGES';
  message: string;
}

/** Checks the pack's limits before anything is written; each breach is a plain Chinese sentence. */
export function checkBundleLimits(
  limits: BundleLimits,
  facts: { evidencePages: number; indexPages: number; docNo?: string },
): LimitBreach[] {
  const out: LimitBreach[] = [];
  const total = facts.evidencePages + facts.indexPages;
  if (limits.evidenceMaxPages !== undefined && facts.evidencePages > 0 && total > limits.evidenceMaxPages) {
    const who = facts.docNo ? `通知（${facts.docNo}）` : '通知';
    out.push({
      code: 'EVIDENCE_TOO_MANY_PAGES',
      message: `佐证材料共 ${total} 页（含目录索引 ${facts.indexPages} 页），超过${who}规定的 ${limits.evidenceMaxPages} 页上限，请删减 ${total - limits.evidenceMaxPages} 页后再导出`,
    });
  }
  return out;
}
