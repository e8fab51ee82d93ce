import { useState } from 'react';

import type { ApplicationSummary } from '../../../../shared/api/applicationCalls';
import type { Pack } from '../../../../shared/packs/packSchema';
import { api } from '../../api/apiClient';
import { useAppStore } from '../../app/appStore';
import { useConfirmedAction } from '../../app/useConfirmedAction';
import { DuplicateDialog } from './DuplicateDialog';
import { EligibilityPanel } from './EligibilityPanel';
import { STATUS_LABEL } from './noticeLabels';

interface Props {
  pack: Pack;
  apps: ApplicationSummary[];
  /** Reload the notice page's lists after a change. */
  onChanged: () => Promise<void> | void;
}

/** One application: open, rename in place, copy for next year, delete (undoable), check its conditions. */
function ApplicationRow({
  pack,
  app,
  onChanged,
  onDelete,
  onDuplicate,
  busy,
}: {
  pack: Pack;
  app: ApplicationSummary;
  onChanged: Props['onChanged'];
  onDelete: () => void;
  onDuplicate: () => void;
  busy: boolean;
}) {
  const go = useAppStore((st) => st.go);
  const showError = useAppStore((st) => st.showError);
  const showNotice = useAppStore((st) => st.showNotice);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  async function rename() {
    const title = renaming?.trim();
    if (!title || title === app.title) return setRenaming(null);
    try {
      await api('application/update', { applicationId: app.id, title });
      showNotice(`已改名为「${title}」`);
      setRenaming(null);
      await onChanged();
    } catch (e) {
      showError(e);
    }
  }

  return (
    <li className="al-row" data-testid={`application-${app.id}`}>
      <div className="al-main">
        {renaming !== null ? (
          <form
            className="al-rename"
            onSubmit={(e) => {
              e.preventDefault();
              void rename();
            }}
          >
            <input
              aria-label="申报名称"
              value={renaming}
              maxLength={200}
              autoFocus
              onChange={(e) => setRenaming(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && setRenaming(null)}
            />
            <button type="submit" className="primary">
              保存
            </button>
            <button type="button" onClick={() => setRenaming(null)}>
              取消
            </button>
          </form>
        ) : (
          <button className="link al-title" onClick={() => go({ page: 'application', applicationId: app.id })}>
            {app.title}
          </button>
        )}
        <span className={`status-badge status-${app.status}`}>{STATUS_LABEL[app.status]}</span>
        <span className="nl-muted al-date">更新于 {new Date(app.updatedAt).toLocaleString('zh-CN')}</span>
        <span className="al-actions">
          {pack.eligibility?.rules.length ? (
            <button onClick={() => setChecking((v) => !v)}>{checking ? '收起条件检查' : '条件检查'}</button>
          ) : null}
          <button onClick={() => setRenaming(app.title)} disabled={busy}>
            重命名
          </button>
          <button onClick={onDuplicate} disabled={busy}>
            复制
          </button>
          <button className="danger-text" onClick={onDelete} disabled={busy}>
            删除
          </button>
        </span>
      </div>
      {checking && (
        <EligibilityPanel
          packId={pack.id}
          params={{}}
          applicationId={app.id}
          mode={pack.kind === 'selfCheck' ? 'selfCheck' : 'eligibility'}
        />
      )}
    </li>
  );
}

/** The school's applications for one notice, each with its status and what can be done with it. */
export function ApplicationList({ pack, apps, onChanged }: Props) {
  const [copying, setCopying] = useState<ApplicationSummary | null>(null);
  const remove = useConfirmedAction<ApplicationSummary>({
    idOf: (a) => a.id,
    question: (a) => ({
      title: '删除这份申报？',
      body: (
        <p>
          将删除「{a.title}」（{STATUS_LABEL[a.status]}）及其中填写的全部内容、佐证材料的选用和确认。删除前会自动备份；
          删除后可在本页「已删除的申报」中恢复。
        </p>
      ),
      confirmLabel: '删除',
    }),
    async run(a) {
      await api('application/delete', { applicationId: a.id });
      return `已删除「${a.title}」，可在「已删除的申报」中恢复`;
    },
    after: onChanged,
  });
  if (!apps.length) return <span className="nl-muted">尚无申报</span>;
  return (
    <>
      {remove.dialog}
      {copying && (
        <DuplicateDialog
          pack={pack}
          app={copying}
          count={apps.length}
          onClose={() => setCopying(null)}
          onDone={async () => {
            setCopying(null);
            await onChanged();
          }}
        />
      )}
      <ul className="nl-apps al-list">
        {apps.map((a) => (
          <ApplicationRow
            key={a.id}
            pack={pack}
            app={a}
            onChanged={onChanged}
            busy={remove.busyId !== null}
            onDelete={() => remove.ask(a)}
            onDuplicate={() => setCopying(a)}
          />
        ))}
      </ul>
    </>
  );
}
