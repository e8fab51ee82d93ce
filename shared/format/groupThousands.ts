/** "1234567.5" → "1,234,567.5": digits of the whole part grouped by three, as Excel shows amounts. */
export function groupThousands(text: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(text);
  if (!m) return text;
  return m[1] + m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (m[3] ?? '');
}
