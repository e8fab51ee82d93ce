import type { ResolvedApplication } from '../../../../shared/packs/packSchema';

interface Props {
  completeness: ResolvedApplication['completeness'];
  /** Fields still empty or with a problem not accepted, in form order. */
  todo: number;
  onNext(): void;
}

/** How complete the application is; a click goes to the next field still empty or invalid. */
export function CompletenessBar({ completeness: c, todo, onNext }: Props) {
  const pct = c.total ? Math.round((c.filled / c.total) * 100) : 100;
  return (
    <div className="cb-bar" data-testid="completeness">
      <div className="cb-track" aria-hidden>
        <div className="cb-fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="cb-text">
        已填 {c.filled} / {c.total} 项{c.empty > 0 && <>，空 {c.empty} 项</>}
        {c.invalid > 0 && <span className="cb-bad">，{c.invalid} 项有问题</span>}
        {c.accepted > 0 && <>，{c.accepted} 项已确认</>}
      </span>
      <button type="button" disabled={todo === 0} onClick={onNext} title="转到下一个空白或有问题的栏目">
        {todo === 0 ? '全部完成' : '下一项待填 ›'}
      </button>
    </div>
  );
}
