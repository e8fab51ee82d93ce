import type { TableBlock } from '../../../../shared/packs/packSchema';

/** A pack table of fixed text (e.g. 郑政办〔2023〕38号's 工作任务清单) as an HTML table with its spans. */
export function FixedTable({ block }: { block: TableBlock }) {
  const total = block.columns.reduce((s, c) => s + c.width, 0);
  return (
    <table className="nl-table fixed-table">
      {block.caption && <caption>{block.caption}</caption>}
      <colgroup>
        {block.columns.map((c, i) => (
          <col key={i} style={{ width: `${(c.width / total) * 100}%` }} />
        ))}
      </colgroup>
      <tbody>
        {block.rows.map((row, ri) => (
          <tr key={ri}>
            {row.cells.map((c, ci) => {
              const Tag = row.header ? 'th' : 'td';
              return (
                <Tag
                  key={ci}
                  rowSpan={c.rowSpan}
                  colSpan={c.colSpan}
                  className={c.label && !row.header ? 'fixed-label' : undefined}
                  style={{ textAlign: c.align ?? 'left' }}
                >
                  {c.text ?? ''}
                </Tag>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
