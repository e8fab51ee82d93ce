import { AppError } from '../../../../shared/api/apiError.js';
import { defineCliCommand } from '../defineCliCommand.js';
import { describeInspection } from './describeInspection.js';

export const bundleImportCommand = defineCliCommand({
  options: { 'dry-run': { type: 'boolean' }, new: { type: 'boolean' } },
  positionals: true,
  database: 'open',
  writes: (v) => !v['dry-run'],
  async run(c) {
    const file = c.positionals[0];
    if (!file) throw new AppError('BAD_ARGS', '请指定要导入的 zip 文件');
    const chosen = await c.chooseFile(file, '要导入的 zip 文件');
    const asNew = !!c.values.new;
    if (c.values['dry-run']) {
      for (const l of describeInspection(await c.call('bundle/inspect', { file: chosen.token }), asNew)) c.io.out(l);
      c.io.out('（--dry-run：只做检查，未写入任何内容）');
      return 0;
    }
    const r = await c.call('bundle/import', { file: chosen.token, asNew });
    for (const l of describeInspection(r.inspection, asNew)) c.io.out(l);
    c.io.out('已导入：');
    for (const l of r.taken) c.io.out(`  ${l}`);
    c.io.out(`导入前的备份：${r.backupPath}`);
    return 0;
  },
});
