import path from 'node:path';

import { AppError } from '../../../../shared/api/apiError.js';
import { defineCliCommand } from '../defineCliCommand.js';

export const diagnosticsCommand = defineCliCommand({
  options: { out: { type: 'string' } },
  // A database that cannot be opened is exactly when support is needed: report without it.
  database: 'optional',
  writes: true,
  async run(c) {
    if (!c.values.out) throw new AppError('BAD_ARGS', '请用 --out 指定要写入的文件');
    await c.open();
    const e = c.openError();
    const openError = e === undefined ? undefined : e instanceof AppError ? e.code : 'ERROR';
    const { file } = await c.call('backup/exportDiagnostics', openError ? { openError } : {});
    const out = await c.saveOutput(file, path.resolve(c.values.out));
    c.io.out(`已写入诊断信息：${out}`);
    return 0;
  },
});
