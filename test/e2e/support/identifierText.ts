// Finds text a user should never see: a program's own names for things. Labels and names are what
// a clerk reads; a field key (studentsTrainedPerYear), a column (credit_code), a dotted path
// (data.majors), an expression (sum(…), r => r.level) or a literal like undefined is a leak.
import type { Page } from 'playwright-core';

/** One piece of text as the user meets it, and where. */
export interface ShownText {
  text: string;
  /** What shows it: 'text', 'title', 'placeholder', 'aria-label', 'option', 'value', 'alt'. */
  kind: string;
  /** A short description of the element (tag, test id or class), to find it again. */
  at: string;
  /** Shown inside a frame (the print preview). */
  inFrame: boolean;
}

export interface Finding {
  page: string;
  rule: string;
  match: string;
  text: string;
  kind: string;
  at: string;
}

// Names a user may read although they look technical: file formats, products, fonts.
const ALLOWED = /^(?:iPhone|iPad|macOS|eMail)$/;
const FILE_EXTENSION = /\.(?:pdf|docx?|xlsx?|xls|et|wps|zip|json|csv|png|jpe?g|txt|sqlite)$/i;
const DOMAIN = /\.(?:com|cn|net|org|gov|edu)(?:\.cn)?$/i;

const RULES: { rule: string; re: RegExp; skip?: (m: string, text: string) => boolean }[] = [
  { rule: 'camelCase', re: /\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g, skip: (m) => ALLOWED.test(m) },
  { rule: 'snake_case', re: /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/g },
  {
    rule: 'dotted key',
    re: /(?<![\w@.-])[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+(?![\w@-])/g,
    skip: (m, text) => FILE_EXTENSION.test(m) || DOMAIN.test(m) || text.includes(`@${m}`) || /^[A-Z]\.[A-Z]/.test(m),
  },
  { rule: 'expression', re: /\b[a-z][A-Za-z]*\((?=[^)]*\))|=>|&&|\|\||===?|!==?|\{\{|\}\}|\$\{/g },
  { rule: 'program value', re: /\b(?:undefined|null|NaN|true|false)\b|\[object Object\]/g },
];

/** Every identifier-shaped piece of the texts, with the rule it breaks. */
export function findIdentifiers(texts: readonly ShownText[], page: string): Finding[] {
  const out: Finding[] = [];
  for (const t of texts) {
    // E-mail addresses and web addresses a school typed are data, not names of ours.
    const text = t.text.replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, ' ').replace(/https?:\/\/\S+/g, ' ');
    for (const { rule, re, skip } of RULES) {
      for (const m of text.matchAll(re)) {
        if (skip?.(m[0], t.text)) continue;
        out.push({ page, rule, match: m[0], text: t.text.slice(0, 160), kind: t.kind, at: t.at });
      }
    }
  }
  return out;
}

/**
 * Every text the page shows, in the page and in same-origin frames (the print preview): text of
 * rendered elements, the tooltips, placeholders and accessible names, the options of lists, and
 * the values in fields. Hidden elements are left out; a closed list's options are not (they show
 * when it opens).
 */
export function shownTexts(page: Page): Promise<ShownText[]> {
  return page.evaluate(() => {
    const out: { text: string; kind: string; at: string; inFrame: boolean }[] = [];
    const describe = (el: Element) => {
      const id = el.getAttribute('data-testid');
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.split(/\s+/)[0]}` : '';
      return `${el.tagName.toLowerCase()}${id ? `[data-testid=${id}]` : cls}`;
    };
    const visible = (el: Element) =>
      typeof (el as HTMLElement).checkVisibility === 'function'
        ? (el as HTMLElement).checkVisibility({ checkVisibilityCSS: true })
        : true;
    const walk = (root: Document, inFrame: boolean) => {
      const body = root.body;
      if (!body) return;
      const tw = root.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let n = tw.nextNode(); n; n = tw.nextNode()) {
        const parent = n.parentElement;
        const text = n.textContent?.trim();
        if (!text || !parent || ['SCRIPT', 'STYLE', 'OPTION'].includes(parent.tagName)) continue;
        if (!visible(parent)) continue;
        out.push({ text, kind: 'text', at: describe(parent), inFrame });
      }
      for (const el of body.querySelectorAll('*')) {
        const isOption = el.tagName === 'OPTION';
        if (!isOption && !visible(el)) continue;
        if (isOption && el.parentElement && !visible(el.closest('select') ?? el.parentElement)) continue;
        for (const attr of ['title', 'placeholder', 'aria-label', 'alt']) {
          const v = el.getAttribute(attr)?.trim();
          if (v) out.push({ text: v, kind: attr, at: describe(el), inFrame });
        }
        if (isOption && el.textContent?.trim())
          out.push({ text: el.textContent.trim(), kind: 'option', at: describe(el), inFrame });
        if (
          (el.tagName === 'INPUT' &&
            !['hidden', 'checkbox', 'radio', 'file'].includes((el as HTMLInputElement).type)) ||
          el.tagName === 'TEXTAREA'
        ) {
          const v = (el as HTMLInputElement).value.trim();
          if (v) out.push({ text: v, kind: 'value', at: describe(el), inFrame });
        }
        if (el.tagName === 'IFRAME') {
          const doc = (el as HTMLIFrameElement).contentDocument;
          if (doc) walk(doc, true);
        }
      }
    };
    walk(document, false);
    return out;
  });
}
