import fs from 'node:fs';

import type { AppContext } from '../../../electron/core/appContext.js';
import type { OutputFile } from '../../../shared/api/callFields.js';

/** The bytes of a file a call left in the outbox, read where the core keeps it (as a save or download would). */
export function outputBytes(ctx: AppContext, file: OutputFile): Buffer {
  return fs.readFileSync(ctx.files.output(file.token).path);
}

/** The bytes the window is shown under a view token (files/view/<token>), read where the grant points. */
export function shownBytes(ctx: AppContext, file: OutputFile): Buffer {
  return fs.readFileSync(ctx.files.view(file.token).path);
}
