import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import type { ApplicationSummary } from '../../../../shared/api/applicationCalls.js';
import type { TrashedApplicationView } from '../../../../shared/api/applicationCalls.js';
import { dispatchCall } from '../../api/dispatchCall.js';
import type { AppContext } from '../../appContext.js';
import { parseParamFlags } from '../../bundles/findApplicationForNotice.js';
import type { CliIo, CliRunner } from '../cliCommand.js';
import { callOrThrow, openCliContext } from '../openCliContext.js';
import { applicationIdArg } from './applicationIdArg.js';

const STATE: Record<ApplicationSummary['status'], string> = { draft: '草稿', exported: '已导出', submitted: '已提交' };

async function withContext(db: string | undefined, run: (ctx: AppContext) => Promise<number>): Promise<number> {
  const ctx = await openCliContext(db);
  try {
    return await run(ctx);
  } finally {
    ctx.store?.close();
  }
}

const warn = (io: CliIo, warnings: string[]) => warnings.forEach((w) => io.err(`注意：${w}`));

async function findApplication(ctx: AppContext, id: number): Promise<ApplicationSummary> {
  const all = await callOrThrow<ApplicationSummary[]>(dispatchCall(ctx, 'application/list', {}));
  const app = all.find((a) => a.id === id);
  if (!app) throw new AppError('APPLICATION_NOT_FOUND', `没有编号为 ${id} 的申报`, { field: 'applicationId' });
  return app;
}

export const applicationCreateCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, param: { type: 'string', multiple: true }, title: { type: 'string' } },
    });
    const packId = positionals[0];
    if (!packId)
      throw new AppError('BAD_ARGS', '请指定通知编号，如：application create henan-2024-346 --db 学校.sqlite');
    const params = parseParamFlags(values.param);
    return withContext(values.db, async (ctx) => {
      const r = await callOrThrow<{ id: number; warnings: string[] }>(
        dispatchCall(ctx, 'application/create', { packId, params, ...(values.title ? { title: values.title } : {}) }),
      );
      warn(io, r.warnings);
      io.out(String(r.id));
      return 0;
    });
  },
};

export const applicationListCommand: CliRunner = {
  async run(args, io) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' }, notice: { type: 'string' } } });
    return withContext(values.db, async (ctx) => {
      // An unknown notice id is an error, not an empty list.
      if (values.notice) await callOrThrow(dispatchCall(ctx, 'pack/get', { packId: values.notice }));
      const list = await callOrThrow<ApplicationSummary[]>(
        dispatchCall(ctx, 'application/list', values.notice ? { packId: values.notice } : {}),
      );
      for (const a of list) io.out(`${a.id}\t${a.packId}\t${a.title}\t${STATE[a.status]}`);
      if (!list.length) io.err('（没有申报）');
      return 0;
    });
  },
};

export const applicationRenameCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, title: { type: 'string' } },
    });
    const id = applicationIdArg(positionals[0] ?? '');
    const title = (values.title ?? positionals.slice(1).join(' ')).trim();
    if (!title) throw new AppError('BAD_ARGS', '请给出新名称：application rename ID 新名称 --db 学校.sqlite');
    return withContext(values.db, async (ctx) => {
      const before = await findApplication(ctx, id);
      await callOrThrow(dispatchCall(ctx, 'application/update', { applicationId: id, title }));
      io.out(`已将第 ${id} 号申报「${before.title}」改名为「${title}」`);
      return 0;
    });
  },
};

export const applicationDuplicateCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, title: { type: 'string' }, param: { type: 'string', multiple: true } },
    });
    const id = applicationIdArg(positionals[0] ?? '');
    const params = parseParamFlags(values.param);
    return withContext(values.db, async (ctx) => {
      const r = await callOrThrow<{ id: number; warnings: string[] }>(
        dispatchCall(ctx, 'application/duplicate', {
          applicationId: id,
          ...(values.title ? { title: values.title } : {}),
          ...(Object.keys(params).length ? { params } : {}),
        }),
      );
      warn(io, r.warnings);
      io.out(String(r.id));
      return 0;
    });
  },
};

export const applicationDeleteCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, yes: { type: 'boolean' } },
    });
    const id = applicationIdArg(positionals[0] ?? '');
    return withContext(values.db, async (ctx) => {
      const app = await findApplication(ctx, id);
      if (!values.yes) {
        io.err(
          `将删除第 ${id} 号申报「${app.title}」（${app.packId}，${STATE[app.status]}）及其填写的内容。确认删除请加 --yes；未删除。`,
        );
        return 2;
      }
      const r = await callOrThrow<{ trashId: number; backupPath: string }>(
        dispatchCall(ctx, 'application/delete', { applicationId: id }),
      );
      io.out(
        `已删除第 ${id} 号申报「${app.title}」。删除前的备份：${r.backupPath}\n恢复：npm run cli -- application restore ${r.trashId} --db …`,
      );
      return 0;
    });
  },
};

export const applicationDeletedCommand: CliRunner = {
  async run(args, io) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
    return withContext(values.db, async (ctx) => {
      const list = await callOrThrow<TrashedApplicationView[]>(dispatchCall(ctx, 'application/trash', {}));
      for (const t of list)
        io.out(
          `${t.id}\t${t.applicationId}\t${t.packId}\t${t.title}\t${t.deletedAt}\t${t.restoredAt ? `已恢复为第 ${t.restoredId} 号` : '可恢复'}`,
        );
      if (!list.length) io.err('（没有删除过申报）');
      return 0;
    });
  },
};

export const applicationRestoreCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } });
    const trashId = applicationIdArg(positionals[0] ?? '');
    return withContext(values.db, async (ctx) => {
      const r = await callOrThrow<{ applicationId: number; title: string; skippedEvidence: number }>(
        dispatchCall(ctx, 'application/restore', { trashId }),
      );
      if (r.skippedEvidence) io.err(`注意：${r.skippedEvidence} 个佐证材料已不在材料库中，未恢复其选用`);
      io.out(`已恢复申报「${r.title}」，编号 ${r.applicationId}`);
      return 0;
    });
  },
};
