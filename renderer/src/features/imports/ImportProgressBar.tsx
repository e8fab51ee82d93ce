import type { ImportProgressView } from '../../../../shared/api/importCalls';
import { api } from '../../api/apiClient';
import { usePolled } from '../../api/usePolled';

const POLL_MS = 250;
const STEPS: { stage: ImportProgressView['stage']; name: string }[] = [
  { stage: 'read', name: '读取' },
  { stage: 'check', name: '检查' },
  { stage: 'backup', name: '备份' },
  { stage: 'write', name: '写入' },
];

/** A new key for one import request, to ask import/progress about it. */
export function newProgressKey(): string {
  // getRandomValues, not randomUUID: the latter needs a secure context.
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The progress of a running import or preview (polled while `progressKey` is set): the stages
 * 读取 → 检查 → (备份 → 写入), and while reading, rows read of the sheet's rows as saved.
 */
export function ImportProgressBar({ progressKey, writes }: { progressKey: string | null; writes: boolean }) {
  const progress = usePolled(
    progressKey,
    async (key) => (await api('import/progress', { progressKey: String(key) })).progress,
    POLL_MS,
  );

  if (!progressKey) return null;
  const steps = writes ? STEPS : STEPS.slice(0, 2);
  const at = Math.max(
    0,
    steps.findIndex((s) => s.stage === progress?.stage),
  );
  // Each stage fills its share of the bar; within a stage, rows done of rows known.
  const within = progress?.total ? Math.min(1, progress.done / progress.total) : 0;
  const percent = Math.round(((at + within) / steps.length) * 100);
  const count =
    progress && progress.done > 0
      ? `：${progress.done.toLocaleString('zh-CN')}${progress.total ? ` / ${progress.total.toLocaleString('zh-CN')}` : ''} 行`
      : '';
  const text = progress ? `${progress.label}${count}` : '正在读取文件…';
  return (
    <div className="import-progress-box" data-testid="import-progress">
      <div
        className="import-bar"
        role="progressbar"
        aria-label="导入进度"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <div className="import-bar-fill" style={{ width: `${Math.max(percent, 3)}%` }} />
      </div>
      <ol className="import-stages">
        {steps.map((s, i) => (
          <li key={s.stage} className={i < at ? 'done' : i === at ? 'current' : ''}>
            {s.name}
          </li>
        ))}
      </ol>
      <span className="import-muted">{text}</span>
    </div>
  );
}
