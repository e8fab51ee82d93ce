import { parseArgs } from 'node:util';

import { dispatchCall } from '../../api/dispatchCall.js';
import type { CliRunner } from '../cliCommand.js';
import { callOrThrow, openCliContext } from '../openCliContext.js';
import { readInputFile } from './readInputFile.js';

export const catalogueImportCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, replace: { type: 'boolean' } },
    });
    const { name } = readInputFile(positionals[0], '专业目录文件');
    const ctx = await openCliContext(values.db);
    try {
      const r = await callOrThrow<{ added: number; updated: number; counts: Record<string, number> }>(
        dispatchCall(ctx, 'catalogue/import', {
          file: ctx.files.grantRead(String(positionals[0]), name).token,
          mode: values.replace ? 'replace' : 'merge',
        }),
      );
      const counts = Object.entries(r.counts)
        .map(([level, n]) => `${level} ${n}`)
        .join('，');
      io.out(`已加载专业目录「${name}」：新增 ${r.added}，更正 ${r.updated}。目录现有：${counts}`);
      return 0;
    } finally {
      ctx.store?.close();
    }
  },
};
