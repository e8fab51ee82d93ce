import type { TrashedApplicationView } from '../../../../shared/api/applicationCalls';
import { api } from '../../api/apiClient';
import { useConfirmedAction } from '../../app/useConfirmedAction';

/** 已删除的申报: each deletion of this notice, newest first (each was backed up first), restorable in one step (like 导入记录). */
export function DeletedApplications({
  trash,
  onChanged,
}: {
  trash: TrashedApplicationView[];
  onChanged: () => Promise<void> | void;
}) {
  const restore = useConfirmedAction<TrashedApplicationView>({
    idOf: (t) => t.id,
    question: (t) => ({
      title: '恢复这份申报？',
      body: <p>恢复「{t.title}」及其填写的内容、佐证材料的选用和确认。</p>,
      confirmLabel: '恢复',
    }),
    async run(t) {
      const r = await api('application/restore', { trashId: t.id });
      const skipped = r.skippedEvidence ? `；${r.skippedEvidence} 个佐证材料已不在材料库中，未恢复其选用` : '';
      return `已恢复「${r.title}」${skipped}`;
    },
    after: onChanged,
  });
  return (
    <>
      {restore.dialog}
      <table className="nl-table" data-testid="deleted-applications">
        <thead>
          <tr>
            <th>申报</th>
            <th>删除时间</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {trash.map((t) => (
            <tr key={t.id}>
              <td>{t.title}</td>
              <td>{new Date(t.deletedAt).toLocaleString('zh-CN')}</td>
              <td>
                {t.restoredAt ? (
                  <span className="nl-muted">已恢复（{new Date(t.restoredAt).toLocaleString('zh-CN')}）</span>
                ) : (
                  <button onClick={() => restore.ask(t)} disabled={restore.busyId !== null}>
                    {restore.busyId === t.id ? '正在恢复…' : '恢复'}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
