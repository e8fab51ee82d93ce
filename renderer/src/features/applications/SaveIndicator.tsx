import type { SaveState } from './useApplicationEditor';

const TEXT: Record<SaveState, string> = {
  saved: '已保存',
  pending: '正在输入…',
  saving: '正在保存…',
  error: '保存失败',
};

export function SaveIndicator({ state, error }: { state: SaveState; error: string | null }) {
  return (
    <span className={`save-ind save-${state}`} data-testid="save-status" title={error ?? undefined}>
      {TEXT[state]}
      {state === 'error' && error ? `：${error}` : ''}
    </span>
  );
}
