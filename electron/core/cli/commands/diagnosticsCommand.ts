import path from 'node:path';
import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import { createAppContext } from '../../appContext.js';
import { APP_VERSION } from '../../appVersion.js';
import { buildDiagnostics } from '../../diagnostics/buildDiagnostics.js';
import { writeBytesAtomicSync } from '../../files/writeFileAtomic.js';
import { defaultDataDir, resolveDbPath } from '../../paths/dataPaths.js';
import type { CliRunner } from '../cliCommand.js';
import { openCliContext } from '../openCliContext.js';

export const diagnosticsCommand: CliRunner = {
  async run(args, io) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, out: { type: 'string' } } });
    if (!values.out) throw new AppError('BAD_ARGS', '请用 --out 指定要写入的文件');
    // A database that cannot be opened is exactly when support is needed: report without it.
    let openError: string | undefined;
    const ctx = await openCliContext(values.db).catch((e: unknown) => {
      openError = (e as { code?: string }).code ?? 'ERROR';
      return createAppContext({ dbPath: resolveDbPath(values.db), dataDir: defaultDataDir(), appVersion: APP_VERSION });
    });
    try {
      const { text } = buildDiagnostics(ctx, openError);
      const out = path.resolve(values.out);
      writeBytesAtomicSync(out, Buffer.from(text, 'utf8'));
      io.out(`已写入诊断信息：${out}`);
      return 0;
    } finally {
      ctx.store?.close();
    }
  },
};
