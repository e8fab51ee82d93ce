// The notice's facts read from its own words: 文号, title, issuers, dates, deadline, copies, where
// to send it, 盖章 and the electronic copy. Every fact is a suggestion the designer shows for review.
import type { PackInput, PackSubmission } from '../packs/packSchema.js';

export interface NoticeFacts {
  docNo?: string;
  title?: string;
  issuers: string[];
  issueDate?: string;
  deadline?: string;
  level: PackInput['level'];
  submission?: PackSubmission;
  summary?: string;
}

const CN_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  '○': '0',
  Ｏ: '0',
};

const pad = (n: number) => String(n).padStart(2, '0');

/** 「二〇二四年十一月五日」 or 「2024年11月5日」 → 2024-11-05. */
export function parseChineseDate(text: string): string | undefined {
  const t = text.replace(/\s/g, '');
  const m = /((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日/.exec(t);
  if (m) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  const c = /([二〇○零一三四五六七八九Ｏ]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(t);
  if (!c) return undefined;
  const year = [...c[1]].map((ch) => CN_DIGITS[ch] ?? '').join('');
  const num = (s: string) => {
    if (s === '十') return 10;
    if (s.startsWith('十')) return 10 + Number(CN_DIGITS[s[1]]);
    if (s.endsWith('十')) return Number(CN_DIGITS[s[0]]) * 10;
    if (s.length === 3) return Number(CN_DIGITS[s[0]]) * 10 + Number(CN_DIGITS[s[2]]);
    return Number(CN_DIGITS[s]);
  };
  return /^\d{4}$/.test(year) ? `${year}-${pad(num(c[2]))}-${pad(num(c[3]))}` : undefined;
}

const ISSUER_RE =
  /(教育厅|教育局|教育委员会|教委|财政厅|财政局|人民政府|办公厅|办公室|委员会|中心|学院|大学|学校|管理局|厅|局|处)$/;

/**
 * The notice's level, from who issued it (the issuers, the 文号's agency, the title) — words in the
 * body such as 「国家产业政策」 say nothing of who sends it. Only when those say nothing, the first
 * lines (a red head 「河南省教育厅文件」).
 */
function levelOf(who: string, opening: string): PackInput['level'] {
  const by = (t: string): PackInput['level'] | undefined => {
    if (/教育部|国务院|国家[^级]|中共中央|全国/.test(t)) return '国家';
    if (/省|自治区|厅/.test(t)) return '省';
    if (/[区县]教育局|[区县]人民政府|[区县]委/.test(t)) return '县';
    if (/市/.test(t)) return '市';
    return undefined;
  };
  return by(who) ?? by(opening) ?? '省';
}

/** Facts from the notice's lines (paragraph texts in order). */
export function readNoticeFacts(lines: string[]): NoticeFacts {
  const text = lines.join('\n');
  const facts: NoticeFacts = { issuers: [], level: '省' };
  const docNo = /[\u4e00-\u9fa5]{1,8}[〔［[(（]\s*(?:19|20)\d{2}\s*[〕］\])）]\s*\d{1,4}\s*号/.exec(text);
  if (docNo) facts.docNo = docNo[0].replace(/\s/g, '');
  const title = lines.find((l) => /^关于.{2,80}(通知|公告|函|意见|办法)$/.test(l.trim()));
  if (title) facts.title = title.trim();
  // The date the notice was signed: the last date line standing alone.
  const dateLines = lines.filter((l) => l.trim().length <= 16 && parseChineseDate(l));
  if (dateLines.length) facts.issueDate = parseChineseDate(dateLines[dateLines.length - 1]);
  // The notice's year, for dates written without one (「11月20日前」): its date, its 文号's year, or
  // the first year its title names (「2017-2018年度」 → 2017).
  const titleYear = facts.title?.match(/(?:19|20)\d{2}/)?.[0];
  const year =
    Number((facts.issueDate ?? docNo?.[0].match(/(?:19|20)\d{2}/)?.[0] ?? titleYear ?? '').slice(0, 4)) || undefined;
  // Issuers: short lines ending in 厅/局/学院 … near the end, before the date.
  const tail = lines.slice(-12).map((l) => l.trim());
  for (const l of tail) {
    const names = l.split(/\s{2,}|\u3000+/).map((x) => x.replace(/[（(].*[）)]$/, '').trim());
    for (const n of names)
      if (n.length >= 3 && n.length <= 24 && ISSUER_RE.test(n) && !facts.issuers.includes(n)) facts.issuers.push(n);
  }
  // Deadline: a date in a sentence about sending (报送, 提交, 截止, 前).
  const deadlineSentence = text
    .split(/[。；\n]/)
    .find(
      (s) =>
        /(前|截止|之前)/.test(s) &&
        /(报送|提交|交到|交至|发至|上报|送至|报至|截止)/.test(s) &&
        /\d{1,2}\s*月\s*\d{1,2}\s*日/.test(s),
    );
  facts.level = levelOf(
    [...facts.issuers, facts.docNo ?? '', facts.title ?? ''].join(' '),
    lines.slice(0, 2).join(' '),
  );
  if (deadlineSentence) {
    const m = /(?:((?:19|20)\d{2})\s*年)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(deadlineSentence)!;
    const y = Number(m[1]) || year;
    if (y) facts.deadline = `${y}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  }
  const submission: PackSubmission = { items: [] };
  if (deadlineSentence) submission.deadlineText = deadlineSentence.trim().slice(0, 200);
  const copies = /一式\s*(\d+|[一二两三四五六七八九十])\s*份/.exec(text);
  const seal = /加盖(?:单位)?公章|盖章/.test(text);
  const electronic = /电子版|电子文档|电子材料|电子稿/.test(text);
  const email = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/.exec(text);
  if (copies || seal || electronic) {
    const COUNT: Record<string, number> = {
      一: 1,
      二: 2,
      两: 2,
      三: 3,
      四: 4,
      五: 5,
      六: 6,
      七: 7,
      八: 8,
      九: 9,
      十: 10,
    };
    const n = copies ? (/^\d+$/.test(copies[1]) ? Number(copies[1]) : COUNT[copies[1]]) : undefined;
    submission.items.push({
      what: '申报材料',
      ...(n ? { copies: n, paper: true } : {}),
      ...(seal ? { seal: true } : {}),
      ...(electronic ? { electronic: true } : {}),
    });
  }
  if (email) submission.email = email[0];
  const recipient = /(?:报送至|报送到|交到|交至|送至|报至)([^，。；\n]{2,40}?)(?:[，。；]|$)/.exec(text);
  if (recipient) submission.recipient = recipient[1].trim().slice(0, 300);
  if (submission.items.length || submission.email || submission.recipient || submission.deadlineText)
    facts.submission = submission;
  const body = lines.filter((l) => l.trim()).join('\n');
  if (body) facts.summary = body.slice(0, 1200);
  return facts;
}
