import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import {
  PERSONAL_DATA_NOTICE,
  SCHOOL_PACKAGE_EXT,
  schoolPackageFileName,
} from '../../../../shared/bundles/schoolPackageManifest.js';
import { localDateTimeText } from '../../../../shared/format/localDateTimeText.js';
import { APP_VERSION } from '../../appVersion.js';
import { resolveDbPath } from '../../paths/dataPaths.js';
import { exportSchoolPackage } from '../../schoolPackage/exportSchoolPackage.js';
import { restoreSchoolPackageFile } from '../../schoolPackage/restoreSchoolPackage.js';
import type { CliRunner } from '../cliCommand.js';
import { openCliContext } from '../openCliContext.js';

function mb(n: number): string {
  return `${(n / 1048576).toFixed(1)} MB`;
}

export const schoolExportCommand: CliRunner = {
  async run(args, io) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, out: { type: 'string' } } });
    if (!values.out) throw new AppError('BAD_ARGS', '请用 --out 指定学校数据包的文件名（或所在文件夹）');
    const ctx = await openCliContext(values.db);
    try {
      const store = ctx.store!;
      const now = ctx.now();
      let out = path.resolve(values.out);
      if (fs.existsSync(out) && fs.statSync(out).isDirectory()) {
        const name = (store.db.prepare('SELECT name FROM school WHERE id = 1').get() as { name: string }).name;
        out = path.join(out, schoolPackageFileName(name, now));
      } else if (!out.toLowerCase().endsWith(SCHOOL_PACKAGE_EXT)) {
        // 「--out 学校备份」 made a file with no extension, which 恢复 (and Windows) does not offer.
        out += SCHOOL_PACKAGE_EXT;
      }
      const r = await exportSchoolPackage(store.db, store.path, out, { appVersion: APP_VERSION, now });
      for (const w of r.warnings) io.err(`注意：${w}`);
      io.err(`注意：${PERSONAL_DATA_NOTICE}`);
      io.out(r.path);
      return 0;
    } finally {
      ctx.store?.close();
    }
  },
};

export const schoolImportCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, replace: { type: 'boolean' } },
    });
    const file = positionals[0];
    if (!file) throw new AppError('BAD_ARGS', '请指定学校数据包文件');
    if (!fs.existsSync(file) || !fs.statSync(file).isFile())
      throw new AppError('FILE_NOT_FOUND', `找不到文件：${file}`, { file });
    if (!values.db)
      throw new AppError('BAD_ARGS', '请用 --db 指定恢复到的数据库文件（例如新文件夹中的 school.sqlite）');
    const target = resolveDbPath(values.db);
    const r = await restoreSchoolPackageFile(path.resolve(file), path.basename(file), target, {
      replace: !!values.replace,
      appVersion: APP_VERSION,
      now: new Date(),
    });
    const m = r.staged.manifest;
    io.out(`已恢复「${r.staged.facts.school.name}」到 ${r.dbPath}`);
    io.out(
      `  数据包制作于 ${localDateTimeText(m.createdAt)}（申报通 ${m.appVersion}），全部 ${m.files.length} 个文件的 SHA-256 校验通过`,
    );
    for (const c of r.staged.facts.counts) io.out(`  ${c.label}：${c.rows} 条`);
    const evidenceBytes = m.files.filter((f) => f.kind === 'evidence').reduce((n, f) => n + f.size, 0);
    io.out(
      `  申报 ${r.staged.facts.applications} 份，佐证材料 ${r.staged.facts.evidence.length} 个（${mb(evidenceBytes)}）`,
    );
    if (r.backup) io.out(`替换前的数据库已备份到：${r.backup.path}`);
    for (const w of r.staged.warnings) io.err(`注意：${w}`);
    return 0;
  },
};
