import { defineCliCommand } from '../defineCliCommand.js';

export const catalogueImportCommand = defineCliCommand({
  options: { replace: { type: 'boolean' } },
  positionals: true,
  database: 'open',
  writes: true,
  async run(c) {
    const file = await c.chooseFile(c.positionals[0], '专业目录文件');
    const r = await c.call('catalogue/import', {
      file: file.token,
      mode: c.values.replace ? 'replace' : 'merge',
    });
    const counts = Object.entries(r.counts)
      .map(([level, n]) => `${level} ${n}`)
      .join('，');
    c.io.out(`已加载专业目录「${file.name}」：新增 ${r.added}，更正 ${r.updated}。目录现有：${counts}`);
    return 0;
  },
});
