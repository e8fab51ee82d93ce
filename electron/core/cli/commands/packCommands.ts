import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import type { PackSummary } from '../../../../shared/api/packCalls.js';
import { validatePack } from '../../../../shared/packs/validatePack.js';
import { dispatchCall } from '../../api/dispatchCall.js';
import { parsePackJson } from '../../packs/packLibrary.js';
import type { CliIo, CliRunner } from '../cliCommand.js';
import { callOrThrow, openCliContext } from '../openCliContext.js';

export const packValidateCommand: CliRunner = {
  run(args, io) {
    return Promise.resolve(validateFile(args, io));
  },
};

function validateFile(args: string[], io: CliIo): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) throw new AppError('BAD_ARGS', '请指定通知包文件：pack validate FILE');
  if (!fs.existsSync(file)) throw new AppError('FILE_NOT_FOUND', `找不到文件：${file}`, { file });
  const name = path.basename(file);
  const r = validatePack(parsePackJson(fs.readFileSync(file), name));
  if (r.ok) {
    io.out(
      `OK ${name}：${r.pack.docNo} ${r.pack.title}（${r.pack.fields.length} 个字段，${r.pack.forms.length} 张表单）`,
    );
    return 0;
  }
  io.err(`${name} 有 ${r.problems.length} 处错误：`);
  for (const p of r.problems) io.err(`  ${p.place}（${p.path || '/'}）：${p.message}`);
  return 1;
}

export const packListCommand: CliRunner = {
  async run(args, io) {
    const { values } = parseArgs({ args, options: { db: { type: 'string' } } });
    const ctx = await openCliContext(values.db);
    try {
      const list = await callOrThrow<PackSummary[]>(dispatchCall(ctx, 'pack/list', {}));
      for (const p of list) {
        const days =
          p.daysLeft === null ? '无截止日期' : p.daysLeft < 0 ? `已截止 ${-p.daysLeft} 天` : `剩 ${p.daysLeft} 天`;
        const apps = p.applications.draft + p.applications.exported + p.applications.submitted;
        io.out(`${p.id}\t${p.docNo}\t${p.title}\t截止 ${p.deadline ?? '—'}（${days}）\t申报 ${apps} 份`);
      }
      return 0;
    } finally {
      ctx.store?.close();
    }
  },
};

export const packImportCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { db: { type: 'string' } } });
    const file = positionals[0];
    if (!file) throw new AppError('BAD_ARGS', '请指定通知包文件：pack import FILE --db 学校.sqlite');
    if (!fs.existsSync(file)) throw new AppError('FILE_NOT_FOUND', `找不到文件：${file}`, { file });
    const ctx = await openCliContext(values.db);
    try {
      const r = await callOrThrow<{ id: string; docNo: string; title: string }>(
        dispatchCall(ctx, 'pack/import', {
          file: ctx.files.grantRead(file).token,
        }),
      );
      io.out(`已导入通知 ${r.id}：${r.docNo} ${r.title}`);
      return 0;
    } finally {
      ctx.store?.close();
    }
  },
};
