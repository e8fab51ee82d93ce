// PrintDocument → one self-contained HTML page: the on-screen preview and, printed by Chromium
// (printToPDF / page.pdf with preferCSSPageSize), the PDF. Pure string building, no DOM.
import {
  type Block,
  type FontSpec,
  pageSizeMm,
  type Paragraph,
  type PrintDocument,
  SEAL_INDENT,
  type SealBlock,
  type Section,
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
    [...new Set(names)].map((n) => `'${n.replace(/['"\\<>&;]/g, '')}'`).join(', ') +
    `, ${GENERIC_FALLBACK[f.eastAsia] ?? 'serif'}`
  );
}

function textCss(style: TextStyle, sizePt: number): string {
  return `font-family:${escapeHtml(fontFamily(style.font))};font-size:${sizePt}pt;${style.bold ? 'font-weight:bold;' : ''}`;
}

/** Marks where a field prints, for the editor's preview to scroll to (data-* changes nothing printed). */
function fieldAttr(field: string | undefined): string {
  return field ? ` data-field="${escapeHtml(field)}"` : '';
}

function paragraphHtml(doc: PrintDocument, p: Paragraph, sizeOverridePt?: number): string {
  const style = styleOf(doc, p);
  const sizePt = p.role === 'title' || p.heading ? style.sizePt : (sizeOverridePt ?? style.sizePt);
  const line = p.lineSpacingPt ?? style.lineSpacingPt;
  const css = [
    textCss(style, sizePt),
    `text-align:${p.align ?? 'justify'}`,
    line ? `line-height:${line}pt;min-height:${line}pt` : `line-height:1.3;min-height:${sizePt * 1.3}pt`,
    p.firstLineChars ? `text-indent:${p.firstLineChars}em` : '',
    p.spaceBeforePt ? `margin-top:${p.spaceBeforePt}pt` : '',
    p.spaceAfterPt ? `margin-bottom:${p.spaceAfterPt}pt` : '',
    p.keepWithNext ? 'break-after:avoid' : '',
  ]
    .filter(Boolean)
    .join(';');
  const runs = p.runs
    .map((r) => {
      const rcss = [
        r.symbol
          ? `font-family:${escapeHtml(fontFamily(SYMBOL_FONT))}`
          : r.font
            ? `font-family:${escapeHtml(fontFamily(r.font))}`
            : '',
        r.sizePt && r.sizePt !== sizePt ? `font-size:${r.sizePt}pt` : '',
        r.bold !== undefined && r.bold !== !!style.bold ? `font-weight:${r.bold ? 'bold' : 'normal'}` : '',
        r.underline ? 'text-decoration:underline' : '',
      ]
        .filter(Boolean)
        .join(';');
      const text = escapeHtml(r.text);
      return rcss ? `<span style="${rcss}">${text}</span>` : text;
    })
    .join('');
  const tag = p.heading ? `h${p.heading}` : 'p';
  return `<${tag}${fieldAttr(p.field)} style="${css}">${runs}</${tag}>`;
}

function tableHtml(doc: PrintDocument, t: Table): string {
  const placed = placeTableCells(t);
  const total = t.columnWidthsMm.reduce((a, b) => a + b, 0);
  const cols = t.columnWidthsMm.map((w) => `<col style="width:${w}mm">`).join('');
  const rowHtml = (r: number): string => {
    const row = t.rows[r];
    const tds = placed
      .filter((p) => p.row === r)
      .map((p) => {
        const c = p.cell;
        const attrs = `${p.rowSpan > 1 ? ` rowspan="${p.rowSpan}"` : ''}${p.colSpan > 1 ? ` colspan="${p.colSpan}"` : ''}`;
        const css = `vertical-align:${c.vAlign === 'center' || !c.vAlign ? 'middle' : c.vAlign}${c.shading ? `;background:#${c.shading}` : ''}`;
        return `<td${attrs}${fieldAttr(c.field)} style="${css}">${c.paragraphs.map((x) => paragraphHtml(doc, x, t.sizePt)).join('')}</td>`;
      })
      .join('');
    const rcss = [
      row.cantSplit ? 'break-inside:avoid' : '',
      row.keepWithNext ? 'break-after:avoid' : '',
      row.minHeightMm ? `height:${row.minHeightMm}mm` : '',
    ]
      .filter(Boolean)
      .join(';');
    return `<tr${rcss ? ` style="${rcss}"` : ''}>${tds}</tr>`;
  };
  const headerCount = t.rows.findIndex((r) => !r.header);
  const nHead = headerCount < 0 ? 0 : headerCount; // header rows must lead the table
  const head = nHead
    ? `<thead>${t.rows
        .slice(0, nHead)
        .map((_, i) => rowHtml(i))
        .join('')}</thead>`
    : '';
  const bodyRows = t.rows
    .map((_, i) => i)
    .filter((i) => i >= nHead)
    .map(rowHtml)
    .join('');
  const notes = (t.footnotes ?? [])
    .map((f) => paragraphHtml(doc, { ...f, role: f.role ?? 'note' }, t.sizePt ?? Math.min(doc.body.sizePt, 10.5)))
    .join('');
  return `<table style="width:${total}mm">${`<colgroup>${cols}</colgroup>`}${head}<tbody>${bodyRows}</tbody></table>${notes ? `<div class="notes">${notes}</div>` : ''}`;
}

function sealHtml(doc: PrintDocument, s: SealBlock): string {
  const style = doc.body;
  const line = style.lineSpacingPt ?? style.sizePt * 1.3;
  const roomPt = Math.max(0, (s.heightMm / 25.4) * 72 - s.lines.length * line - line);
  const p = (text: string, extra: string) =>
    `<p style="${textCss(style, style.sizePt)};line-height:${line}pt;min-height:${line}pt${extra}">${escapeHtml(text)}</p>`;
  const indent = `;text-align:left;padding-left:${SEAL_INDENT * 100}%`;
  return `<div class="seal">${s.lines.map((l, i) => p(l, indent + (i === 0 ? `;margin-top:${line}pt` : ''))).join('')}${p(s.dateLine, `;text-align:right;padding-right:2em;margin-top:${roomPt.toFixed(1)}pt`)}</div>`;
}

function blockHtml(doc: PrintDocument, b: Block): string {
  if (b.kind === 'paragraph') return paragraphHtml(doc, b);
  if (b.kind === 'table') return tableHtml(doc, b);
  if (b.kind === 'seal') return sealHtml(doc, b);
  return '<div class="page-break"></div>';
}

function pageCss(doc: PrintDocument): string {
  const size = pageSizeMm(doc);
  const m = doc.page.marginsMm;
  const g = doc.page.gutterMm;
  const pn = doc.pageNumber;
  const top = doc.page.binding === 'top';
  const numberCss = (side: 'left' | 'right' | 'center') =>
    `@bottom-${side} { content: ${pn.format === 'dash' ? '"— " counter(page) " —"' : 'counter(page)'}; font-family: ${fontFamily(pn.font)}; font-size: ${pn.sizePt}pt; vertical-align: top; padding-top: 7mm;${side === 'right' ? ' padding-right: 1em;' : side === 'left' ? ' padding-left: 1em;' : ''} }`;
  const numbers =
    pn.format === 'none'
      ? { right: '', left: '' }
      : pn.position === 'center'
        ? { right: numberCss('center'), left: numberCss('center') }
        : doc.page.doubleSided
          ? { right: numberCss('right'), left: numberCss('left') }
          : { right: numberCss('right'), left: numberCss('right') };
  const margin = (inner: 'left' | 'right') =>
    top
      ? `margin: ${m.inner + g}mm ${m.outer}mm ${m.outer}mm ${m.outer}mm;`
      : inner === 'left'
        ? `margin: ${m.top}mm ${m.outer}mm ${m.bottom}mm ${m.inner + g}mm;`
        : `margin: ${m.top}mm ${m.inner + g}mm ${m.bottom}mm ${m.outer}mm;`;
  const mirror = doc.page.doubleSided && !top;
  return [
    `@page { size: ${size.width}mm ${size.height}mm; ${margin('left')} }`,
    `@page :right { ${margin('left')} ${numbers.right} }`,
    `@page :left { ${margin(mirror ? 'right' : 'left')} ${numbers.left} }`,
    `@page landscape { size: ${size.height}mm ${size.width}mm; }`,
    // A cover has no number, and the count restarts after it.
    `@page cover { counter-reset: page 0; @bottom-left { content: none } @bottom-center { content: none } @bottom-right { content: none } }`,
    `@page cover:left { @bottom-left { content: none } @bottom-center { content: none } @bottom-right { content: none } }`,
    `@page cover:right { @bottom-left { content: none } @bottom-center { content: none } @bottom-right { content: none } }`,
  ].join('\n');
}

function sectionHtml(doc: PrintDocument, s: Section, i: number): string {
  const cls = [
    'section',
    s.cover ? 'cover' : '',
    (s.orientation ?? doc.page.orientation) === 'landscape' ? 'landscape' : '',
  ]
    .filter(Boolean)
    .join(' ');
  // Double-sided: the body after a cover starts on a right-hand page, as the DOCX's odd-page section
  // break does. Chromium ignores break-before:right when printing, so the cover gets a blank back
  // page (covers are designed to fit on one page).
  const blankBack =
    s.cover && doc.page.doubleSided && doc.sections[i + 1] && !doc.sections[i + 1].cover
      ? '<div class="blank-back"></div>'
      : '';
  const brk = i === 0 ? '' : 'break-before:page';
  return `<section class="${cls}"${brk ? ` style="${brk}"` : ''}${s.name ? ` data-name="${escapeHtml(s.name)}"` : ''}>${s.blocks.map((b) => blockHtml(doc, b)).join('')}${blankBack}</section>`;
}

/** Renders the whole document as one HTML page with its own CSS (no external resources). */
export function renderHtml(doc: PrintDocument): string {
  const size = pageSizeMm(doc);
  const m = doc.page.marginsMm;
  const css = `${pageCss(doc)}
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; ${textCss(doc.body, doc.body.sizePt)} color: #000; }
p, h1, h2, h3 { margin: 0; font-weight: inherit; white-space: pre-wrap; }
h1, h2, h3 { break-after: avoid; }
.cover { page: cover; }
.landscape { page: landscape; }
.page-break { break-after: page; }
.blank-back { break-before: page; height: 1px; }
table { border-collapse: collapse; table-layout: fixed; margin: 0 auto; }
td { border: 0.5pt solid #000; padding: 0 1.5mm; overflow-wrap: anywhere; }
thead { display: table-header-group; }
tr { break-inside: auto; }
.seal { break-inside: avoid; }
@media screen {
  body { background: #e8e8e8; padding: 8mm 0; }
  .section { box-sizing: border-box; width: ${size.width}mm; min-height: ${size.height}mm; margin: 0 auto 8mm; padding: ${m.top}mm ${m.outer}mm ${m.bottom}mm ${m.inner + doc.page.gutterMm}mm; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
  .section.landscape { width: ${size.height}mm; min-height: ${size.width}mm; }
  .page-break { border-top: 1px dashed #aaa; margin: 6mm 0; }
  .blank-back { display: none; }
}`;
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${css}</style></head><body>${doc.sections.map((s, i) => sectionHtml(doc, s, i)).join('')}</body></html>`;
}
