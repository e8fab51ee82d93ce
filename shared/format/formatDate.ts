// Dates as Chinese forms print them. The default is 2026年12月7日 (no leading zeros, as 公文 write
// dates); a pack may choose another pattern per field (docs/packs.md «dateFormat»).

/** The pattern when a field sets none. */
export const DEFAULT_DATE_FORMAT = 'YYYY年M月D日';

/**
 * Formats an ISO date (YYYY-MM-DD, or YYYY-MM) by a pattern with the tokens YYYY, MM/M (month with/
 * without a leading zero) and DD/D (day); other characters print as written. A value that is not an
 * ISO date prints as it is, so nothing the user typed disappears.
 */
export function formatDate(value: string, pattern: string = DEFAULT_DATE_FORMAT): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (!m) return value;
  const [, y, mo, d] = m;
  // A year-month value drops the day with its 日 or the separator before it.
  const pat = d ? pattern : pattern.replace(/DD?日|[-./ ]?DD?/, '');
  return pat.replace(/YYYY|MM|M|DD|D/g, (t) => {
    switch (t) {
      case 'YYYY':
        return y;
      case 'MM':
        return mo;
      case 'M':
        return String(Number(mo));
      case 'DD':
        return d ?? '';
      default:
        return d ? String(Number(d)) : '';
    }
  });
}
