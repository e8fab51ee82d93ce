import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import { applicationCopyHandlers } from '../../applications/applicationCopyHandlers.js';
import { EXPORT_STAGE_LABELS, EXPORT_STAGES } from '../../bundles/buildExportBundle.js';
import { defaultBundleSource } from '../../bundles/bundleSource.js';
import { exportBundleToDir } from '../../bundles/exportApplicationBundle.js';
import { parseParamFlags } from '../../bundles/findApplicationForNotice.js';
import { writeBytesAtomicSync } from '../../files/writeFileAtomic.js';
import { eligibilityReportFile } from '../../packs/eligibilityReportFile.js';
import { getLibraryPack } from '../../packs/packLibrary.js';
import { pickApplication } from '../../packs/pickApplication.js';
import type { CliRunner } from '../cliCommand.js';
import { openCliContext } from '../openCliContext.js';
import { applicationIdArg } from './applicationIdArg.js';
import { exportChecklistLines } from './exportChecklistLines.js';

export const exportCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        out: { type: 'string' },
        application: { type: 'string' },
        param: { type: 'string', multiple: true },
        pdf: { type: 'boolean' },
        timings: { type: 'boolean' },
      },
    });
    const noticeId = positionals[0];
    if (!noticeId) throw new AppError('BAD_ARGS', '请指定通知编号，例如 henan-2024-346');
    if (!values.out) throw new AppError('BAD_ARGS', '请用 --out 指定输出文件夹');
    const params = parseParamFlags(values.param);
    const applicationId = values.application ? applicationIdArg(values.application) : undefined;
    const ctx = await openCliContext(values.db);
    try {
      const db = ctx.store!.db;
      const { pack } = getLibraryPack(db, noticeId);
      if (pack.kind === 'programme')
        throw new AppError(
          'PACK_HAS_NO_FORMS',
          `通知「${noticeId}」（${pack.docNo}）是项目通知，不附申报表，没有可导出的材料；各项目另行发文组织申报`,
        );
      if (pack.kind === 'selfCheck') {
        // A notice of targets: what it produces is the school's 目标自查表, no application needed.
        fs.mkdirSync(values.out, { recursive: true });
        for (const format of values.pdf ? (['docx', 'xlsx', 'pdf'] as const) : (['docx', 'xlsx'] as const)) {
          const f = await eligibilityReportFile(ctx, { packId: pack.id, params, applicationId }, format);
          const file = path.join(values.out, f.fileName);
          writeBytesAtomicSync(file, f.bytes);
          io.out(file);
        }
        return 0;
      }
      const appId = pickApplication(db, pack, params, applicationId, ctx.now());
      const checklist = await applicationCopyHandlers['application/exportChecklist']({ applicationId: appId }, ctx);
      for (const l of exportChecklistLines(checklist, noticeId, appId)) io.err(l);
      fs.mkdirSync(values.out, { recursive: true });
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
