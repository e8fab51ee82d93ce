import type { SaveState } from './useDatasetEditor';

/**
 * What happened to what the user typed, always visible, and the page's one save model said once:
 * changes save themselves; what waits (an invalid cell, an unfinished new row) is counted.
 */
export function SaveStatus({
  state,
  unsaved,
  message,
  unit = '行',
}: {
  state: SaveState;
  /** Rows (or form fields) whose change waits. */
  unsaved: number;
  message?: string | null;
  unit?: '行' | '项';
}) {
  let text: string;
  let cls: string = state;
  if (state === 'saving') text = '保存中…';
  else if (state === 'pending') text = '待保存…';
  else if (unsaved > 0) {
    text = unit === '行' ? `${unsaved} 行待改正或补全，其余已保存` : `${unsaved} 项待改正，其余已自动保存`;
    cls = 'failed';
  } else if (state === 'failed') text = message ? '保存失败' : '未保存';
  else text = '已保存';
  return (
    <span
      className={`ds-status ${cls}`}
      data-testid="save-status"
      role="status"
      title={message ?? '修改会自动保存，不需要点「保存」'}
    >
      {text}
    </span>
  );
}
