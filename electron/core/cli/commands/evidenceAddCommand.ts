import { AppError } from '../../../../shared/api/apiError.js';
import { defineCliCommand } from '../defineCliCommand.js';
import { datasetArg } from './datasetArgs.js';

export const evidenceAddCommand = defineCliCommand({
  options: { dataset: { type: 'string' }, row: { type: 'string' }, note: { type: 'string' } },
  positionals: true,
  database: 'open',
  writes: true,
  async run(c) {
    const def = datasetArg(c.values.dataset);
    const row = c.values.row;
    if (!row || !/^\d+$/.test(row)) throw new AppError('BAD_ARGS', '请用 --row 指定记录编号（数字）');
    const file = await c.chooseFile(c.positionals[0], '佐证材料文件');
    const item = await c.call('evidence/add', {
      dataset: def.name,
      rowId: Number(row),
      file: file.token,
      note: c.values.note ?? '',
    });
    c.io.out(
      `已添加佐证材料「${item.name}」（${item.pages ? `${item.pages} 页` : '图片'}）到「${def.label}」第 ${item.rowId} 号记录`,
    );
    return 0;
  },
});
