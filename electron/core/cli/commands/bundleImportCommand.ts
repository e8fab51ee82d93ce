import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import { describeInspection } from '../../bundles/describeInspection.js';
import { importBundle } from '../../bundles/importBundle.js';
import { inspectBundle } from '../../bundles/inspectBundle.js';
import type { CliRunner } from '../cliCommand.js';
import { openCliContext } from '../openCliContext.js';

export const bundleImportCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, new: { type: 'boolean' } },
    });
    const file = positionals[0];
    if (!file) throw new AppError('BAD_ARGS', '请指定要导入的 zip 文件');
    if (!fs.existsSync(file)) throw new AppError('FILE_NOT_FOUND', `找不到文件：${file}`, { file });
    const bytes = fs.readFileSync(file);
    const name = path.basename(file);
    const ctx = await openCliContext(values.db);
    try {
      if (values['dry-run']) {
        for (const l of describeInspection(
          (await inspectBundle(ctx.store!.db, bytes, name, ctx.now())).view,
          !!values.new,
        ))
          io.out(l);
        io.out('（--dry-run：只做检查，未写入任何内容）');
        return 0;
      }
      const r = await importBundle(ctx, bytes, name, { asNew: !!values.new });
      for (const l of describeInspection(r.inspection.view, !!values.new)) io.out(l);
      io.out('已导入：');
      for (const l of r.taken) io.out(`  ${l}`);
      io.out(`导入前的备份：${r.backup.path}`);
      return 0;
    } finally {
      ctx.store?.close();
    }
  },
};
