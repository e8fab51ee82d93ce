import { AppError } from '../../../../shared/api/apiError.js';
import { placedLine } from '../../../../shared/api/describePlace.js';
import type { DatasetDef } from '../../../../shared/datasets/datasetDefinition.js';
import { defineCliCommand } from '../defineCliCommand.js';
import { datasetArg, yearArg } from './datasetArgs.js';

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

export const importCommand = defineCliCommand({
  options: {
    dataset: { type: 'string' },
    year: { type: 'string' },
    sheet: { type: 'string' },
    set: { type: 'string', multiple: true },
    'accept-rule-exceptions': { type: 'boolean' },
  },
  positionals: true,
  database: 'open',
  writes: true,
  async run(c) {
    const def = datasetArg(c.values.dataset);
    const year = yearArg(c.values.year);
    const file = await c.chooseFile(c.positionals[0], '要导入的文件');
    const constants = constantsArg(def, c.values.set ?? []);
    const acceptRuleExceptions = c.values['accept-rule-exceptions'] ?? false;
    try {
      const r = await c.call('import/apply', {
        dataset: def.name,
        file: file.token,
        ...(year !== undefined ? { year } : {}),
        ...(c.values.sheet !== undefined ? { sheet: c.values.sheet } : {}),
        constants,
        acceptRuleExceptions,
        sheetMustBeClear: true,
      });
      for (const note of r.notes) c.io.out(`注意：${note}`);
      c.io.out(
        `已导入「${def.label}」${r.inserted + r.updated} 行（新增 ${r.inserted}，更新 ${r.updated}），来自工作表「${r.sheet}」。导入批次 ${r.batchId}，导入前已自动备份：${r.backupPath}`,
      );
      return 0;
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      if (e.code === 'IMPORT_SHEET_AMBIGUOUS') {
        const sheets = (e.details ?? []).map((d) => d.message);
        c.io.err(
          `「${file.name}」中有多个工作表像「${def.label}」表（${sheets.map((n) => `「${n}」`).join('、')}），未导入任何数据。请用 --sheet 指定要导入的工作表，例如 --sheet "${sheets[1]}"`,
        );
        return 1;
      }
      if (e.code !== 'IMPORT_HAS_PROBLEMS') throw e;
      // Every problem on its own line, placed as the file shows it (sheet, row, column).
      c.io.err(e.message);
      for (const d of e.details ?? []) {
        // The first line names the file: each problem's place starts at its sheet.
        c.io.err(`  ${placedLine(d.message, { ...d.where, file: undefined })}`);
      }
      if (def.rules?.length && !acceptRuleExceptions)
        c.io.err(
          '如其中有字段之间的规则（如 金额 = 单价 × 数量）确属例外，可加 --accept-rule-exceptions 照常导入并记为已接受的例外',
        );
      return 1;
    }
  },
});
