import path from 'node:path';

import { dispatchCall } from '../../../electron/core/api/dispatchCall.js';
import { type AppContext, createAppContext, type PdfPrinter } from '../../../electron/core/appContext.js';
import { APP_VERSION } from '../../../electron/core/appVersion.js';
import { findApplicationForNotice } from '../../../electron/core/bundles/findApplicationForNotice.js';

/** The 346号 notice: the demo school's application the bundle benchmarks export. */
export const DEMO_NOTICE = 'henan-2024-346';

/** The demo school in `dir`/demo.sqlite and the id of its application for DEMO_NOTICE. */
export async function demoApplication(
  dir: string,
  pdfPrinter?: PdfPrinter,
): Promise<{ ctx: AppContext; dbPath: string; appId: number }> {
  const dbPath = path.join(dir, 'demo.sqlite');
  const ctx = createAppContext({
    dbPath,
    dataDir: dir,
    appVersion: APP_VERSION,
    ...(pdfPrinter ? { pdfPrinter } : {}),
  });
  const created = await dispatchCall(ctx, 'store/createDemo', {});
  if (!created.ok) throw new Error(created.error.message);
  const appId = findApplicationForNotice(ctx.store!.db, DEMO_NOTICE, {});
  if (!appId) throw new Error(`demo school has no application for ${DEMO_NOTICE}`);
  return { ctx, dbPath, appId };
}
