// PrintDocument → one self-contained HTML page: the on-screen 打印预览 and, printed by Chromium
// (printToPDF / page.pdf with preferCSSPageSize, or the system print dialog), the PDF. It draws the
// pages paginate() decided, one element per page with a hard break between them; the page size
// comes from a named @page per orientation, the number from a page-margin box. Styles are classes in
// one stylesheet (no style="" attributes), so the preview shows it under the app's strict CSP.
// Pure string building, no DOM.
import { PT_PER_MM, sealLayout } from './measureBlocks.js';
import { type PagedDocument, paginateCached, type PrintPage } from './paginate.js';
import {
  type Block,
  type FontSpec,
  PAPER_SIZES_MM,
  type Paragraph,
  type PrintDocument,
  SEAL_INDENT,
  type SealBlock,
  styleOf,
  SYMBOL_FONT,
  type Table,
  type TextStyle,
} from './printDocument.js';
import { placeTableCells } from './tableGrid.js';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const GENERIC_FALLBACK: Record<string, string> = { 仿宋_GB2312: 'serif', 黑体: 'sans-serif' };

/** CSS font-family list: the pack's name, its fallbacks, common Linux/Mac equivalents, a generic family. */
export function fontFamily(f: FontSpec): string {
  const names = [f.latin && f.latin !== f.eastAsia ? f.latin : null, f.eastAsia, ...f.fallback].filter(
    (x): x is string => !!x,
  );
  return (
    [...new Set(names)].map((n) => `'${n.replace(/['"\\<>&;{}]/g, '')}'`).join(', ') +
    `, ${GENERIC_FALLBACK[f.eastAsia] ?? 'serif'}`
  );
}

/** Declarations → class names, so the markup carries classes only. */
class ClassSheet {
  private readonly byCss = new Map<string, string>();
  cls(css: string): string {
    let c = this.byCss.get(css);
    if (!c) this.byCss.set(css, (c = `c${this.byCss.size}`));
    return c;
  }
  rules(): string {
    return [...this.byCss].map(([css, c]) => `.${c} { ${css} }`).join('\n');
  }
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

function textCss(style: TextStyle, sizePt: number): string {
  return `font-family: ${fontFamily(style.font)}; font-size: ${fmt(sizePt)}pt;${style.bold ? ' font-weight: bold;' : ''}`;
}

/** Marks where a field prints, for the editor's preview to follow (data-* changes nothing printed). */
function fieldAttr(field: string | undefined): string {
  return field ? ` data-field="${escapeHtml(field)}"` : '';
}

class HtmlWriter {
  readonly sheet = new ClassSheet();
  constructor(private readonly doc: PrintDocument) {}

  paragraph(p: Paragraph, sizeOverridePt?: number): string {
    const doc = this.doc;
    const style = styleOf(doc, p);
    const sizePt = p.role === 'title' || p.heading ? style.sizePt : (sizeOverridePt ?? style.sizePt);
    // The line's own size is the runs' when they all share one, so a larger run does not stretch the line.
    const runSizes = new Set(p.runs.map((r) => r.sizePt ?? sizePt));
    const lineSize = runSizes.size === 1 ? [...runSizes][0] : sizePt;
    const line = p.lineSpacingPt ?? style.lineSpacingPt ?? Math.ceil(lineSize * 1.3);
    const css = [
      textCss(style, lineSize),
      `text-align: ${p.align ?? 'justify'};`,
      `line-height: ${fmt(line)}pt; min-height: ${fmt(line)}pt;`,
      p.firstLineChars ? `text-indent: ${p.firstLineChars}em;` : '',
      p.spaceBeforePt ? `margin-top: ${fmt(p.spaceBeforePt)}pt;` : '',
      p.spaceAfterPt ? `margin-bottom: ${fmt(p.spaceAfterPt)}pt;` : '',
    ].join(' ');
    const runs = p.runs
      .map((r) => {
        const rcss = [
          r.symbol ? `font-family: ${fontFamily(SYMBOL_FONT)};` : r.font ? `font-family: ${fontFamily(r.font)};` : '',
          (r.sizePt ?? sizePt) !== lineSize ? `font-size: ${fmt(r.sizePt ?? sizePt)}pt;` : '',
          r.bold !== undefined && r.bold !== !!style.bold ? `font-weight: ${r.bold ? 'bold' : 'normal'};` : '',
          r.underline ? 'text-decoration: underline;' : '',
          // A run in another font or size sits on the line without stretching it.
          r.symbol || r.font || (r.sizePt ?? sizePt) !== lineSize ? 'vertical-align: top;' : '',
        ].join(' ');
        const text = escapeHtml(r.text);
        return rcss.trim() ? `<span class="${this.sheet.cls(rcss.trim())}">${text}</span>` : text;
      })
      .join('');
    const tag = p.heading ? `h${p.heading}` : 'p';
    return `<${tag}${fieldAttr(p.field)} class="${this.sheet.cls(css)}">${runs}</${tag}>`;
  }

  table(t: Table): string {
    const placed = placeTableCells(t);
    const total = t.columnWidthsMm.reduce((a, b) => a + b, 0);
    const cols = t.columnWidthsMm.map((w) => `<col class="${this.sheet.cls(`width: ${fmt(w)}mm;`)}">`).join('');
    const rowHtml = (r: number): string => {
      const row = t.rows[r];
      const tds = placed
        .filter((p) => p.row === r)
        .map((p) => {
          const c = p.cell;
          const attrs = `${p.rowSpan > 1 ? ` rowspan="${p.rowSpan}"` : ''}${p.colSpan > 1 ? ` colspan="${p.colSpan}"` : ''}`;
          const css = [
            `vertical-align: ${c.vAlign === 'center' || !c.vAlign ? 'middle' : c.vAlign};`,
            c.shading ? `background: #${c.shading.replace(/[^0-9a-fA-F]/g, '')};` : '',
            ...(c.noBorders ?? []).map((side) => `border-${side}: none;`),
            t.cellPadMm !== undefined ? `padding: 0 ${fmt(t.cellPadMm)}mm;` : '',
          ]
            .filter(Boolean)
            .join(' ');
          const paragraphs = c.paragraphs.length ? c.paragraphs : [{ kind: 'paragraph' as const, runs: [] }];
          return `<td${attrs}${fieldAttr(c.field)} class="${this.sheet.cls(css)}">${paragraphs.map((x) => this.paragraph(x, t.sizePt)).join('')}</td>`;
        })
        .join('');
      const rcss = [
        row.cantSplit ? 'break-inside: avoid;' : '',
        row.minHeightMm ? `height: ${fmt(row.minHeightMm)}mm;` : '',
      ].join(' ');
      return `<tr${rcss.trim() ? ` class="${this.sheet.cls(rcss.trim())}"` : ''}>${tds}</tr>`;
    };
    const firstBody = t.rows.findIndex((r) => !r.header);
    const nHead = firstBody < 0 ? 0 : firstBody; // header rows must lead the table
    const indices = t.rows.map((_, i) => i);
    const head = nHead ? `<thead>${indices.slice(0, nHead).map(rowHtml).join('')}</thead>` : '';
    const body = indices.slice(nHead).map(rowHtml).join('');
    const notes = (t.footnotes ?? [])
      .map((f) => this.paragraph({ ...f, role: f.role ?? 'note' }, t.sizePt ?? Math.min(this.doc.body.sizePt, 10.5)))
      .join('');
    return `<table class="${this.sheet.cls(`width: ${fmt(total)}mm;`)}"><colgroup>${cols}</colgroup>${head}<tbody>${body}</tbody></table>${notes}`;
  }

  seal(s: SealBlock): string {
    const style = this.doc.body;
    const { linePt, roomPt } = sealLayout(this.doc, s);
    const base = `${textCss(style, style.sizePt)} line-height: ${fmt(linePt)}pt; min-height: ${fmt(linePt)}pt;`;
    const line = (text: string, css: string) =>
      `<p class="${this.sheet.cls(`${base} ${css}`)}">${escapeHtml(text)}</p>`;
    const indent = `text-align: left; padding-left: ${SEAL_INDENT * 100}%;`;
    return `<div class="seal">${s.lines.map((l, i) => line(l, indent + (i === 0 ? ` margin-top: ${fmt(linePt)}pt;` : ''))).join('')}${line(s.dateLine, `text-align: right; padding-right: 2em; margin-top: ${fmt(roomPt)}pt;`)}</div>`;
  }

  block(b: Block): string {
    if (b.kind === 'paragraph') return this.paragraph(b);
    if (b.kind === 'table') return this.table(b);
    if (b.kind === 'seal') return this.seal(b);
    return '';
  }
}

/** The named @page of a page: its orientation, and whether it is numbered. */
function pageName(p: PrintPage, resetBy: number): string {
  if (p.number !== null) return p.orientation;
  return resetBy ? `${p.orientation}-nonum-${resetBy}` : `${p.orientation}-nonum`;
}

function pageNumberText(doc: PrintDocument, n: number): string {
  return doc.pageNumber.format === 'dash' ? `— ${n} —` : String(n);
}

function pageCss(paged: PagedDocument, names: Map<string, number>): string {
  const { doc } = paged;
  const paper = PAPER_SIZES_MM[doc.page.paper];
  const m = doc.page.marginsMm;
  const g = doc.page.gutterMm;
  const pn = doc.pageNumber;
  const top = doc.page.binding === 'top';
  const numberBox = (side: 'left' | 'right' | 'center') =>
    `@bottom-${side} { content: ${pn.format === 'dash' ? '"— " counter(page) " —"' : 'counter(page)'}; font-family: ${fontFamily(pn.font)}; font-size: ${pn.sizePt}pt; vertical-align: top; padding-top: 7mm;${side === 'right' ? ' padding-right: 1em;' : side === 'left' ? ' padding-left: 1em;' : ''} }`;
  const numbers =
    pn.format === 'none'
      ? { right: '', left: '' }
      : pn.position === 'center'
        ? { right: numberBox('center'), left: numberBox('center') }
        : doc.page.doubleSided
          ? { right: numberBox('right'), left: numberBox('left') }
          : { right: numberBox('right'), left: numberBox('right') };
  const margin = (inner: 'left' | 'right') =>
    top
      ? `margin: ${m.inner + g}mm ${m.outer}mm ${m.outer}mm ${m.outer}mm;`
      : inner === 'left'
        ? `margin: ${m.top}mm ${m.outer}mm ${m.bottom}mm ${m.inner + g}mm;`
        : `margin: ${m.top}mm ${m.inner + g}mm ${m.bottom}mm ${m.outer}mm;`;
  const mirror = doc.page.doubleSided && !top;
  const none = '@bottom-left { content: none } @bottom-center { content: none } @bottom-right { content: none }';
  const rules = [
    `@page { size: ${paper.width}mm ${paper.height}mm; ${margin('left')} }`,
    `@page :right { ${margin('left')} ${numbers.right} }`,
    `@page :left { ${margin(mirror ? 'right' : 'left')} ${numbers.left} }`,
  ];
  for (const [name, resetBy] of names) {
    const landscape = name.startsWith('landscape');
    const size = landscape ? `${paper.height}mm ${paper.width}mm` : `${paper.width}mm ${paper.height}mm`;
    // Unnumbered pages (a cover, its blank back) do not count; after a second cover the count
    // starts again, by taking back what the pages before it counted.
    const count = name.includes('nonum') ? `counter-increment: page ${-resetBy}; ${none}` : '';
    rules.push(`@page ${name} { size: ${size}; ${count} }`);
    rules.push(`.pg-${name} { page: ${name}; }`);
  }
  return rules.join('\n');
}

function screenCss(paged: PagedDocument): string {
  const { doc } = paged;
  const paper = PAPER_SIZES_MM[doc.page.paper];
  const m = doc.page.marginsMm;
  const g = doc.page.gutterMm;
  const top = doc.page.binding === 'top';
  const pad = (mirror: boolean) =>
    top
      ? `${m.inner + g}mm ${m.outer}mm ${m.outer}mm ${m.outer}mm`
      : mirror
        ? `${m.top}mm ${m.inner + g}mm ${m.bottom}mm ${m.outer}mm`
        : `${m.top}mm ${m.outer}mm ${m.bottom}mm ${m.inner + g}mm`;
  const foot = top ? m.outer : m.bottom;
  return `@media screen {
  body { background: #e8e8e8; padding: 8mm 0; }
  .page { box-sizing: border-box; position: relative; overflow: hidden; width: ${paper.width}mm; height: ${paper.height}mm; margin: 0 auto 8mm; padding: ${pad(false)}; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
  .page.landscape { width: ${paper.height}mm; height: ${paper.width}mm; }
  .page.even { padding: ${pad(doc.page.doubleSided)}; }
  .pn { position: absolute; bottom: ${fmt(Math.max(0, foot - 7 - doc.pageNumber.sizePt / PT_PER_MM))}mm; left: ${top ? m.outer : m.inner + g}mm; right: ${m.outer}mm; font-family: ${fontFamily(doc.pageNumber.font)}; font-size: ${doc.pageNumber.sizePt}pt; line-height: 1; }
  .page.even .pn { left: ${doc.page.doubleSided && !top ? m.outer : top ? m.outer : m.inner + g}mm; right: ${doc.page.doubleSided && !top ? m.inner + g : m.outer}mm; }
  .pn-right { text-align: right; padding-right: 1em; } .pn-left { text-align: left; padding-left: 1em; } .pn-center { text-align: center; }
  .page.blank::after { content: '空白页（双面打印时的封面背面）'; position: absolute; top: 45%; left: 0; right: 0; text-align: center; color: #bbb; font-size: 10.5pt; }
}
@media print {
  .pn { display: none; }
  .page + .page { break-before: page; }
  .page.blank { min-height: 1px; }
}`;
}

/** A print page in parts, as a preview frame takes it (the app's CSP forbids inline styles). */
export interface HtmlPage {
  title: string;
  /** The stylesheet: @page rules for print, sheets of paper on screen, and the content's classes. */
  css: string;
  /** The pages, as the <body>'s inner HTML (classes only, no style attributes). */
  body: string;
}

export interface HtmlParts extends HtmlPage {
  pages: PrintPage[];
}

/** The page's parts, for a preview that adopts the stylesheet itself (the app's CSP forbids inline styles). */
export function renderHtmlParts(doc: PrintDocument): HtmlParts {
  const paged = paginateCached(doc);
  const w = new HtmlWriter(doc);
  const names = new Map<string, number>();
  let counted = 0;
  const bodies = paged.pages.map((p, i) => {
    // The last number before an unnumbered page that restarts the count (not the first cover).
    const resetBy = p.number === null && !p.blank ? counted : 0;
    if (p.number !== null) counted = p.number;
    else if (!p.blank) counted = 0;
    const name = pageName(p, resetBy);
    names.set(name, resetBy);
    const even = i % 2 === 1;
    const side = doc.pageNumber.position === 'center' ? 'center' : doc.page.doubleSided && even ? 'left' : 'right';
    const number =
      p.number !== null && doc.pageNumber.format !== 'none'
        ? `<div class="pn pn-${side}">${escapeHtml(pageNumberText(doc, p.number))}</div>`
        : '';
    const cls = ['page', `pg-${name}`, p.orientation, even ? 'even' : 'odd', p.blank ? 'blank' : ''].filter(Boolean);
    return `<div class="${cls.join(' ')}" data-page="${i + 1}"${p.number !== null ? ` data-number="${p.number}"` : ''}>${p.blocks.map((b) => w.block(b)).join('')}${number}</div>`;
  });
  const body = bodies.join('');
  const css = `${pageCss(paged, names)}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; ${textCss(doc.body, doc.body.sizePt)} color: #000; orphans: 1; widows: 1; }
p, h1, h2, h3 { margin: 0; font-weight: inherit; white-space: pre-wrap; orphans: 1; widows: 1; }
table { border-collapse: collapse; table-layout: fixed; margin: 0 auto; }
td { border: 0.5pt solid #000; padding: 0 1.5mm; overflow-wrap: anywhere; }
thead { display: table-header-group; }
.seal { break-inside: avoid; }
${screenCss(paged)}
${w.sheet.rules()}`;
  return { title: doc.title, css, body, pages: paged.pages };
}

/** Renders the whole document as one HTML page with its own CSS (no external resources). */
export function renderHtml(doc: PrintDocument): string {
  const parts = renderHtmlParts(doc);
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(parts.title)}</title><style>${parts.css}</style></head><body>${parts.body}</body></html>`;
}

/** The parts of a page renderHtml() made (e.g. one the core sent), cut out as text, not parsed. */
export function htmlPageParts(html: string): HtmlPage {
  const between = (open: string, close: string) => {
    const a = html.indexOf(open);
    const b = html.lastIndexOf(close);
    return a >= 0 && b > a ? html.slice(a + open.length, b) : '';
  };
  const title = between('<title>', '</title>')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  return { title, css: between('<style>', '</style>'), body: between('<body>', '</body>') };
}
