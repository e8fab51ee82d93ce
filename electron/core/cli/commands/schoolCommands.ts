import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../../shared/api/apiError.js';
import { PERSONAL_DATA_NOTICE, SCHOOL_PACKAGE_EXT } from '../../../../shared/bundles/schoolPackageManifest.js';
import { localDateTimeText } from '../../../../shared/format/localDateTimeText.js';
import { defineCliCommand } from '../defineCliCommand.js';

function mb(n: number): string {
  return `${(n / 1048576).toFixed(1)} MB`;
}

export const schoolExportCommand = defineCliCommand({
  options: { out: { type: 'string' } },
  database: 'open',
  writes: true,
  async run(c) {
    if (!c.values.out) throw new AppError('BAD_ARGS', '请用 --out 指定学校数据包的文件名（或所在文件夹）');
    let out = path.resolve(c.values.out);
    const r = await c.call('schoolPackage/export', {});
    if (fs.existsSync(out) && fs.statSync(out).isDirectory()) out = path.join(out, r.file.fileName);
    // 「--out 学校备份」 made a file with no extension, which 恢复 (and Windows) does not offer.
    else if (!out.toLowerCase().endsWith(SCHOOL_PACKAGE_EXT)) out += SCHOOL_PACKAGE_EXT;
    out = await c.saveOutput(r.file, out);
    for (const w of r.warnings) c.io.err(`注意：${w}`);
    c.io.err(`注意：${PERSONAL_DATA_NOTICE}`);
    c.io.out(out);
    return 0;
  },
});

export const schoolImportCommand = defineCliCommand({
  options: { replace: { type: 'boolean' } },
  positionals: true,
  // Restored into the database --db names (a new one, or one replaced): it is not opened first.
  database: 'unopened',
  writes: true,
  async run(c) {
    const file = c.positionals[0];
    if (!file) throw new AppError('BAD_ARGS', '请指定学校数据包文件');
    if (!fs.existsSync(file) || !fs.statSync(file).isFile())
      throw new AppError('FILE_NOT_FOUND', `找不到文件：${file}`, { file });
    if (!c.values.db)
      throw new AppError('BAD_ARGS', '请用 --db 指定恢复到的数据库文件（例如新文件夹中的 school.sqlite）');
    const target = c.dbPath();
    const chosen = await c.chooseFile(file, '学校数据包文件');
    const { token } = await c.call('schoolPackage/receive', { file: chosen.token });
    const seen = await c.call('schoolPackage/inspect', { token });
    if (seen.current.holdsData && !c.values.replace) {
      await c.call('schoolPackage/discard', { token });
      throw new AppError(
        'SCHOOL_PACKAGE_TARGET_EXISTS',
        `数据库文件已存在且有数据：${target}。恢复学校数据包会替换其中的全部数据；确实要替换时请加 --replace（会先自动备份现有数据库）。未做任何修改`,
        { file: target },
      );
    }
    const r = await c.call('schoolPackage/restore', { token, replace: !!c.values.replace });
    c.io.out(`已恢复「${r.schoolName}」到 ${target}`);
    c.io.out(
      `  数据包制作于 ${localDateTimeText(seen.createdAt)}（申报通 ${seen.appVersion}），全部 ${seen.fileCount} 个文件的 SHA-256 校验通过`,
    );
    for (const n of seen.counts) c.io.out(`  ${n.label}：${n.rows} 条`);
    c.io.out(`  申报 ${seen.applications} 份，佐证材料 ${seen.evidenceFiles} 个（${mb(seen.evidenceBytes)}）`);
    if (r.backupPath) c.io.out(`替换前的数据库已备份到：${r.backupPath}`);
    for (const w of r.warnings) c.io.err(`注意：${w}`);
    return 0;
  },
});
