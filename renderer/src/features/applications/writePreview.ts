// Puts a rendered form page into the preview frame. The app's CSP (style-src 'self') also binds
// the frame, so the page's <style> and style="" attributes would be ignored if loaded as they are;
// styles applied through the CSSOM (a constructed sheet, element.style) are not inline markup and
// apply. Writing into the same frame keeps its scroll position while the user types.

const BLANK = '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>';
export const PREVIEW_BLANK_DOC = BLANK;

export function writePreview(frame: HTMLIFrameElement, html: string, extraCss: string): boolean {
  const doc = frame.contentDocument;
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!doc || !win || !doc.body) return false;
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const css = [...parsed.querySelectorAll('style')].map((s) => s.textContent ?? '').join('\n');
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(`${css}\n${extraCss}`);
  doc.adoptedStyleSheets = [sheet];
  const styles: string[] = [];
  parsed.body.querySelectorAll('[style]').forEach((el) => {
    el.setAttribute('data-pv', String(styles.length));
    styles.push(el.getAttribute('style') ?? '');
    el.removeAttribute('style');
  });
  const fresh = doc.importNode(parsed.body, true) as HTMLElement;
  doc.body.replaceWith(fresh);
  fresh.querySelectorAll<HTMLElement>('[data-pv]').forEach((el) => {
    el.style.cssText = styles[Number(el.getAttribute('data-pv'))];
    el.removeAttribute('data-pv');
  });
  doc.title = parsed.title;
  return true;
}
