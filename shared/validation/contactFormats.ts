/** Mobile (11 digits from 1), landline with area code and optional extension, or 400/800 numbers. */
export function isPhoneNumber(raw: string): boolean {
  const s = raw.replace(/[\s()（）]/g, '');
  return /^1[3-9]\d{9}$/.test(s) || /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/.test(s) || /^[48]00-?\d{3}-?\d{4}$/.test(s);
}

export function isEmail(raw: string): boolean {
  return /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/.test(raw.trim());
}

/** ISO date YYYY-MM-DD that exists in the calendar. */
export function isIsoDate(raw: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return false;
  const d = new Date(`${raw}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === raw;
}
