import './bundles.css';

import type { z } from 'zod';

import type { exportProgressSchema } from '../../../../shared/api/bundleCalls';
import { api } from '../../api/apiClient';
import { usePolled } from '../../api/usePolled';
import { EXPORT_STEPS, stepIndex } from './exportStages';

type Progress = z.infer<typeof exportProgressSchema>;

const POLL_MS = 300;

/**
 * The running export's progress bar: polls bundle/exportProgress every 300 ms while `running`
 * and marks each stage (数据 … 打包) done, current or still to come. `detail: false` leaves out the
 * text line (where the caller already shows the stage as text).
 */
export function ExportProgress({
  applicationId,
  running,
  detail = true,
}: {
  applicationId: number;
  running: boolean;
  detail?: boolean;
}) {
  const progress = usePolled<Progress>(
    running ? applicationId : null,
    async (id) => (await api('bundle/exportProgress', { applicationId: Number(id) })).progress,
    POLL_MS,
    true,
  );

  if (!running) return null;
  const at = stepIndex(progress?.stage);
  const done = progress?.fraction === 1;
  const percent = Math.round((progress?.fraction ?? 0) * 100);
  const current = at >= 0 ? EXPORT_STEPS[at].name : '';
  return (
    <div className="xp-progress" data-testid="export-progress">
      <div
        className="xp-bar"
        role="progressbar"
        aria-label="导出进度"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={progress ? `${current}：${progress.label}（${percent}%）` : '正在开始'}
      >
        <div className="xp-fill" style={{ width: `${Math.max(percent, 3)}%` }} />
      </div>
      <ol className="xp-steps">
        {EXPORT_STEPS.map((s, i) => (
          <li key={s.stage} className={done || i < at ? 'done' : i === at ? 'current' : ''}>
            {s.name}
          </li>
        ))}
      </ol>
      {detail && (
        <span className="xp-detail">
          {progress ? `${progress.label}${progress.detail ? `：${progress.detail}` : ''}` : '正在开始…'}
        </span>
      )}
    </div>
  );
}
