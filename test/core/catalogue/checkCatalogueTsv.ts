// The structural checks of the 2021 专业目录 (教职成〔2021〕2号) that shared/reference/check_catalogue.py
// made, ported so the repository checks its own shipped copy without reading outside the checkout.

const HEADER = ['level', 'code', 'name', 'category_code', 'category', 'class_code', 'class'];
/** Level → offset of its 大类 codes (中职 61-79, 高职专科 41-59, 高职本科 21-39). */
const LEVELS: Record<string, number> = { 中职: 60, 高职专科: 40, 高职本科: 20 };
const N_CATEGORIES = 19;

export interface CatalogueCheck {
  problems: string[];
  perLevel: Record<string, number>;
  /** 专业类 of the shared frame (the same 类 at the same place at every level). */
  frameClasses: number;
}

export function checkCatalogueTsv(text: string): CatalogueCheck {
  const problems: string[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  if (
    (lines[0] ?? '')
      .replace(/^\uFEFF/, '')
      .split('\t')
      .join('|') !== HEADER.join('|')
  )
    problems.push(`header must be: ${HEADER.join(' ')}`);
  const perLevel: Record<string, number> = {};
  const seen = new Map<string, number>();
  const catNames = new Map<string, Map<string, string>>();
  const clsNames = new Map<string, Map<string, string>>();
  let prev: [number, string] | null = null;
  lines.slice(1).forEach((line, i) => {
    const no = i + 2;
    const f = line.split('\t');
    if (f.length !== HEADER.length) return problems.push(`line ${no}: ${f.length} fields`);
    if (f.some((x) => x === '' || x !== x.trim())) problems.push(`line ${no}: empty field or stray whitespace`);
    const [level, code, , cat, catn, cls, clsn] = f;
    if (!(level in LEVELS)) return problems.push(`line ${no}: unknown level ${level}`);
    const key: [number, string] = [Object.keys(LEVELS).indexOf(level), code];
    if (prev && (key[0] < prev[0] || (key[0] === prev[0] && key[1] < prev[1])))
      problems.push(`line ${no}: not sorted by level then code`);
    prev = key;
    perLevel[level] = (perLevel[level] ?? 0) + 1;
    if (!/^\d{6}K?$/.test(code)) problems.push(`line ${no}: code ${code} is not 6 digits (with an optional K)`);
    if (!/^\d{2}$/.test(cat)) problems.push(`line ${no}: category_code ${cat} is not 2 digits`);
    if (!/^\d{4}$/.test(cls)) problems.push(`line ${no}: class_code ${cls} is not 4 digits`);
    if (seen.has(`${level}|${code}`)) problems.push(`line ${no}: code ${code} repeats in ${level}`);
    seen.set(`${level}|${code}`, no);
    if (code.slice(0, 2) !== cat) problems.push(`line ${no}: code ${code} does not start with ${cat}`);
    if (code.slice(0, 4) !== cls) problems.push(`line ${no}: code ${code} does not start with ${cls}`);
    if (!catn.endsWith('大类')) problems.push(`line ${no}: category ${catn} does not end in 大类`);
    if (!clsn.endsWith('类')) problems.push(`line ${no}: class ${clsn} does not end in 类`);
    const off = LEVELS[level];
    if (Number(cat) < off + 1 || Number(cat) > off + N_CATEGORIES)
      problems.push(`line ${no}: category_code ${cat} outside ${off + 1}-${off + N_CATEGORIES} for ${level}`);
    const cats = catNames.get(level) ?? catNames.set(level, new Map()).get(level)!;
    if ((cats.get(cat) ?? catn) !== catn) problems.push(`line ${no}: category_code ${cat} has two names`);
    cats.set(cat, cats.get(cat) ?? catn);
    const classes = clsNames.get(level) ?? clsNames.set(level, new Map()).get(level)!;
    if ((classes.get(cls) ?? clsn) !== clsn) problems.push(`line ${no}: class_code ${cls} has two names`);
    classes.set(cls, classes.get(cls) ?? clsn);
  });
  // The shared frame: the same 大类 at the same position at every level, and the same 专业类.
  const frameCats = new Map<number, string>();
  const frameClasses = new Map<string, string>();
  for (const [level, off] of Object.entries(LEVELS)) {
    const cats = catNames.get(level) ?? new Map<string, string>();
    if (cats.size !== N_CATEGORIES) problems.push(`${level}: ${cats.size} 大类, expected ${N_CATEGORIES}`);
    for (const [cat, name] of cats) {
      const pos = Number(cat) - off;
      if ((frameCats.get(pos) ?? name) !== name) problems.push(`大类 #${pos} differs in ${level}`);
      frameCats.set(pos, frameCats.get(pos) ?? name);
    }
    for (const [cls, name] of clsNames.get(level) ?? new Map<string, string>()) {
      const pos = `${Number(cls.slice(0, 2)) - off}|${cls.slice(2)}`;
      if ((frameClasses.get(pos) ?? name) !== name) problems.push(`专业类 ${cls} differs in ${level}`);
      frameClasses.set(pos, frameClasses.get(pos) ?? name);
    }
  }
  return { problems, perLevel, frameClasses: frameClasses.size };
}
