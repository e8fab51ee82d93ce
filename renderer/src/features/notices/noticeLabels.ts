// Chinese labels shared by the notice library, the notice page and the editor.

export const KIND_LABEL: Record<'application' | 'programme' | 'selfCheck', string> = {
  application: '申报类',
  programme: '项目类通知',
  selfCheck: '自查',
};

export const STATUS_LABEL: Record<'draft' | 'exported' | 'submitted', string> = {
  draft: '草稿',
  exported: '已导出',
  submitted: '已提交',
};

/** 「剩 12 天」「今天截止」「已逾期 3 天」; null without a deadline. */
export function daysLeftText(daysLeft: number | null): string | null {
  if (daysLeft === null) return null;
  if (daysLeft < 0) return `已逾期 ${-daysLeft} 天`;
  if (daysLeft === 0) return '今天截止';
  return `剩 ${daysLeft} 天`;
}

/** 2024-11-15 → 2024年11月15日 */
export function chineseDate(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
