import { type PreviewZoom, stepZoom, ZOOM_STEPS } from './previewFocus';

/** 打印预览 zoom: 适合宽度 or a fixed factor, with − and + (Ctrl + mouse wheel over the page does the same). */
export function ZoomControl({
  zoom,
  shown,
  onChange,
}: {
  zoom: PreviewZoom;
  /** The factor the page is shown at now (适合宽度 included). */
  shown: number;
  onChange: (z: PreviewZoom) => void;
}) {
  const current = shown;
  return (
    <span className="zc-row" role="group" aria-label="预览缩放">
      <button type="button" title="缩小" aria-label="缩小预览" onClick={() => onChange(stepZoom(current, -1))}>
        −
      </button>
      <select
        aria-label="预览缩放比例"
        value={zoom === 'fit' ? 'fit' : String(zoom)}
        onChange={(e) => onChange(e.target.value === 'fit' ? 'fit' : Number(e.target.value))}
      >
        <option value="fit">适合宽度</option>
        {ZOOM_STEPS.map((z) => (
          <option key={z} value={String(z)}>
            {Math.round(z * 100)}%
          </option>
        ))}
      </select>
      <button type="button" title="放大" aria-label="放大预览" onClick={() => onChange(stepZoom(current, 1))}>
        +
      </button>
    </span>
  );
}
