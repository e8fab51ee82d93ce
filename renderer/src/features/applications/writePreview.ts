// Puts a rendered form into the preview frame. The app's CSP (style-src 'self') also binds the frame,
// so nothing is written as inline style: the print stylesheet is adopted as a constructed sheet (CSSOM,
// not markup) and the pages carry classes only. Writing into the same frame keeps its scroll position
// while the user types.
import { type HtmlPage, htmlPageParts } from '../../../../shared/print/renderHtml';

const BLANK = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>';
export const PREVIEW_BLANK_DOC = BLANK;

/** Writes a print page (its parts, or the whole page as renderHtml made it) into a preview frame. */
export function writePreview(frame: HTMLIFrameElement, page: HtmlPage | string, extraCss: string): boolean {
  const parts = typeof page === 'string' ? htmlPageParts(page) : page;
  const doc = frame.contentDocument;
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!doc || !win || !doc.body) return false;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(`${parts.css}\n${extraCss}`);
  doc.adoptedStyleSheets = [sheet];
  doc.body.innerHTML = parts.body;
  doc.title = parts.title;
  return true;
}
