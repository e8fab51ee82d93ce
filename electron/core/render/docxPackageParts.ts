// The parts of the DOCX package the docx library writes wrongly or not at all: the font table (it
// writes an empty one; ours names each font with its fallback) and the settings (mirror margins for
// double-sided printing, odd/even footers, CJK punctuation compression, Word 2013+ compatibility).
import type { FontSpec, PrintDocument } from '../../../shared/print/printDocument.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Declares every font the document uses, with its fallback as w:altName, so Word and LibreOffice substitute sensibly. */
export function fontTableXml(fonts: FontSpec[]): string {
  const entries = fonts.flatMap((f) => {
    const chinese = [...f.eastAsia].some((ch) => ch.charCodeAt(0) > 0x7f);
    const decl = (name: string, alt?: string) =>
      `<w:font w:name="${xmlEscape(name)}">${alt ? `<w:altName w:val="${xmlEscape(alt)}"/>` : ''}<w:charset w:val="${chinese ? '86' : '00'}"/><w:family w:val="${chinese ? 'modern' : 'swiss'}"/><w:pitch w:val="${chinese ? 'fixed' : 'variable'}"/></w:font>`;
    const list = [decl(f.eastAsia, f.fallback[0])];
    if (f.latin && f.latin !== f.eastAsia) list.push(decl(f.latin));
    return list;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts xmlns:w="${W_NS}">${entries.join('')}</w:fonts>`;
}

export function settingsXml(doc: PrintDocument, evenOdd: boolean): string {
  const mirror = doc.page.doubleSided && doc.page.binding === 'left';
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:settings xmlns:w="${W_NS}">` +
    `${mirror ? '<w:mirrorMargins/>' : ''}<w:defaultTabStop w:val="420"/>${evenOdd ? '<w:evenAndOddHeaders/>' : ''}` +
    `<w:characterSpacingControl w:val="compressPunctuation"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`
  );
}
