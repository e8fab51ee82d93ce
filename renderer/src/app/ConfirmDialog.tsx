import { type ReactNode, useEffect, useRef } from 'react';

/** A small modal question (删除 …?) in the app's own style; Esc or 取消 closes it. */
export function ConfirmDialog(props: {
  title: string;
  children?: ReactNode;
  confirmLabel?: string;
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const okRef = useRef<HTMLButtonElement>(null);
  useEffect(() => okRef.current?.focus(), []);
  return (
    <div className="ds-dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && props.onCancel()} role="presentation">
      <div className="ds-dialog" role="dialog" aria-modal="true" aria-label={props.title}>
        <h2>{props.title}</h2>
        {props.children}
        <div className="ds-dialog-actions">
          <button onClick={props.onCancel}>取消</button>
          <button ref={okRef} className={props.danger ? 'primary danger' : 'primary'} onClick={props.onConfirm}>
            {props.confirmLabel ?? '确定'}
          </button>
        </div>
      </div>
    </div>
  );
}
