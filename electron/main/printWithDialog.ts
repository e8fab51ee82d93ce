import { z } from 'zod';

import type { PrintPages } from './printPages.js';
import { withPrintWindow } from './printWindow.js';

/** A form's print page as the preview shows it; bounded (the largest forms are a few hundred KB). */
export const printHtmlArgs = z.tuple([
  z
    .string()
    .min(1)
    .max(20 * 1024 * 1024),
]);

/**
 * 打印 in the desktop app: the system print dialog for the same page the PDF is printed from, so the
 * printout has the PDF's pages (sizes and orientations from the page's @page rules).
 */
export function printWithDialog(printPages: PrintPages, html: string): Promise<{ printed: boolean; reason?: string }> {
  return withPrintWindow(
    printPages,
    html,
    (win) =>
      new Promise((resolve) => {
        win.webContents.print({ silent: false, printBackground: true }, (printed, reason) =>
          resolve(printed ? { printed } : { printed, reason: reason === 'cancelled' ? '已取消' : reason }),
        );
      }),
  );
}
