// A small element tree over saxes (a strict, non-validating SAX parser that never fetches or
// expands external entities). OOXML parts are plain XML without DTDs; one that declares a DOCTYPE
// is refused rather than parsed, so entity tricks cannot reach us.
import { SaxesParser } from 'saxes';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Elements whose text is content (w:t keeps its spaces); elsewhere whitespace-only text is layout. */
const TEXT_ELEMENTS = new Set(['w:t', 'w:instrText', 'w:delText', 'a:t']);

export class XmlParseError extends Error {}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const root: XmlElement = { name: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  const failures: Error[] = [];
  parser.on('doctype', () => {
    failures.push(new XmlParseError('含有 DOCTYPE 声明（Office 文件不会有），已拒绝读取'));
  });
  parser.on('error', (e) => {
    failures.push(new XmlParseError(e.message));
  });
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.name, attrs: tag.attributes, children: [] };
    stack[stack.length - 1].children.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  const onText = (t: string) => {
    const top = stack[stack.length - 1];
    if (TEXT_ELEMENTS.has(top.name) || t.trim() !== '') top.children.push(t);
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  try {
    parser.write(xml).close();
  } catch (e) {
    failures.push(new XmlParseError((e as Error).message));
  }
  if (failures.length) throw failures[0];
  const doc = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!doc) throw new XmlParseError('没有内容');
  return doc;
}

// ---- navigation helpers (names with their prefix, as OOXML writers use them: w:p, w:tbl …)

export function childElements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

export function children(el: XmlElement | undefined, name: string): XmlElement[] {
  if (!el) return [];
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The first descendant with that name, depth first. */
export function descendant(el: XmlElement, name: string): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === name) return c;
    const d = descendant(c, name);
    if (d) return d;
  }
  return undefined;
}

export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

/** w:val of a child element (e.g. <w:jc w:val="center"/>). */
export function val(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs['w:val'];
}

/** An on/off property: present without w:val, or w:val true/1/on. */
export function onOff(el: XmlElement | undefined, name: string): boolean | undefined {
  const c = child(el, name);
  if (!c) return undefined;
  const v = c.attrs['w:val'];
  return v === undefined || v === 'true' || v === '1' || v === 'on';
}

export function num(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}
