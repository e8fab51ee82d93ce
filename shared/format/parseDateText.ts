/** Dates as offices type them: 2019-03-05, 2019/3/5, 2019.3.5, 2019年3月5日, 20190305; → YYYY-MM-DD or null. */
export function parseDateText(raw: string): string | null {
  const s = raw.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const full =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  // Year and month only (成立时间 2015年6月) means the first of the month.
  const ym = full ? null : /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(s);
  const parts = full ? [full[1], full[2], full[3]] : ym ? [ym[1], ym[2], '1'] : null;
  if (!parts) return null;
  const iso = `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}
