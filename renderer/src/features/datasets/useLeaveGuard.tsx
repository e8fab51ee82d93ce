// A page with drafts that cannot be saved yet asks before the user leaves it (another page, another
// 统计年度, closing the window): 留在此页 keeps everything; 放弃 drops the drafts (valid changes are
// saved anyway as the page closes).
import { type ReactNode, useEffect, useRef, useState } from 'react';

import { registerLeaveGuard } from '../../app/leaveGuard';

/** `pending`: what would be lost, or null. Returns the dialog to render when asking. */
export function useLeaveGuard(pending: string | null): ReactNode {
  const [asking, setAsking] = useState<{ proceed: () => void } | null>(null);
  const pendingRef = useRef(pending);
  useEffect(() => {
    pendingRef.current = pending;
  }, [pending]);
  useEffect(
    () =>
      registerLeaveGuard({
        pending: () => pendingRef.current,
        ask: (proceed) => setAsking({ proceed }),
      }),
    [],
  );
  if (!asking) return null;
  return (
    <LeaveDialog
      what={pending ?? ''}
      onStay={() => setAsking(null)}
      onLeave={() => {
        setAsking(null);
        asking.proceed();
      }}
    />
  );
}

function LeaveDialog({ what, onStay, onLeave }: { what: string; onStay: () => void; onLeave: () => void }) {
  const stayRef = useRef<HTMLButtonElement>(null);
  // Enter keeps the drafts: dropping them takes a deliberate click.
  useEffect(() => stayRef.current?.focus(), []);
  return (
    <div className="ds-dialog-backdrop" role="presentation" onKeyDown={(e) => e.key === 'Escape' && onStay()}>
      <div className="ds-dialog" role="dialog" aria-modal="true" aria-label="有未保存的修改">
        <h2>有未保存的修改</h2>
        <p>{what}。离开后这些修改会丢失；其余修改都已保存。</p>
        <div className="ds-dialog-actions">
          <button className="danger-text" onClick={onLeave}>
            放弃这些修改并离开
          </button>
          <button ref={stayRef} className="primary" onClick={onStay}>
            留在此页修改
          </button>
        </div>
      </div>
    </div>
  );
}
