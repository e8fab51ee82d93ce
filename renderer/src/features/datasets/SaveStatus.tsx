import type { SaveState } from './useDatasetEditor';

/** 已保存 / 保存中 / 有 N 处错误: what happened to what the user typed, always visible. */
export function SaveStatus({ state, errors, message }: { state: SaveState; errors: number; message?: string | null }) {
  let text: string;
  let cls: string = state;
  if (errors > 0) {
    text = `有 ${errors} 处错误，改正后自动保存`;
    cls = 'failed';
  } else if (state === 'saving') text = '保存中…';
  else if (state === 'pending') text = '待保存…';
  else if (state === 'failed') text = message ? '保存失败' : '未保存';
  else text = '已保存';
  return (
    <span className={`ds-status ${cls}`} data-testid="save-status" role="status" title={message ?? undefined}>
      {text}
    </span>
  );
}
