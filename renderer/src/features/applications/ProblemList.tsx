import { useEffect, useRef } from 'react';

import type { Pack, ResolvedField } from '../../../../shared/packs/packSchema';
import type { ToDoItem } from './fieldsToDo';
import { formTabLabel } from './formSections';

export interface ProblemTarget {
  formId: string;
  key: string;
  /** Table fields: `${row}:${columnKey}` of the cell at fault. */
  cell?: string;
}

/**
 * 「N 项有问题」 opened: every problem not yet fixed or accepted, by form, each naming its field (and
 * row and column in a table); a click goes to the field. Esc or a click elsewhere closes the list.
 */
export function ProblemList({
  pack,
  fields,
  problems,
  onGo,
  onClose,
}: {
  pack: Pack;
  fields: Record<string, ResolvedField>;
  problems: ToDoItem[];
  onGo: (target: ProblemTarget) => void;
  onClose: () => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLElement>('button')?.focus();
    const onDown = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) onClose();
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [onClose]);

  const defs = new Map(pack.fields.map((f) => [f.key, f]));
  const columnLabel = (key: string, column?: string) =>
    column ? (defs.get(key)?.columns?.find((c) => c.key === column)?.label ?? '') : '';
  return (
    <div
      className="pl-popover"
      ref={box}
      role="dialog"
      aria-label="有问题的栏目"
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
      data-testid="problem-list"
    >
      <div className="pl-head">
        <span>有问题的栏目（点击转到该处修改，或在该处确认无误）</span>
        <button type="button" className="link" onClick={onClose}>
          关闭
        </button>
      </div>
      <ol className="pl-items">
        {problems.flatMap((item) => {
          const f = fields[item.key];
          const form = pack.forms.find((x) => x.id === item.formId);
          return (f?.problems ?? [])
            .filter((p) => !p.accepted)
            .map((p, i) => {
              const place = [
                p.row ? `第 ${p.row} 行` : '',
                columnLabel(item.key, p.column) ? `「${columnLabel(item.key, p.column)}」` : '',
              ].join('');
              // The core's message often names the row and column already.
              const where = place && !p.message.includes(place) ? place : '';
              return (
                <li key={`${item.key}-${i}`}>
                  <button
                    type="button"
                    className="pl-item"
                    onClick={() => onGo({ ...item, ...(p.row && p.column ? { cell: `${p.row}:${p.column}` } : {}) })}
                  >
                    <span className="pl-form">{form ? formTabLabel(form) : ''}</span>
                    <span className="pl-field">
                      {f.label}
                      {where && <span className="pl-where">{where}</span>}
                    </span>
                    <span className="pl-message">{p.message}</span>
                  </button>
                </li>
              );
            });
        })}
      </ol>
    </div>
  );
}
