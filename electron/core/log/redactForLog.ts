// The log file goes to support with 「导出诊断信息」, so nothing in it may identify a person: names
// (any Chinese text), 身份证号, phone numbers, e-mail addresses, file paths (they hold user names and
// file names). Library messages are passed through this too: V8 quotes JSON it cannot parse, SQLite
// names values, file paths carry the Windows user name.

const RULES: [RegExp, (m: string) => string][] = [
  // Quoted text in library messages ("…" and '…' longer than a character or two).
  [/"[^"\n]{3,}"/g, (m) => `"<quoted:${m.length - 2}>"`],
  // Absolute paths, Windows and POSIX.
  [/(?:[A-Za-z]:[\\/]|\\\\)[^\s"'<>|]*/g, () => '<path>'],
  [/(?<![\w.])\/(?:[^\s/"'<>|]+\/)+[^\s"'<>|]*/g, () => '<path>'],
  // Starts only where a run of address characters starts: no quadratic rescans of long runs.
  [/(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+/g, () => '<email>'],
  // 统一社会信用代码 and 身份证号 (letters and digits), then any long digit run (phones, accounts).
  [/\b(?=[0-9A-Z]*\d)[0-9A-Z]{15,20}\b/g, () => '<code>'],
  [/\d{6,}/g, (m) => `<digits:${m.length}>`],
  // Chinese text: names, schools, file names. (Placeholders are ASCII, so no rule rewrites another's.)
  [/[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]+/gu, (m) => `<cjk:${[...m].length}>`],
];

/** The text with personal data replaced by placeholders that keep its shape (lengths, kinds). */
export function redactForLog(text: string): string {
  let s = text;
  for (const [re, to] of RULES) s = s.replace(re, to);
  return s;
}
