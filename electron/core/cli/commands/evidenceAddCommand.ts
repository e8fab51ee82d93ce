import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import type { EvidenceItem } from '../../../../shared/api/evidenceCalls.js';
import { dispatchCall } from '../../api/dispatchCall.js';
import type { CliRunner } from '../cliCommand.js';
import { callOrThrow, openCliContext } from '../openCliContext.js';
import { datasetArg } from './importCommand.js';
import { readInputFile } from './readInputFile.js';

export const evidenceAddCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        dataset: { type: 'string' },
        row: { type: 'string' },
        note: { type: 'string' },
      },
    });
    const def = datasetArg(values.dataset);
    if (!values.row || !/^\d+$/.test(values.row)) throw new AppError('BAD_ARGS', '请用 --row 指定记录编号（数字）');
    const { name } = readInputFile(positionals[0], '佐证材料文件');
    const ctx = await openCliContext(values.db);
    try {
      const item = await callOrThrow<EvidenceItem>(
        dispatchCall(ctx, 'evidence/add', {
          dataset: def.name,
          rowId: Number(values.row),
          file: ctx.files.grantRead(String(positionals[0]), name).token,
          note: values.note ?? '',
        }),
      );
      io.out(
        `已添加佐证材料「${item.name}」（${item.pages ? `${item.pages} 页` : '图片'}）到「${def.label}」第 ${item.rowId} 号记录`,
      );
      return 0;
    } finally {
      ctx.store?.close();
    }
  },
};
