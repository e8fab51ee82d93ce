/**
 * 「2026-12-07 22:07」 in this computer's time zone, for a stored ISO time (UTC, 「…T14:07:46.217Z」,
 * which a clerk in China reads eight hours wrong). The text itself when it is not a time.
 */
export function localDateTimeText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
