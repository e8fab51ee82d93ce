// styles.xml → the run and paragraph properties each style gives, its basedOn chain resolved, and
// the document defaults. Direct formatting in document.xml is applied over these by readDocx.
import type { SourceAlign } from '../../../shared/drafting/sourceDocument.js';
import { child, children, num, onOff, parseXml, val, type XmlElement } from './parseXml.js';
import { readBorders, readCellMargins, type TableLook } from './readTableLook.js';

export interface RunProps {
  font?: string;
  sizePt?: number;
  bold?: boolean;
  underline?: boolean;
  vanish?: boolean;
}

export interface ParaProps {
  align?: SourceAlign;
  outlineLevel?: number;
  firstLineChars?: number;
  /** First-line indent in twips, when given as a length (converted with the run size later). */
  firstLineTwips?: number;
  indentTwips?: number;
  /** w:spacing's line and lineRule, kept together so a layer's rule replaces the one below it whole. */
  line?: { rule: 'auto' | 'exact' | 'atLeast'; value: number };
  spaceBeforePt?: number;
  spaceAfterPt?: number;
  pageBreakBefore?: boolean;
  numId?: string;
  numLevel?: number;
  snapToGrid?: boolean;
}

export interface DocxStyles {
  defaults: { run: RunProps; para: ParaProps };
  /** Properties of a paragraph style (chain resolved), and its display name. */
  paragraph(id: string | undefined): { run: RunProps; para: ParaProps; name?: string };
  character(id: string | undefined): RunProps;
  /** A table style's borders and cell margins (basedOn chain resolved); the default table style when none is named. */
  table(id: string | undefined): TableLook;
}

/** A font attribute as LibreOffice writes it may list alternatives: 黑体;SimHei → 黑体. */
function firstFont(v: string | undefined): string | undefined {
  const f = v?.split(';')[0]?.trim();
  return f || undefined;
}

export function readRunProps(rPr: XmlElement | undefined): RunProps {
  const out: RunProps = {};
  if (!rPr) return out;
  const fonts = child(rPr, 'w:rFonts');
  if (fonts) out.font = firstFont(fonts.attrs['w:eastAsia']) ?? firstFont(fonts.attrs['w:ascii']);
  const sz = num(val(rPr, 'w:sz'));
  if (sz !== undefined) out.sizePt = sz / 2;
  const b = onOff(rPr, 'w:b');
  if (b !== undefined) out.bold = b;
  const u = val(rPr, 'w:u') ?? (child(rPr, 'w:u') ? 'single' : undefined);
  if (u !== undefined) out.underline = u !== 'none';
  const vanish = onOff(rPr, 'w:vanish');
  if (vanish !== undefined) out.vanish = vanish;
  return out;
}

const JC: Record<string, SourceAlign> = {
  left: 'left',
  start: 'left',
  center: 'center',
  right: 'right',
  end: 'right',
  both: 'justify',
  distribute: 'justify',
};

export function readParaProps(pPr: XmlElement | undefined): ParaProps {
  const out: ParaProps = {};
  if (!pPr) return out;
  const jc = val(pPr, 'w:jc');
  if (jc && JC[jc]) out.align = JC[jc];
  const ol = num(val(pPr, 'w:outlineLvl'));
  if (ol !== undefined && ol < 9) out.outlineLevel = ol;
  const ind = child(pPr, 'w:ind');
  if (ind) {
    const chars = num(ind.attrs['w:firstLineChars']);
    const first = num(ind.attrs['w:firstLine']);
    if (chars !== undefined) out.firstLineChars = chars / 100;
    else if (first !== undefined) out.firstLineTwips = first;
    const left = num(ind.attrs['w:left'] ?? ind.attrs['w:start']);
    if (left !== undefined) out.indentTwips = left;
  }
  const sp = child(pPr, 'w:spacing');
  if (sp) {
    const line = num(sp.attrs['w:line']);
    const rule = sp.attrs['w:lineRule'];
    if (line !== undefined && line > 0)
      out.line =
        rule === 'exact' || rule === 'atLeast' ? { rule, value: line / 20 } : { rule: 'auto', value: line / 240 };
    const before = num(sp.attrs['w:before']);
    const after = num(sp.attrs['w:after']);
    if (before !== undefined) out.spaceBeforePt = before / 20;
    if (after !== undefined) out.spaceAfterPt = after / 20;
  }
  const snap = onOff(pPr, 'w:snapToGrid');
  if (snap !== undefined) out.snapToGrid = snap;
  const pbb = onOff(pPr, 'w:pageBreakBefore');
  if (pbb !== undefined) out.pageBreakBefore = pbb;
  const numPr = child(pPr, 'w:numPr');
  if (numPr) {
    const id = val(numPr, 'w:numId');
    if (id && id !== '0') {
      out.numId = id;
      out.numLevel = num(val(numPr, 'w:ilvl')) ?? 0;
    }
  }
  return out;
}

const defined = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

export function mergeRun(...layers: RunProps[]): RunProps {
  return Object.assign({}, ...layers.map(defined)) as RunProps;
}
export function mergePara(...layers: ParaProps[]): ParaProps {
  return Object.assign({}, ...layers.map(defined)) as ParaProps;
}

/** Heading styles Word and WPS name in English or Chinese: Heading 1, heading 2, 标题 1. */
function headingLevelOfName(name: string | undefined): number | undefined {
  const m = /^(?:heading|标题)\s*(\d)$/i.exec(name?.trim() ?? '');
  return m ? Number(m[1]) - 1 : undefined;
}

export function readDocxStyles(xml: string | undefined): DocxStyles {
  const styles = new Map<string, XmlElement>();
  let defaults = { run: {} as RunProps, para: {} as ParaProps };
  let defaultParaStyle: string | undefined;
  let defaultTableStyle: string | undefined;
  if (xml) {
    const root = parseXml(xml);
    const dd = child(root, 'w:docDefaults');
    defaults = {
      run: readRunProps(child(child(dd, 'w:rPrDefault'), 'w:rPr')),
      para: readParaProps(child(child(dd, 'w:pPrDefault'), 'w:pPr')),
    };
    for (const s of children(root, 'w:style')) {
      const id = s.attrs['w:styleId'];
      if (!id) continue;
      styles.set(id, s);
      const isDefault = s.attrs['w:default'] === '1' || s.attrs['w:default'] === 'true';
      if (s.attrs['w:type'] === 'paragraph' && isDefault) defaultParaStyle = id;
      if (s.attrs['w:type'] === 'table' && isDefault) defaultTableStyle = id;
    }
  }
  const paraCache = new Map<string, { run: RunProps; para: ParaProps; name?: string }>();
  const resolvePara = (id: string, depth: number): { run: RunProps; para: ParaProps; name?: string } => {
    const cached = paraCache.get(id);
    if (cached) return cached;
    const s = styles.get(id);
    if (!s || depth > 20) return { run: {}, para: {} };
    const base =
      s.attrs['w:type'] === 'paragraph' && val(s, 'w:basedOn')
        ? resolvePara(val(s, 'w:basedOn')!, depth + 1)
        : undefined;
    const name = val(s, 'w:name');
    const own = readParaProps(child(s, 'w:pPr'));
    const level = headingLevelOfName(name);
    if (own.outlineLevel === undefined && level !== undefined) own.outlineLevel = level;
    const r = {
      run: mergeRun(base?.run ?? {}, readRunProps(child(s, 'w:rPr'))),
      para: mergePara(base?.para ?? {}, own),
      name,
    };
    paraCache.set(id, r);
    return r;
  };
  const resolveChar = (id: string, depth: number): RunProps => {
    const s = styles.get(id);
    if (!s || depth > 20) return {};
    const base = val(s, 'w:basedOn');
    return mergeRun(base ? resolveChar(base, depth + 1) : {}, readRunProps(child(s, 'w:rPr')));
  };
  const resolveTable = (id: string, depth: number): TableLook => {
    const s = styles.get(id);
    if (!s || depth > 20 || s.attrs['w:type'] !== 'table') return { borders: {}, margins: {} };
    const base = val(s, 'w:basedOn') ? resolveTable(val(s, 'w:basedOn')!, depth + 1) : { borders: {}, margins: {} };
    const tblPr = child(s, 'w:tblPr');
    return {
      borders: { ...base.borders, ...readBorders(child(tblPr, 'w:tblBorders')) },
      margins: { ...base.margins, ...readCellMargins(child(tblPr, 'w:tblCellMar')) },
    };
  };
  return {
    defaults,
    table: (id) => {
      const sid = id && styles.has(id) ? id : defaultTableStyle;
      return sid ? resolveTable(sid, 0) : { borders: {}, margins: {} };
    },
    paragraph: (id) => {
      const sid = id ?? defaultParaStyle;
      return sid ? resolvePara(sid, 0) : { run: {}, para: {} };
    },
    character: (id) => (id ? resolveChar(id, 0) : {}),
  };
}
