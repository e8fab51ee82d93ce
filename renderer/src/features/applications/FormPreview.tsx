import { useEffect, useRef, useState } from 'react';

import type { Pack, PackForm, ResolvedApplication } from '../../../../shared/packs/packSchema';
import { buildPrintDocument } from '../../../../shared/print/buildPrintDocument';
import { type HtmlParts, renderHtmlParts } from '../../../../shared/print/renderHtml';
import { ACTIVE_FIELD_CSS, fitZoom, markActiveField, type PreviewZoom } from './previewFocus';
import { PREVIEW_BLANK_DOC, writePreview } from './writePreview';

/**
 * The form as it will print, drawn by the same print model as the DOCX/PDF, in a sandboxed frame.
 * `zoom` is 'fit' (the page fills the panel's width) or a factor; `activeField` (the field being
 * edited) is outlined where it prints and scrolled into view when it changes.
 */
export function FormPreview({
  pack,
  form,
  resolved,
  zoom: zoomChoice = 'fit',
  activeField = null,
  onZoomWheel,
  onShownZoom,
}: {
  pack: Pack;
  form: PackForm;
  resolved: ResolvedApplication;
  zoom?: PreviewZoom;
  activeField?: string | null;
  /** Ctrl + mouse wheel over the page: one zoom step from the zoom shown now. */
  onZoomWheel?: (direction: 1 | -1, shown: number) => void;
  /** The zoom the page is shown at (what 适合宽度 comes to), for the zoom control's steps. */
  onShownZoom?: (zoom: number) => void;
}) {
  const [html, setHtml] = useState<HtmlParts | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [width, setWidth] = useState(600);
  const [frameReady, setFrameReady] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setWidth(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Re-drawn a moment after typing stops, so typing stays fluid on long forms.
  useEffect(() => {
    const t = setTimeout(() => {
      try {
        setHtml(renderHtmlParts(buildPrintDocument(pack, form, resolved)));
        setError(null);
      } catch (e) {
        setError(`预览无法生成：${(e as Error).message}`);
      }
    }, 250);
    return () => clearTimeout(t);
  }, [pack, form, resolved]);

  // Landscape pages (a wide table in a portrait form too) set the width the preview must fit.
  const landscape = html ? html.pages.some((p) => p.orientation === 'landscape') : form.orientation === 'landscape';
  const zoom = zoomChoice === 'fit' ? fitZoom(width, landscape) : zoomChoice;
  useEffect(() => onShownZoom?.(zoom), [zoom, onShownZoom]);
  const shownForm = useRef<string | null>(null);
  useEffect(() => {
    if (!frame.current || !frameReady || !html) return;
    writePreview(frame.current, html, `@media screen { html { zoom: ${zoom.toFixed(3)}; } } ${ACTIVE_FIELD_CSS}`);
    // Another form starts at its top; the same form keeps its place while the user types.
    if (shownForm.current !== form.id) frame.current.contentWindow?.scrollTo(0, 0);
    shownForm.current = form.id;
  }, [html, zoom, frameReady, form.id]);
  // After every redraw too: what is typed stays outlined and in view.
  useEffect(() => {
    if (frame.current && frameReady) markActiveField(frame.current, activeField, true);
  }, [activeField, frameReady, html, zoom]);
  const wheel = useRef(onZoomWheel);
  const shownZoom = useRef(zoom);
  useEffect(() => {
    wheel.current = onZoomWheel;
    shownZoom.current = zoom;
  });
  useEffect(() => {
    const doc = frameReady ? frame.current?.contentDocument : null;
    if (!doc) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey || !wheel.current) return;
      e.preventDefault();
      wheel.current(e.deltaY < 0 ? 1 : -1, shownZoom.current);
    };
    doc.addEventListener('wheel', onWheel, { passive: false });
    return () => doc.removeEventListener('wheel', onWheel);
  }, [frameReady]);

  return (
    <div className="fp-box" ref={box}>
      {error && <div className="banner banner-error">{error}</div>}
      {/* No allow-scripts: the page has no scripts and may never run any; same origin so the editor can write into it. */}
      <iframe
        ref={frame}
        className="fp-frame"
        title={`预览：${form.title}`}
        sandbox="allow-same-origin"
        srcDoc={PREVIEW_BLANK_DOC}
        onLoad={() => setFrameReady(true)}
        data-testid="form-preview"
      />
    </div>
  );
}
