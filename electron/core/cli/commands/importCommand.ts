import { parseArgs } from 'node:util';

import { AppError } from '../../../../shared/api/apiError.js';
import { placedLine } from '../../../../shared/api/describePlace.js';
import type { DatasetDef } from '../../../../shared/datasets/datasetDefinition.js';
import { DATASET_NAMES, findDataset } from '../../../../shared/datasets/datasetRegistry.js';
import { applyImport } from '../../imports/applyImport.js';
import { placeOf } from '../../imports/importProblem.js';
import { prepareImport } from '../../imports/previewImport.js';
import type { CliRunner } from '../cliCommand.js';
import { openCliContext } from '../openCliContext.js';
import { readInputFile } from './readInputFile.js';

export function datasetArg(name: string | undefined) {
  if (!name) throw new AppError('BAD_ARGS', `请用 --dataset 指定数据集：${DATASET_NAMES.join('、')}`);
  const def = findDataset(name);
  if (!def) throw new AppError('UNKNOWN_DATASET', `没有数据集「${name}」。可用：${DATASET_NAMES.join('、')}`);
  return def;
}

export function yearArg(y: string | undefined): number | undefined {
  if (y === undefined) return undefined;
  if (!/^\d{4}$/.test(y)) throw new AppError('BAD_ARGS', `--year 应为四位年份，收到「${y}」`);
  return Number(y);
}

/** --set 办学层次=高职专科 (label or key): one value for every row of a column the file lacks. */
function constantsArg(def: DatasetDef, sets: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of sets) {
    const at = s.indexOf('=');
    const name = at > 0 ? s.slice(0, at).trim() : '';
    const f = def.fields.find((x) => x.key === name || x.label === name);
    if (!f)
      throw new AppError(
        'BAD_ARGS',
        `--set ${s}：「${def.label}」没有字段「${name || s}」（写成 --set 字段名=值，如 --set 办学层次=高职专科）`,
      );
    out[f.key] = s.slice(at + 1).trim();
  }
  return out;
}

export const importCommand: CliRunner = {
  async run(args, io) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        dataset: { type: 'string' },
        db: { type: 'string' },
        year: { type: 'string' },
        sheet: { type: 'string' },
        set: { type: 'string', multiple: true },
        'accept-rule-exceptions': { type: 'boolean' },
      },
    });
    const def = datasetArg(values.dataset);
    const year = yearArg(values.year);
    const { name: fileName, bytes } = readInputFile(positionals[0], '要导入的文件');
    const constants = constantsArg(def, values.set ?? []);
    const ctx = await openCliContext(values.db);
    try {
      const store = ctx.store!;
      const acceptRuleExceptions = values['accept-rule-exceptions'] ?? false;
      const p = await prepareImport(
        def,
        { fileName, bytes, year, sheet: values.sheet, constants, acceptRuleExceptions },
        store.db,
      );
      if (p.alsoMatching.length) {
        const all = [p.sheet.name, ...p.alsoMatching].map((n) => `「${n}」`).join('、');
        io.err(
          `「${fileName}」中有多个工作表像「${def.label}」表（${all}），未导入任何数据。请用 --sheet 指定要导入的工作表，例如 --sheet "${p.alsoMatching[0]}"`,
        );
        return 1;
      }
      for (const note of p.parsed.notes) io.out(`注意：${note}`);
      if (p.parsed.problemCount) {
        io.err(`「${fileName}」中有 ${p.parsed.problemCount} 处问题，未导入任何数据：`);
        for (const pr of p.parsed.problems) io.err(`  ${placedLine(pr.message, placeOf(pr))}`);
        if (p.parsed.problemCount > p.parsed.problems.length)
          io.err(`  ……另有 ${p.parsed.problemCount - p.parsed.problems.length} 处问题未列出`);
        if (p.parsed.ruleProblemCount)
          io.err(
            `其中 ${p.parsed.ruleProblemCount} 处是字段之间的规则（如 金额 = 单价 × 数量）；如确属例外，可加 --accept-rule-exceptions 照常导入并记为已接受的例外`,
          );
        return 1;
      }
      const r = await applyImport(store.db, store.path, def, p, ctx.now());
      io.out(
        `已导入「${def.label}」${r.inserted + r.updated} 行（新增 ${r.inserted}，更新 ${r.updated}），来自工作表「${p.sheet.name}」。导入批次 ${r.batchId}，导入前已自动备份：${r.backupPath}`,
      );
      return 0;
    } finally {
      ctx.store?.close();
    }
  },
};
