import { AppError } from '../../../../shared/api/apiError.js';
import { defineCliCommand } from '../defineCliCommand.js';

export const packValidateCommand = defineCliCommand({
  positionals: true,
  database: 'none',
  writes: false,
  async run(c) {
    const file = c.positionals[0];
    if (!file) throw new AppError('BAD_ARGS', '请指定通知包文件：pack validate FILE');
    const chosen = await c.chooseFile(file, '通知包文件');
    const r = await c.call('pack/validate', { file: chosen.token });
    if (r.ok && r.pack) {
      const p = r.pack;
      c.io.out(`OK ${chosen.name}：${p.docNo} ${p.title}（${p.fieldCount} 个字段，${p.formCount} 张表单）`);
      return 0;
    }
    c.io.err(`${chosen.name} 有 ${r.problems.length} 处错误：`);
    for (const p of r.problems) c.io.err(`  ${p.place}（${p.path || '/'}）：${p.message}`);
    return 1;
  },
});

export const packListCommand = defineCliCommand({
  database: 'open',
  writes: false,
  async run(c) {
    for (const p of await c.call('pack/list', {})) {
      const days =
        p.daysLeft === null ? '无截止日期' : p.daysLeft < 0 ? `已截止 ${-p.daysLeft} 天` : `剩 ${p.daysLeft} 天`;
      const apps = p.applications.draft + p.applications.exported + p.applications.submitted;
      c.io.out(`${p.id}\t${p.docNo}\t${p.title}\t截止 ${p.deadline ?? '—'}（${days}）\t申报 ${apps} 份`);
    }
    return 0;
  },
});

export const packImportCommand = defineCliCommand({
  positionals: true,
  database: 'open',
  writes: true,
  async run(c) {
    const file = c.positionals[0];
    if (!file) throw new AppError('BAD_ARGS', '请指定通知包文件：pack import FILE --db 学校.sqlite');
    const chosen = await c.chooseFile(file, '通知包文件');
    const r = await c.call('pack/import', { file: chosen.token });
    c.io.out(`已导入通知 ${r.id}：${r.docNo} ${r.title}`);
    return 0;
  },
});
