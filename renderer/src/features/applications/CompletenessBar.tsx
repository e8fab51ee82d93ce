import type { FieldsToDo } from './fieldsToDo';

interface Props {
  todo: FieldsToDo;
  /** 佐证材料页码 fields, left out of the count: the export fills them. */
  pageFields: number;
  /** Problems accepted explicitly (they no longer block the export). */
  accepted: number;
  problemsOpen: boolean;
  onShowProblems: () => void;
  onNext: () => void;
}

/**
 * How complete the application is, in one line of the toolbar: 已填 n / m; 「N 项有问题」 opens the
 * list of problems; 「下一项待填」 goes to the next field that blocks the export, then to the
 * optional blanks.
 */
export function CompletenessBar({ todo, pageFields, accepted, problemsOpen, onShowProblems, onNext }: Props) {
  const pct = todo.counted ? Math.round((todo.filled / todo.counted) * 100) : 100;
  const left = todo.problems.length + todo.optional.length;
  const title = [
    `已填 ${todo.filled} / ${todo.counted} 项`,
    todo.optional.length ? `选填的空白 ${todo.optional.length} 项` : '',
    accepted ? `已确认接受的问题 ${accepted} 项` : '',
    pageFields ? `另有 ${pageFields} 处佐证材料页码，导出时按所选佐证材料自动填写` : '',
  ]
    .filter(Boolean)
    .join('；');
  return (
    <div className="cb-bar" data-testid="completeness" title={title}>
      <div className="cb-track" aria-hidden>
        <div className="cb-fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="cb-text">
        已填 {todo.filled} / {todo.counted}
      </span>
      {todo.problems.length > 0 && (
        <button
          type="button"
          className="cb-bad"
          aria-expanded={problemsOpen}
          onClick={onShowProblems}
          data-testid="problem-count"
        >
          {todo.problems.length} 项有问题 ▾
        </button>
      )}
      <button
        type="button"
        disabled={left === 0}
        onClick={onNext}
        title={
          todo.problems.length
            ? `先转到有问题或必填未填的栏目（${todo.problems.length} 项），再到选填的空白栏目`
            : todo.optional.length
              ? `必填栏目都已完成；转到选填的空白栏目（${todo.optional.length} 项）`
              : '全部栏目都已填写'
        }
      >
        {left === 0 ? '全部完成' : '下一项待填 ›'}
      </button>
    </div>
  );
}
