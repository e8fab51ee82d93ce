import path from 'node:path';
import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import { rowsForExport } from '../../datasets/rowsForExport.js';
import { writeBytesAtomicSync } from '../../files/writeFileAtomic.js';
import { exportDatasetXlsx } from '../../imports/exportDatasetXlsx.js';
import type { CliRunner } from '../cliCommand.js';
import { openCliContext } from '../openCliContext.js';
import { datasetArg, yearArg } from './importCommand.js';

export const dataExportCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        year: { type: 'string' },
        json: { type: 'boolean' },
        xlsx: { type: 'string' },
      },
    });
    const def = datasetArg(positionals[0]);
    const year = yearArg(values.year);
    if (!values.json && !values.xlsx) throw new AppError('BAD_ARGS', '请用 --json 或 --xlsx 文件名 指定导出方式');
    const ctx = await openCliContext(values.db);
    try {
      // Durable records (a teacher, an asset) carry their own dates, not a statistical year.
      if (year !== undefined && !def.yearly)
        io.err(`注意：「${def.label}」不按统计年度保存，--year ${year} 对它不起作用，导出全部记录`);
      const rows = rowsForExport(ctx.store!.db, def, year);
      if (values.json) io.out(JSON.stringify(rows, null, 2));
      if (values.xlsx) {
        const out = path.resolve(values.xlsx);
        const { bytes } = await exportDatasetXlsx(def, rows, year);
        try {
          writeBytesAtomicSync(out, bytes);
        } catch (e) {
          throw new AppError('WRITE_FAILED', `无法写入文件：${out}（${(e as Error).message}）`, { file: out });
        }
        // With --json, stdout carries only the JSON, so the confirmation goes to stderr.
        const done = `已导出「${def.label}」${rows.length} 行到 ${out}`;
        if (values.json) io.err(done);
        else io.out(done);
      }
      return 0;
    } finally {
      ctx.store?.close();
    }
  },
};
