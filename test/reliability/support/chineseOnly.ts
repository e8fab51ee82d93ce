// What a user sees must be Chinese: words a user knows (Excel, WPS, CSV …), file names and paths,
// command syntax and ids are allowed; any other run of Latin letters is a library's or the engine's
// English (「Cannot read properties of undefined」, 「invalid distance too far back」).
const ALLOWED = [
  /[\w.-]*\.(?:xlsx|xlsm|xls|et|csv|json|pdf|png|jpg|sqlite|zip|ods|docx|sbtdata)\b/gi, // file names
  /(?:\/|[A-Za-z]:\\)[^\s，。；：（）「」]*/g, // paths
  /--?[a-z][\w-]*/g, // options
  /\b(?:npm run cli|backup restore|backup list|db check)\b/g,
  /\b(?:Excel|WPS|CSV|UTF-8|UTF-16|GBK|JSON|PDF|JPG|PNG|SQLite|LibreOffice|Chromium|OpenDocument|PowerPoint|Word|zip|SHA-256|CRC|MB|KB|GB|OK)\b/gi,
  /\b(?:integrity_check|foreign_key_check)\b/g,
  /\b[a-z]+(?:-\d+)+\b/g, // notice ids (henan-2024-346)
];

/** The lines of `text` that carry English besides `names` (file names of the run) and the allowed words. */
export function nonChineseLines(text: string, names: string[]): string[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .filter((line) => {
      let rest = line;
      for (const n of names) rest = rest.split(n).join(' ');
      for (const re of ALLOWED) rest = rest.replace(re, ' ');
      return /[A-Za-z]{3,}/.test(rest) || /^\s+at .+:\d+:\d+\)?$/.test(line);
    });
}
