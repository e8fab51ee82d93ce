// The line under the grid: what is wrong with the active cell (its own error, a broken rule with
// 「接受为例外」, a required cell still to fill), a non-blocking warning, or how to use the grid.
import type { FieldDef, RowRule } from '../../../../shared/datasets/datasetDefinition';
import { describeRule } from '../../../../shared/datasets/rowRules';
import type { GridRow } from './gridRow';
import { exceptedRules } from './gridRules';

export interface GridMessageProps {
  /** The active row's own number (序号). */
  rowNumber: number;
  row: GridRow | undefined;
  field: FieldDef | undefined;
  /** The data set's fields and rules across them, to name an accepted exception. */
  fields: readonly FieldDef[];
  rules?: readonly RowRule[];
  /** Non-blocking notes per row id and field. */
  warnings?: ReadonlyMap<number, Readonly<Record<string, string>>>;
  /** Accepts or withdraws a rule exception for the row (absent: the page does not offer it). */
  onException?: (rowKey: string, rule: string, accept: boolean) => void;
}

export function GridMessage({ rowNumber, row, field, fields, rules, warnings, onException }: GridMessageProps) {
  const warning = row?.id !== undefined && field ? warnings?.get(row.id)?.[field.key] : undefined;
  // The rule exception of the active row that shows on this field.
  const excepted = field ? exceptedRules(row, rules)?.get(field.key) : undefined;
  const exceptedRule = excepted ? { rule: excepted.id, text: describeRule({ fields, rules }, excepted) } : undefined;
  const at = field ? `第 ${rowNumber} 行「${field.label}」：` : '';
  const own = field && row ? row.errors?.[field.key] : undefined;
  const rule = field && row && !own ? row.ruleErrors?.[field.key] : undefined;
  let message;
  if (own) message = <span className="dg-msg-error">{at + own}</span>;
  else if (rule)
    message = (
      <span className="dg-msg-error">
        {at + rule.message}。改正其中一个数，或确属如此时
        {onException && row && (
          <button type="button" className="dg-msg-btn" onClick={() => onException(row.key, rule.rule, true)}>
            接受为例外
          </button>
        )}
      </span>
    );
  else if (field && row?.missing?.includes(field.key))
    message = <span className="dg-msg-todo">{at}必填。填完这一行的必填项（标 * 的列）后自动保存</span>;
  else if (warning) message = <span className="dg-msg-warn">{at + warning}</span>;
  else if (exceptedRule && row)
    message = (
      <span className="dg-msg-note">
        {at}已接受为例外：{exceptedRule.text}
        {onException && (
          <button type="button" className="dg-msg-btn" onClick={() => onException(row.key, exceptedRule.rule, false)}>
            撤销例外
          </button>
        )}
      </span>
    );
  else
    message = (
      <span className="dg-msg-hint">
        直接输入即可编辑（支持拼音输入法）；双击或 F2 修改；Ctrl+C / Ctrl+V 与 Excel、WPS 互相复制粘贴；Delete
        清除；Ctrl+Z 撤销，Ctrl+Y 重做
      </span>
    );
  return (
    <div className="dg-message" role="status" data-testid="grid-message">
      {message}
    </div>
  );
}
