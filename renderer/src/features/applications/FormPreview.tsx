import { useEffect, useRef, useState } from 'react';

import type { Pack, PackForm, ResolvedApplication } from '../../../../shared/packs/packSchema';
import { buildPrintDocument } from '../../../../shared/print/buildPrintDocument';
import { type HtmlParts, renderHtmlParts } from '../../../../shared/print/renderHtml';
import { PREVIEW_BLANK_DOC, writePreview } from './writePreview';

const PAGE_PX = 880; // an A4 page (210 mm ≈ 794 px) with the preview's grey border

/** The form as it will print, drawn by the same print model as the DOCX/PDF, in a sandboxed frame. */
export function FormPreview({ pack, form, resolved }: { pack: Pack; form: PackForm; resolved: ResolvedApplication }) {
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
  const zoom = Math.min(1, Math.max(0.35, (width - 8) / (landscape ? PAGE_PX * 1.41 : PAGE_PX)));
  const shownForm = useRef<string | null>(null);
  useEffect(() => {
    if (!frame.current || !frameReady || !html) return;
    writePreview(frame.current, html, `@media screen { html { zoom: ${zoom.toFixed(3)}; } }`);
    // Another form starts at its top; the same form keeps its place while the user types.
    if (shownForm.current !== form.id) frame.current.contentWindow?.scrollTo(0, 0);
    shownForm.current = form.id;
  }, [html, zoom, frameReady, form.id]);

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
