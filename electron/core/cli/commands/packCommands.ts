import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import type { PackSummary } from '../../../../shared/api/packCalls.js';
import type { EligibilityReport } from '../../../../shared/packs/checkEligibility.js';
import { validatePack } from '../../../../shared/packs/validatePack.js';
import { dispatchCall } from '../../api/dispatchCall.js';
import { parsePackJson } from '../../packs/packLibrary.js';
import type { CliCommand } from '../cliCommand.js';
import { callOrThrow, openCliContext } from '../openCliContext.js';

export const packValidateCommand: CliCommand = {
  name: 'pack validate',
  usage: 'pack validate FILE',
  summary: '检查一个通知包文件：打印 OK，或每处错误及其位置',
  async run(args, io) {
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
  },
};

export const packListCommand: CliCommand = {
  name: 'pack list',
  usage: 'pack list --db FILE',
  summary: '列出通知库中的通知（文号、截止日期、剩余天数、申报数）',
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

function show(v: unknown, unit?: string): string {
  if (v === null || v === undefined) return '—';
  if (typeof v === 'boolean') return v ? '是' : '否';
  return `${String(v)}${unit ?? ''}`;
}

export const checkCommand: CliCommand = {
  name: 'check',
  usage: 'check NOTICE_ID --db FILE [--param key=value]…',
  summary: '按基础数据检查一个通知的申报条件，打印每项条件与总体结论',
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, param: { type: 'string', multiple: true } },
    });
    const packId = positionals[0];
    if (!packId) {
      io.err('请指定通知编号，如：check henan-2024-346 --db school.sqlite');
      return 2;
    }
    const params: Record<string, string> = {};
    for (const p of values.param ?? []) {
      const i = p.indexOf('=');
      if (i <= 0) {
        io.err(`参数应写成 key=value：${p}`);
        return 2;
      }
      params[p.slice(0, i)] = p.slice(i + 1);
    }
    let ctx;
    try {
      ctx = await openCliContext(values.db);
      const r = await callOrThrow<EligibilityReport>(dispatchCall(ctx, 'eligibility/check', { packId, params }));
      const paramText = Object.entries(r.paramLabels)
        .map(([k, v]) => `${k}=${v}`)
        .join('，');
      // A self-check measures the school against targets: say 达标/未达标, never 符合申报条件.
      const words = r.selfCheck
        ? { title: '目标自查', none: '此通知没有可自查的目标。', met: '达标', unmet: '未达标', bar: '目标' }
        : { title: '申报条件检查', none: '此通知没有申报条件。', met: '通过', unmet: '未通过', bar: '门槛' };
      io.out(`${words.title}：${packId}${paramText ? `（${paramText}）` : ''}`);
      if (!r.rules.length) io.out(words.none);
      for (const c of r.rules) {
        const state = c.passed === true ? words.met : c.passed === false ? words.unmet : '待确认';
        io.out(`${c.id}. ${c.label}`);
        io.out(
          `   学校数据 ${show(c.figure, c.unit)}　${words.bar} ${c.op} ${show(c.threshold, c.unit)}　${state}　来源：${c.source}${c.error ? `　（${c.error}）` : ''}`,
        );
        if (c.passed === false && c.hint) io.out(`   需改变：${c.hint}`);
      }
      if (!r.selfCheck)
        for (const g of r.groups)
          io.out(
            `${g.label}：达标 ${g.passedCount} 项，需 ${g.required} 项${g.unknownCount ? `，待确认 ${g.unknownCount} 项` : ''}`,
          );
      io.out(`${r.selfCheck ? '自查结果' : '结论'}：${r.verdictText}`);
      return 0;
    } catch (e) {
      if (e instanceof AppError) {
        io.err(`错误：${e.message}`);
        for (const d of e.details ?? []) io.err(`  ${d.message}`);
        return 2;
      }
      throw e;
    } finally {
      ctx?.store?.close();
    }
  },
};
