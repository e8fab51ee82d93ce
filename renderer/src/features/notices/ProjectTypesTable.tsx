import type { Pack } from '../../../../shared/packs/packSchema';

/** Programme notices: the project types they open and their yearly quotas. */
/** compact: name and quota only (the library); the notice page adds the descriptions. */
export function ProjectTypesTable({ types, compact }: { types: NonNullable<Pack['projectTypes']>; compact?: boolean }) {
  return (
    <table className={compact ? 'nl-table nl-projects compact' : 'nl-table nl-projects'}>
      <thead>
        <tr>
          <th>项目类型</th>
          <th>数量（年度名额）</th>
          {!compact && <th>说明</th>}
        </tr>
      </thead>
      <tbody>
        {types.map((t) => (
          <tr key={t.name}>
            <td className="nl-strong">{t.name}</td>
            <td>{t.quota ?? '—'}</td>
            {!compact && <td className="nl-muted">{t.description ?? ''}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
