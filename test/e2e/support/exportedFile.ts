// What an export wrote, as the user is told: the message under the button names the file and the
// folder it was saved in (browser mode saves through the core into the export folder).
import fs from 'node:fs';

import type { Locator, Page } from 'playwright-core';

export interface ExportedFile {
  path: string;
  bytes: Buffer;
  message: Locator;
}

/** Waits for the export message (at most `timeout` ms) and reads the file it names. */
export async function exportedFile(page: Page, timeout = 90_000): Promise<ExportedFile> {
  const message = page.getByTestId('export-message').filter({ hasText: '已导出' }).last();
  await message.waitFor({ timeout });
  const path = await message.getByTestId('export-folder').getAttribute('title');
  if (!path) throw new Error('导出提示中没有文件位置');
  return { path, bytes: fs.readFileSync(path), message };
}
