// How Chinese forms mark the places to write: blank runs, check-box groups, 年 月 日, （盖章）, units
// in brackets, word limits. Pure text tests, shared by the paragraph and table drafters.

/** Spaces of every width forms use for blanks (half, full-width, nbsp, tabs) and underscores. */
const BLANK_CHARS = ' \t\u00a0\u3000_＿\u2002\u2003\u2007\u2009';
const BLANK_RE = new RegExp(`^[${BLANK_CHARS}\\n]*$`);

export function isBlankText(s: string): boolean {
  return BLANK_RE.test(s);
}

/** Whitespace and decorative spacing removed: 「姓    名」 → 「姓名」. */
export function squash(s: string): string {
  return s.replace(/[\s\u00a0\u3000_＿]/g, '');
}

/** Check-box glyphs: □ ☐ ○ 〇 ◯ ◻ and the ticked ones. */
export const BOX_RE = /[□☐○〇◯◻▢☑☒✓✔■]/;
const BOX_SPLIT = /[□☐○〇◯◻▢☑☒■]/;

/**
 * 「□公办 □民办」 → ['公办', '民办']; null when the text is not (only) a choice group. A trailing
 * note such as （可多选） is allowed and reported.
 */
export function parseChoiceGroup(text: string): { options: string[]; multiple: boolean; prefix: string } | null {
  if (!BOX_RE.test(text)) return null;
  const multiple = /可多选|多选|可复选/.test(text);
  const cleaned = text.replace(/[（(]\s*(?:可多选|多选|可复选|单选)\s*[）)]/g, ' ');
  const firstBox = cleaned.search(BOX_SPLIT);
  const prefix = cleaned.slice(0, firstBox).trim();
  const parts = cleaned
    .slice(firstBox)
    .split(BOX_SPLIT)
    .map((p) => p.replace(/[\s\u3000_＿:：，,;；]+$/g, '').trim())
    .filter((p, i) => i > 0 || p !== '');
  const options = parts.map((p) => p.replace(/^[\s\u3000]+/, '')).filter(Boolean);
  if (options.length < 2 || options.some((o) => o.length > 30)) return null;
  return { options, multiple, prefix };
}

/** A check box group inside a longer text: where it starts and ends. */
export function findChoiceRun(text: string): { start: number; end: number } | null {
  const m = /[□☐○〇◯◻▢☑☒■][^□☐○〇◯◻▢☑☒■\n]{1,30}(?:[\s\u3000]*[□☐○〇◯◻▢☑☒■][^□☐○〇◯◻▢☑☒■\n：:]{1,30})+/.exec(text);
  if (!m) return null;
  let end = m.index + m[0].length;
  // Stop a trailing option at the blank before the next label (□是 □否    首套房证明).
  const tail = /[\s\u3000]{3,}\S/.exec(m[0].slice(m[0].search(/[□☐○〇◯◻▢☑☒■][^□☐○〇◯◻▢☑☒■]*$/)));
  if (tail) end = m.index + m[0].lastIndexOf(tail[0]);
  return { start: m.index, end };
}

/** 「年 月 日」 with room to write (also 「20  年  月  日」 and 「年月」). */
export const DATE_BLANK_RE =
  /(?:(?:19|20)?[\s\u3000_]*年[\s\u3000_]+月[\s\u3000_]+日|(?:19|20)?[\s\u3000_]+年[\s\u3000_]+月(?![\s\u3000_]*日))/;

export function isDateBlank(text: string): boolean {
  const t = text.trim();
  return (
    t !== '' &&
    DATE_BLANK_RE.test(t) &&
    squash(t)
      .replace(/^(19|20)/, '')
      .replace(/[年月日]/g, '') === ''
  );
}

/** A seal or signature mark: （盖章） （签字） 签名 公章. */
export const SEAL_RE = /盖\s*章|公\s*章|签\s*字|签\s*名|签\s*章|印\s*章/;

/** Units printed in brackets after a label, as the drafter types them. */
const UNIT_ALIASES: Record<string, string> = {
  m2: 'm²',
  M2: 'm²',
  'm²': 'm²',
  'M²': 'm²',
  平方米: 'm²',
  平米: 'm²',
  '㎡': 'm²',
  '%': '%',
  '％': '%',
  百分比: '%',
};

const KNOWN_UNITS = [
  '万元',
  '元',
  '千元',
  '亿元',
  '人',
  '人次',
  '人/年',
  '人天',
  '人月',
  '个',
  '项',
  '台（套）',
  '台(套)',
  '台套',
  '台',
  '套',
  '本',
  '门',
  '家',
  '所',
  '次',
  '篇',
  '部',
  '册',
  '课时',
  '学时',
  '天',
  '年',
  '月',
  'T',
  'TB',
  'GB',
  'm²',
  '%',
  '间',
  '件',
  '场',
  '批',
];

export function normalizeUnit(u: string): string | undefined {
  const s = u.trim().replace(/\s+/g, '');
  if (!s) return undefined;
  if (UNIT_ALIASES[s]) return UNIT_ALIASES[s];
  if (KNOWN_UNITS.includes(s)) return s === '台(套)' ? '台（套）' : s;
  return undefined;
}

/** The unit a label states: 「金额（万元）」 → 万元, 「场地需求（m2）」 → m², 「单位：万元」 → 万元. */
export function unitInLabel(label: string): string | undefined {
  for (const m of label.matchAll(/[（(]\s*(?:单位\s*[:：]\s*)?([^（）()]{1,8}?|台[（(]套[）)])\s*[）)]/g)) {
    const u = normalizeUnit(m[1]);
    if (u) return u;
  }
  const unitLine = /单位\s*[:：]\s*([^\s，,。；;）)]{1,6})/.exec(label);
  if (unitLine) return normalizeUnit(unitLine[1]);
  return undefined;
}

/** A cell holding only a unit after room to write: 「   人」 「M2   」 「    万元」. */
export function unitOnly(text: string): string | undefined {
  const t = text.replace(/[\s\u3000_]+/g, ' ').trim();
  if (!t || t.length > 6) return undefined;
  return normalizeUnit(t);
}

const CN_NUM: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function parseCount(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 1 && CN_NUM[s] !== undefined) return CN_NUM[s];
  if (/^十[一二三四五六七八九]$/.test(s)) return 10 + CN_NUM[s[1]];
  if (/^[一二三四五六七八九]十$/.test(s)) return CN_NUM[s[0]] * 10;
  if (/^([一二三四五六七八九])十([一二三四五六七八九])$/.test(s)) return CN_NUM[s[0]] * 10 + CN_NUM[s[2]];
  if (/^[一二三四五六七八九]千$/.test(s)) return CN_NUM[s[0]] * 1000;
  if (/^[一二三四五六七八九]百$/.test(s)) return CN_NUM[s[0]] * 100;
  return undefined;
}

/**
 * The most 字 a text allows: 「不超过1000字」 「限500字以内」 「1000字以内」 「字数不超过800」 「（500字）」.
 * A minimum (不少于1500字) is not a limit: returned separately.
 */
export function wordLimitIn(text: string): { max?: number; min?: number } {
  const t = text.replace(/\s+/g, '');
  const n = '(\\d+|[一二两三四五六七八九十百千]+)';
  const max =
    new RegExp(`(?:不超过|不多于|不得超过|限|控制在|少于|以内|最多)${n}(?:个)?字`).exec(t) ??
    new RegExp(`${n}(?:个)?字(?:以内|之内|内|以下)`).exec(t) ??
    new RegExp(`字数(?:不超过|限|控制在|在)?${n}(?:字)?(?:以内|之内)?`).exec(t) ??
    new RegExp(`[（(]${n}字[）)]`).exec(t);
  const min = new RegExp(`(?:不少于|不低于|不得少于|至少)${n}(?:个)?字`).exec(t);
  const out: { max?: number; min?: number } = {};
  if (max && !(min && min.index === max.index)) {
    const v = parseCount(max[1]);
    if (v && v >= 20) out.max = v;
  }
  if (min) {
    const v = parseCount(min[1]);
    if (v) out.min = v;
  }
  return out;
}

/** 「近三年」 「近5年」 → 3 / 5. */
export function recentYearsIn(text: string): number | undefined {
  const m = /近\s*(\d+|[一二两三四五六七八九十]+)\s*[个]?(?:学?年|年度)/.exec(text);
  return m ? parseCount(m[1]) : undefined;
}

/** Years a text names: 「2021年」 「2023年度」. */
export function yearsIn(text: string): number[] {
  return [...text.matchAll(/((?:19|20)\d{2})\s*(?:年|学年)/g)].map((m) => Number(m[1]));
}

/** 「附件1」 「附件 2：」 「附件3 申报汇总表」 at the start of a page. */
export const ATTACHMENT_MARK_RE = /^\s*附\s*件\s*([0-9０-９一二三四五六七八九十]{1,3})\s*[:：.．、]?\s*(.{0,60})$/;

export function attachmentMark(text: string): { label: string; rest: string } | null {
  const m = ATTACHMENT_MARK_RE.exec(text.replace(/\n/g, ' '));
  if (!m) return null;
  const n = m[1].replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const num = /^\d+$/.test(n) ? n : String(parseCount(n) ?? n);
  return { label: `附件${num}`, rest: m[2].trim() };
}

/** Headings numbered the Chinese way: 一、 （一） 1. （1）. Level 1–4. */
export function headingLevelOf(text: string): number | undefined {
  const t = text.trim();
  if (/^[一二三四五六七八九十]+[、．.]/.test(t)) return 1;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(t)) return 2;
  if (/^\d+[、．.](?!\d)/.test(t)) return 3;
  if (/^[（(]\d+[）)]/.test(t)) return 4;
  return undefined;
}

/** A label as matching and keys see it: no spacing, no brackets' units, no colon, no 「*」. */
export function normalizeLabel(s: string): string {
  return s
    .replace(/[（(][^（）()]{0,12}[）)]\s*$/g, '')
    .replace(/[*＊★:：\s\u3000_＿]/g, '')
    .replace(/[“”"「」『』]/g, '')
    .trim();
}
