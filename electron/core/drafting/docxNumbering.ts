// numbering.xml → the label Word prints before a numbered paragraph (1. / 一、 / （1）), so a list
// numbered automatically keeps its numbers in the draft, where it becomes plain text.
import { child, children, num, parseXml, val, type XmlElement } from './parseXml.js';

interface Level {
  format: string;
  text: string;
  start: number;
}

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 12 → 十二, 21 → 二十一 (the counting style Word's chineseCounting prints). */
export function chineseCounting(n: number): string {
  if (n <= 0 || n >= 100) return String(n);
  if (n < 10) return CHINESE_DIGITS[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : CHINESE_DIGITS[tens]}十${ones ? CHINESE_DIGITS[ones] : ''}`;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'ideographTraditional':
    case 'japaneseCounting':
      return chineseCounting(n);
    case 'lowerLetter':
      return String.fromCharCode(96 + (((n - 1) % 26) + 1));
    case 'upperLetter':
      return String.fromCharCode(64 + (((n - 1) % 26) + 1));
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalFullWidth':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    default:
      return String(n);
  }
}

export interface DocxNumbering {
  /** The label of the next paragraph of that list and level ('' for bullets and unknown lists). */
  next(numId: string, level: number): string;
}

export function readDocxNumbering(xml: string | undefined): DocxNumbering {
  const abstract = new Map<string, Map<number, Level>>();
  const numToAbstract = new Map<string, string>();
  if (xml) {
    const root = parseXml(xml);
    for (const a of children(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const l of children(a, 'w:lvl')) levels.set(num(l.attrs['w:ilvl']) ?? 0, levelOf(l));
      abstract.set(a.attrs['w:abstractNumId'], levels);
    }
    for (const n of children(root, 'w:num')) {
      const a = val(n, 'w:abstractNumId');
      if (a) numToAbstract.set(n.attrs['w:numId'], a);
    }
  }
  const counters = new Map<string, number[]>();
  return {
    next(numId, level) {
      const levels = abstract.get(numToAbstract.get(numId) ?? '');
      const lvl = levels?.get(level);
      if (!levels || !lvl || lvl.format === 'bullet' || lvl.format === 'none') return '';
      const key = numToAbstract.get(numId)!;
      const c = counters.get(key) ?? [];
      c[level] = (c[level] ?? lvl.start - 1) + 1;
      for (let k = level + 1; k < c.length; k++) c[k] = undefined as unknown as number;
      counters.set(key, c);
      return lvl.text.replace(/%(\d)/g, (_, d: string) => {
        const k = Number(d) - 1;
        const l = levels.get(k);
        return formatNumber(c[k] ?? l?.start ?? 1, l?.format ?? 'decimal');
      });
    },
  };
}

function levelOf(l: XmlElement): Level {
  return {
    format: val(l, 'w:numFmt') ?? 'decimal',
    text: child(l, 'w:lvlText')?.attrs['w:val'] ?? '',
    start: num(val(l, 'w:start')) ?? 1,
  };
}
