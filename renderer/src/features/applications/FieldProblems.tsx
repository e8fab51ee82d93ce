import type { FieldProblem } from '../../../../shared/packs/packSchema';

/** A field's problems in place; each can be accepted explicitly (it then no longer blocks export). */
export function FieldProblems({
  problems,
  onAccept,
}: {
  problems: FieldProblem[];
  onAccept: (code: string, accepted: boolean) => void;
}) {
  if (!problems.length) return null;
  return (
    <ul className="fe-problems">
      {problems.map((p, i) => (
        <li key={`${p.code}-${i}`} className={p.accepted ? 'fe-problem accepted' : 'fe-problem'}>
          <span>{p.accepted ? `已确认：${p.message}` : p.message}</span>
          {p.code !== 'required' || p.accepted ? (
            <button type="button" className="link" onClick={() => onAccept(p.code, !p.accepted)}>
              {p.accepted ? '撤销确认' : '确认无误，仍要导出'}
            </button>
          ) : (
            <button type="button" className="link" onClick={() => onAccept(p.code, true)}>
              留空导出
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
