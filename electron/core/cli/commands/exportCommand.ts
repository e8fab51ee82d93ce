import fs from 'node:fs';
import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import { EXPORT_STAGE_LABELS, EXPORT_STAGES } from '../../bundles/buildExportBundle.js';
import { defaultBundleSource } from '../../bundles/bundleSource.js';
import { exportBundleToDir } from '../../bundles/exportApplicationBundle.js';
import { findApplicationForNotice, parseParamFlags } from '../../bundles/findApplicationForNotice.js';
import type { CliCommand } from '../cliCommand.js';
import { openCliContext } from '../openCliContext.js';

export const exportCommand: CliCommand = {
  name: 'export',
  usage: 'export NOTICE_ID --db FILE --out DIR [--param 名称=值] [--pdf] [--timings]',
  summary: '导出申报材料包（zip，按通知要求命名），输出其路径',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        out: { type: 'string' },
        param: { type: 'string', multiple: true },
        pdf: { type: 'boolean' },
        timings: { type: 'boolean' },
      },
    });
    const noticeId = positionals[0];
    if (!noticeId) throw new AppError('BAD_ARGS', '请指定通知编号，例如 henan-2024-346');
    if (!values.out) throw new AppError('BAD_ARGS', '请用 --out 指定输出文件夹');
    const params = parseParamFlags(values.param);
    if (!fs.existsSync(values.out)) fs.mkdirSync(values.out, { recursive: true });
    const ctx = await openCliContext(values.db);
    try {
      const appId = findApplicationForNotice(ctx.store!.db, noticeId, params);
      if (!appId) {
        const p = Object.entries(params)
          .map(([k, v]) => `${k}=${v}`)
          .join('，');
        throw new AppError(
          'APPLICATION_NOT_FOUND',
          `数据库中没有通知「${noticeId}」的申报${p ? `（参数 ${p}）` : ''}，请先在程序中新建该申报`,
        );
      }
      const r = await exportBundleToDir(ctx, appId, values.out, { pdf: !!values.pdf, source: defaultBundleSource });
      for (const w of r.warnings) io.err(`注意：${w}`);
      if (values.timings)
        for (const s of EXPORT_STAGES) io.err(`  ${EXPORT_STAGE_LABELS[s]}（${s}）：${r.timings[s].toFixed(0)} ms`);
      io.out(r.path);
      return 0;
    } finally {
      ctx.store?.close();
    }
  },
};
