// A form of the pack being designed, drawn as it prints (cover, titles, paragraphs, tables with
// their merges and widths), with every field as a chip in its place. Not the print preview itself:
// a working view where each blank can be clicked.
import type { ReactNode } from 'react';

import type { FieldNote } from '../../../../shared/drafting/draftTypes';
import type { PackCell } from '../../../../shared/packs/packSchema';
import { FieldChip } from './FieldChip';
import type { DesignField, DesignPack } from './packEdits';

type Form = DesignPack['forms'][number];
type Block = Form['blocks'][number];

export interface ChipProps {
  fields: Map<string, DesignField>;
  notes: Record<string, FieldNote>;
  preview: Record<string, { text: string; error?: string }>;
  selected: string | null;
  onSelect(key: string): void;
}

const MM = 3.1; // px per mm on screen

/** Text with {{key}} blanks: the text as printed, each blank a chip. */
function Inline({ text, chips }: { text: string; chips: ChipProps }): ReactNode {
  const out: ReactNode[] = [];
  let at = 0;
  for (const m of text.matchAll(/\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    const key = m[1];
    out.push(
      <FieldChip
        key={`${key}-${m.index}`}
        field={chips.fields.get(key)}
        note={chips.notes[key]}
        preview={chips.preview[key]}
        selected={chips.selected === key}
        onSelect={() => chips.onSelect(key)}
      />,
    );
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return <>{out}</>;
}

function chipFor(key: string, chips: ChipProps) {
  return (
    <FieldChip
      field={chips.fields.get(key)}
      note={chips.notes[key]}
      preview={chips.preview[key]}
      selected={chips.selected === key}
      onSelect={() => chips.onSelect(key)}
    />
  );
}

function Cell({ c, chips, repeat }: { c: PackCell; chips: ChipProps; repeat?: string }) {
  const span = {
    ...(c.colSpan && c.colSpan > 1 ? { colSpan: c.colSpan } : {}),
    ...(c.rowSpan && c.rowSpan > 1 ? { rowSpan: c.rowSpan } : {}),
  };
  const cls = [c.label ? 'dz-label' : '', c.align ? `dz-align-${c.align}` : '', c.vAlign ? `dz-v-${c.vAlign}` : '']
    .filter(Boolean)
    .join(' ');
  let body: ReactNode = null;
  if (c.field) body = chipFor(c.field, chips);
  else if (c.checkboxes) body = chipFor(c.checkboxes.field, chips);
  else if (c.evidence) body = chipFor(c.evidence, chips);
  else if (c.column !== undefined && repeat) body = <span className="dz-col">{c.column}</span>;
  else if (c.seq) body = <span className="dz-seq">序号</span>;
  else if (c.text) body = <Inline text={c.text} chips={chips} />;
  return (
    <td {...span} className={cls || undefined}>
      {body}
    </td>
  );
}

function Table({ b, chips }: { b: Extract<Block, { type: 'table' }>; chips: ChipProps }) {
  const total = b.columns.reduce((n, c) => n + c.width, 0);
  const widths =
    b.widthUnit === 'mm' ? b.columns.map((c) => c.width * MM) : b.columns.map((c) => (c.width / total) * 480);
  return (
    <table className="dz-table" style={{ width: widths.reduce((a, w) => a + w, 0) }}>
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: w }} />
        ))}
      </colgroup>
      <tbody>
        {b.rows.map((r, ri) => (
          <tr
            key={ri}
            className={r.repeat ? 'dz-repeat' : undefined}
            style={r.heightMm ? { height: Math.min(r.heightMm, 60) * MM } : undefined}
          >
            {(r.lead ?? []).map((c, i) => (
              <Cell key={`l${i}`} c={c} chips={chips} />
            ))}
            {r.cells.map((c, i) =>
              r.repeat && i === 0 ? (
                <td key={i} colSpan={r.cells.reduce((n, x) => n + (x.colSpan ?? 1), 0)} className="dz-repeat-cell">
                  {chipFor(r.repeat, chips)}
                  <span className="dz-repeat-note">每条记录一行，至少印 {r.minRows ?? 1} 行</span>
                </td>
              ) : r.repeat ? null : (
                <Cell key={i} c={c} chips={chips} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function BlockView({ b, form, chips }: { b: Block; form: Form; chips: ChipProps }) {
  switch (b.type) {
    case 'cover':
      return (
        <div className="dz-cover">
          {form.attachment && <div className="dz-mark">{form.attachment}</div>}
          {b.titleLines.map((t, i) => (
            <div key={i} className="dz-cover-title">
              {t}
            </div>
          ))}
          {(b.lines ?? []).map((l, i) => (
            <div key={i} className="dz-cover-line">
              <span>{l.label.endsWith('：') ? l.label : `${l.label}：`}</span>
              {l.field ? chipFor(l.field, chips) : <span>{l.text}</span>}
            </div>
          ))}
          {b.issuerLine && <div className="dz-cover-foot">{b.issuerLine}</div>}
          {b.date && <div className="dz-cover-foot">{b.date}</div>}
        </div>
      );
    case 'heading':
      return <div className={`dz-heading dz-h${b.level ?? 1}`}>{b.text}</div>;
    case 'paragraph': {
      const size = typeof b.font?.size === 'number' ? Math.min(22, Math.max(10, b.font.size)) : undefined;
      return (
        <p
          className={`dz-p${b.style === 'title' ? ' dz-title' : ''}${b.style === 'instruction' ? ' dz-guidance' : ''}`}
          style={{
            ...(b.align ? { textAlign: b.align } : {}),
            ...(size ? { fontSize: `${size}pt` } : {}),
            ...(b.font?.bold ? { fontWeight: 'bold' } : {}),
            ...(b.indent === false ? {} : { textIndent: '2em' }),
          }}
        >
          {b.text ? <Inline text={b.text} chips={chips} /> : '\u00a0'}
        </p>
      );
    }
    case 'table':
      return <Table b={b} chips={chips} />;
    case 'narrative':
      return (
        <div className="dz-narrative">
          {b.title && <div className="dz-heading dz-h2">{b.title}</div>}
          {chipFor(b.field, chips)}
        </div>
      );
    case 'instructions':
      return (
        <div>
          {b.title && <p className="dz-p dz-title">{b.title}</p>}
          {b.items.map((t, i) => (
            <p key={i} className="dz-p" style={{ textIndent: '2em' }}>
              <Inline text={t} chips={chips} />
            </p>
          ))}
        </div>
      );
    case 'statement':
      return (
        <div>
          {b.title && <p className="dz-p dz-title">{b.title}</p>}
          <p className="dz-p" style={{ textIndent: '2em' }}>
            <Inline text={b.text} chips={chips} />
          </p>
          {(b.signatures ?? []).map((s, i) => (
            <p key={i} className="dz-p dz-sign">
              {s.label}
              {s.field ? chipFor(s.field, chips) : null}
            </p>
          ))}
        </div>
      );
    case 'signature':
      return (
        <div>
          {b.lines.map((s, i) => (
            <p key={i} className="dz-p dz-sign">
              {s.label}
              {s.field ? chipFor(s.field, chips) : null}
            </p>
          ))}
          {b.date !== false && <p className="dz-p dz-sign">{'年\u3000\u3000月\u3000\u3000日'}</p>}
        </div>
      );
    case 'footnotes':
      return (
        <div className="dz-notes">
          {b.items.map((t, i) => (
            <p key={i}>{t}</p>
          ))}
        </div>
      );
    case 'pageBreak':
      return <div className="dz-page-break">— 分页 —</div>;
  }
}

export function DesignerForm({ form, chips }: { form: Form; chips: ChipProps }) {
  const landscape = form.orientation === 'landscape';
  return (
    <div className={`dz-sheet${landscape ? ' dz-landscape' : ''}`} data-testid={`designer-form-${form.id}`}>
      {form.blocks.map((b, i) => (
        <BlockView key={i} b={b} form={form} chips={chips} />
      ))}
    </div>
  );
}
