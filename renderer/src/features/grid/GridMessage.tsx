// The line under the grid: the active cell's error or warning, or how to use the grid.
import type { FieldDef } from '../../../../shared/datasets/datasetDefinition';

export function GridMessage({
  rowNumber,
  field,
  error,
  warning,
}: {
  rowNumber: number;
  field: FieldDef | undefined;
  error?: string;
  warning?: string;
}) {
  let message;
  if (field && error)
    message = (
      <span className="dg-msg-error">
        第 {rowNumber} 行「{field.label}」：{error}
      </span>
    );
  else if (field && warning)
    message = (
      <span className="dg-msg-warn">
        第 {rowNumber} 行「{field.label}」：{warning}
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
