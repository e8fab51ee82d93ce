import path from 'node:path';

import { AppError } from '../../../../shared/api/apiError.js';
import { defineCliCommand } from '../defineCliCommand.js';
import { datasetArg, yearArg } from './datasetArgs.js';

export const dataExportCommand = defineCliCommand({
  options: { year: { type: 'string' }, json: { type: 'boolean' }, xlsx: { type: 'string' } },
  positionals: true,
  database: 'open',
  writes: (v) => !!v.xlsx,
  async run(c) {
    const def = datasetArg(c.positionals[0]);
    const year = yearArg(c.values.year);
    const { json, xlsx } = c.values;
    if (!json && !xlsx) throw new AppError('BAD_ARGS', '请用 --json 或 --xlsx 文件名 指定导出方式');
    const { rows } = await c.call('dataset/exportRows', { dataset: def.name, year });
    // Durable records (a teacher, an asset) carry their own dates, not a statistical year.
    if (year !== undefined && !def.yearly)
      c.io.err(`注意：「${def.label}」不按统计年度保存，--year ${year} 对它不起作用，导出全部记录`);
    if (json) c.io.out(JSON.stringify(rows, null, 2));
    if (xlsx) {
      const { file } = await c.call('dataset/exportXlsx', { dataset: def.name, year });
      const out = await c.saveOutput(file, path.resolve(xlsx));
      // With --json, stdout carries only the JSON, so the confirmation goes to stderr.
      const done = `已导出「${def.label}」${rows.length} 行到 ${out}`;
      if (json) c.io.err(done);
      else c.io.out(done);
    }
    return 0;
  },
});
