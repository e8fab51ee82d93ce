// How much of one text another holds, in order: the longest common subsequence of their characters
// (Myers' O((N+M)·D) algorithm), after the normalisation a reader would not notice — whitespace,
// the several check-box glyphs, full-width and half-width punctuation.

const SAME: Record<string, string> = {
  '☐': '□',
  '☑': '□',
  '☒': '□',
  '■': '□',
  '○': '□',
  〇: '□',
  '：': ':',
  '（': '(',
  '）': ')',
  '，': ',',
  '；': ';',
  '－': '-',
  '—': '-',
  '²': '2',
  '＊': '*',
};

export function normalizeText(s: string): string {
  return [...s.replace(/\s+/g, '')].map((c) => SAME[c] ?? c).join('');
}

/** Length of the longest common subsequence of a and b. */
export function lcsLength(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  const off = max + 1;
  for (let d = 0; d <= max; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[off + k - 1] < v[off + k + 1])) x = v[off + k + 1];
      else x = v[off + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a.charCodeAt(x) === b.charCodeAt(y)) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return (n + m - d) / 2;
    }
  }
  return 0;
}

/** Share (0–1) of `original`'s characters that `copy` holds in the same order. */
export function textCoverage(original: string, copy: string): number {
  const a = normalizeText(original);
  const b = normalizeText(copy);
  if (!a.length) return 1;
  return lcsLength(a, b) / a.length;
}

/** Share (0–1) of `original`'s characters found in `copy`, each as often as the original has it (order aside). */
export function charCoverage(original: string, copy: string): number {
  const a = normalizeText(original);
  const b = normalizeText(copy);
  if (!a.length) return 1;
  const have = new Map<string, number>();
  for (const ch of b) have.set(ch, (have.get(ch) ?? 0) + 1);
  let found = 0;
  for (const ch of a) {
    const n = have.get(ch) ?? 0;
    if (n > 0) {
      found++;
      have.set(ch, n - 1);
    }
  }
  return found / a.length;
}

/**
 * Whether `text` prints `value`, allowing for a value wrapped inside a narrow cell: its pieces then
 * come out line by line between the neighbouring cells' words. Its characters must follow in order
 * within a short stretch (the value's length plus a line or two of the cells beside it).
 */
export function printsValue(text: string, value: string, slack = 60): boolean {
  if (!value) return true;
  if (text.includes(value)) return true;
  for (let start = text.indexOf(value[0]); start >= 0; start = text.indexOf(value[0], start + 1)) {
    let at = start;
    let i = 1;
    for (; i < value.length; i++) {
      at = text.indexOf(value[i], at + 1);
      if (at < 0 || at - start > value.length + slack) break;
    }
    if (i === value.length) return true;
  }
  return false;
}
