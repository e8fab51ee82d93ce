import type { Pack, ResolvedField } from '../../../../shared/packs/packSchema';
import type { FieldActions } from './FieldEditor';
import { FieldEditor } from './FieldEditor';
import type { FormSection } from './formSections';

/** The fields of one form, grouped under the form's own section headings. */
export function FieldList({
  pack,
  sections,
  fields,
  actions,
}: {
  pack: Pack;
  sections: FormSection[];
  fields: Record<string, ResolvedField>;
  actions: FieldActions;
}) {
  const defs = new Map(pack.fields.map((f) => [f.key, f]));
  if (!sections.length) return <div className="fe-none">这张表没有需要填写的内容。</div>;
  return (
    <div className="fe-list">
      {sections.map((s, i) => (
        <section key={`${i}-${s.title}`} className="fe-section">
          <h3>{s.title}</h3>
          <div className="fe-grid">
            {s.keys.map((k) => {
              const def = defs.get(k);
              const f = fields[k];
              return def && f ? <FieldEditor key={k} def={def} field={f} actions={actions} /> : null;
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
