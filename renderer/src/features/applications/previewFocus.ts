// The preview follows the editor: the field being edited is outlined where it prints and brought
// into view; the page is zoomed to the panel's width or to a chosen factor.

export type PreviewZoom = 'fit' | number;

/** The zoom steps offered (and walked by Ctrl + mouse wheel). */
export const ZOOM_STEPS = [0.5, 0.75, 1, 1.25, 1.5, 2] as const;

const PAGE_PX = 880; // an A4 page (210 mm ≈ 794 px) with the preview's grey border

/** The zoom at which a page fills the panel's width (never above 100 %). */
export function fitZoom(panelWidth: number, landscape: boolean): number {
  return Math.min(1, Math.max(0.35, (panelWidth - 8) / (landscape ? PAGE_PX * 1.41 : PAGE_PX)));
}

/** One step bigger (+1) or smaller (−1) than `current`, within ZOOM_STEPS. */
export function stepZoom(current: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((z) => z > current + 0.001) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1];
  return [...ZOOM_STEPS].reverse().find((z) => z < current - 0.001) ?? ZOOM_STEPS[0];
}

const ACTIVE = 'pv-active';
/** Screen only: the outline never reaches a printout. */
export const ACTIVE_FIELD_CSS = `@media screen { .${ACTIVE} { outline: 2px solid #1d5fbf; outline-offset: 1px; background-color: rgba(29, 95, 191, 0.1) !important; } }`;

/**
 * Outlines every place `field` prints (cells and paragraphs the print model marks with data-field)
 * and, with `scroll`, brings the first into the middle of the frame unless it is already in view.
 * Scrolls only the frame's own window, never the editor around it.
 */
export function markActiveField(frame: HTMLIFrameElement, field: string | null, scroll: boolean): void {
  const doc = frame.contentDocument;
  const win = frame.contentWindow;
  if (!doc || !win) return;
  doc.querySelectorAll(`.${ACTIVE}`).forEach((el) => el.classList.remove(ACTIVE));
  if (!field) return;
  const places = [...doc.querySelectorAll<HTMLElement>('[data-field]')].filter((el) => el.dataset.field === field);
  places.forEach((el) => el.classList.add(ACTIVE));
  if (!scroll || !places.length) return;
  const box = places[0].getBoundingClientRect();
  const view = win.innerHeight;
  if (box.top >= 0 && box.bottom <= view) return;
  win.scrollTo({ top: win.scrollY + box.top - Math.max(16, (view - Math.min(box.height, view)) / 2) });
}
