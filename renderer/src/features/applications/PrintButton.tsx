import './printButton.css';

import { useState } from 'react';

import type { Pack, PackForm, ResolvedApplication } from '../../../../shared/packs/packSchema';
import { buildPrintDocument } from '../../../../shared/print/buildPrintDocument';
import { type HtmlPage, htmlPageParts, renderHtml } from '../../../../shared/print/renderHtml';
import { useAppStore } from '../../app/appStore';
import { PREVIEW_BLANK_DOC, writePreview } from './writePreview';

/**
 * Browser mode: the browser's own print dialog on a hidden frame holding the print page (the same
 * page and @page rules the PDF is printed from). No scripts run in the frame; the parent prints it.
 */
function printInFrame(parts: HtmlPage): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.className = 'print-frame';
    frame.dataset.testid = 'print-frame';
    frame.srcdoc = PREVIEW_BLANK_DOC;
    frame.onload = () => {
      try {
        if (!writePreview(frame, parts, '')) throw new Error('打印页面无法生成');
        frame.contentWindow?.print();
        resolve();
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      } finally {
        // print() returns when the dialog closes; the frame is kept a moment for browsers that spool later.
        setTimeout(() => frame.remove(), 60_000);
      }
    };
    document.body.appendChild(frame);
  });
}

/**
 * 打印 for any print page (the HTML renderHtml makes, from which the PDF is printed too): the system
 * print dialog — Electron's in the desktop app, the browser's in browser mode — with the PDF's pages.
 */
export function PrintPageButton({ page, what = '本表' }: { page: () => string | Promise<string>; what?: string }) {
  const [busy, setBusy] = useState(false);
  async function print() {
    setBusy(true);
    try {
      const html = await page();
      if (window.shenbaotong) {
        const r = await window.shenbaotong.printHtml(html);
        if (!r.printed && r.reason && r.reason !== '已取消') throw new Error(`打印没有完成：${r.reason}`);
      } else await printInFrame(htmlPageParts(html));
    } catch (e) {
      useAppStore.getState().showError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <button
      className="print-btn"
      onClick={() => void print()}
      disabled={busy}
      title={`用系统打印对话框打印${what}（与 PDF 页面相同）`}
      data-testid="print-form"
    >
      {busy ? '正在准备打印…' : '打印'}
    </button>
  );
}

/** 打印: the form as the preview shows it, through the system print dialog, with the PDF's pages. */
export function PrintButton({ pack, form, resolved }: { pack: Pack; form: PackForm; resolved: ResolvedApplication }) {
  return <PrintPageButton page={() => renderHtml(buildPrintDocument(pack, form, resolved))} />;
}
