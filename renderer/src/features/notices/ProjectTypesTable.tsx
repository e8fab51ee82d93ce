import type { Pack } from '../../../../shared/packs/packSchema';

/** Programme notices: the project types they open and their yearly quotas. */
export function ProjectTypesTable({ types }: { types: NonNullable<Pack['projectTypes']> }) {
  return (
    <table className="nl-table nl-projects">
      <thead>
        <tr>
          <th>项目类型</th>
          <th>数量（年度名额）</th>
          <th>说明</th>
        </tr>
      </thead>
      <tbody>
        {types.map((t) => (
          <tr key={t.name}>
            <td className="nl-strong">{t.name}</td>
            <td>{t.quota ?? '—'}</td>
            <td className="nl-muted">{t.description ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
