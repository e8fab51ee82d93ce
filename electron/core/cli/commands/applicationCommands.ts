import { AppError } from '../../../../shared/api/apiError.js';
import type { ApplicationSummary } from '../../../../shared/api/applicationCalls.js';
import type { CliIo } from '../cliCommand.js';
import { type CallFn, defineCliCommand } from '../defineCliCommand.js';
import { applicationIdArg } from './applicationIdArg.js';
import { paramsOfNotice } from './paramFlags.js';

const STATE: Record<ApplicationSummary['status'], string> = { draft: '草稿', exported: '已导出', submitted: '已提交' };

const warn = (io: CliIo, warnings: string[]) => warnings.forEach((w) => io.err(`注意：${w}`));

async function findApplication(c: { call: CallFn }, id: number): Promise<ApplicationSummary> {
  const app = (await c.call('application/list', {})).find((a) => a.id === id);
  if (!app) throw new AppError('APPLICATION_NOT_FOUND', `没有编号为 ${id} 的申报`, { field: 'applicationId' });
  return app;
}

export const applicationCreateCommand = defineCliCommand({
  options: { param: { type: 'string', multiple: true }, title: { type: 'string' } },
  positionals: true,
  database: 'open',
  writes: true,
  async run(c) {
    const packId = c.positionals[0];
    if (!packId)
      throw new AppError('BAD_ARGS', '请指定通知编号，如：application create henan-2024-346 --db 学校.sqlite');
    const params = await paramsOfNotice(c, c.values.param, packId);
    const r = await c.call('application/create', {
      packId,
      params,
      ...(c.values.title ? { title: c.values.title } : {}),
    });
    warn(c.io, r.warnings);
    c.io.out(String(r.id));
    return 0;
  },
});

export const applicationListCommand = defineCliCommand({
  options: { notice: { type: 'string' } },
  database: 'open',
  writes: false,
  async run(c) {
    const notice = c.values.notice;
    // An unknown notice id is an error, not an empty list.
    if (notice) await c.call('pack/get', { packId: notice });
    const list = await c.call('application/list', notice ? { packId: notice } : {});
    for (const a of list) c.io.out(`${a.id}\t${a.packId}\t${a.title}\t${STATE[a.status]}`);
    if (!list.length) c.io.err('（没有申报）');
    return 0;
  },
});

export const applicationRenameCommand = defineCliCommand({
  options: { title: { type: 'string' } },
  positionals: true,
  database: 'open',
  writes: true,
  async run(c) {
    const id = applicationIdArg(c.positionals[0] ?? '');
    const title = (c.values.title ?? c.positionals.slice(1).join(' ')).trim();
    if (!title) throw new AppError('BAD_ARGS', '请给出新名称：application rename ID 新名称 --db 学校.sqlite');
    const before = await findApplication(c, id);
    await c.call('application/update', { applicationId: id, title });
    c.io.out(`已将第 ${id} 号申报「${before.title}」改名为「${title}」`);
    return 0;
  },
});

export const applicationDuplicateCommand = defineCliCommand({
  options: { title: { type: 'string' }, param: { type: 'string', multiple: true } },
  positionals: true,
  database: 'open',
  writes: true,
  async run(c) {
    const id = applicationIdArg(c.positionals[0] ?? '');
    const params = c.values.param?.length
      ? await paramsOfNotice(c, c.values.param, (await findApplication(c, id)).packId)
      : {};
    const r = await c.call('application/duplicate', {
      applicationId: id,
      ...(c.values.title ? { title: c.values.title } : {}),
      ...(Object.keys(params).length ? { params } : {}),
    });
    warn(c.io, r.warnings);
    c.io.out(String(r.id));
    return 0;
  },
});

export const applicationDeleteCommand = defineCliCommand({
  options: { yes: { type: 'boolean' } },
  positionals: true,
  database: 'open',
  writes: (v) => !!v.yes,
  async run(c) {
    const id = applicationIdArg(c.positionals[0] ?? '');
    const app = await findApplication(c, id);
    if (!c.values.yes) {
      c.io.err(
        `将删除第 ${id} 号申报「${app.title}」（${app.packId}，${STATE[app.status]}）及其填写的内容。确认删除请加 --yes；未删除。`,
      );
      return 2;
    }
    const r = await c.call('application/delete', { applicationId: id });
    c.io.out(
      `已删除第 ${id} 号申报「${app.title}」。删除前的备份：${r.backupPath}\n恢复：npm run cli -- application restore ${r.trashId} --db …`,
    );
    return 0;
  },
});

export const applicationDeletedCommand = defineCliCommand({
  database: 'open',
  writes: false,
  async run(c) {
    const list = await c.call('application/trash', {});
    for (const t of list)
      c.io.out(
        `${t.id}\t${t.applicationId}\t${t.packId}\t${t.title}\t${t.deletedAt}\t${t.restoredAt ? `已恢复为第 ${t.restoredId} 号` : '可恢复'}`,
      );
    if (!list.length) c.io.err('（没有删除过申报）');
    return 0;
  },
});

export const applicationRestoreCommand = defineCliCommand({
  positionals: true,
  database: 'open',
  writes: true,
  async run(c) {
    const trashId = applicationIdArg(c.positionals[0] ?? '');
    const r = await c.call('application/restore', { trashId });
    if (r.skippedEvidence) c.io.err(`注意：${r.skippedEvidence} 个佐证材料已不在材料库中，未恢复其选用`);
    c.io.out(`已恢复申报「${r.title}」，编号 ${r.applicationId}`);
    return 0;
  },
});
