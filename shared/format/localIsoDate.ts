/** A moment → its calendar date on this PC ('YYYY-MM-DD', local time: a Beijing morning is not yesterday). */
export function localIsoDate(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
