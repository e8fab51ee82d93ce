import type { Pack, ParamValue } from '../../../../shared/packs/packSchema';
import type { ResolvedParameters } from '../../../../shared/packs/resolveParameters';

interface Props {
  pack: Pack;
  resolved: ResolvedParameters;
  onChange: (key: string, value: ParamValue) => void;
  idPrefix: string;
}

/** One labelled control per pack parameter (申报专业, 服务专业群, 合作企业(1)(2) …). */
export function ParameterForm({ pack, resolved, onChange, idPrefix }: Props) {
  return (
    <div className="param-form">
      {pack.parameters.map((p) => {
        const id = `${idPrefix}-${p.key}`;
        const value = resolved.params[p.key];
        const options = resolved.options[p.key] ?? [];
        const problem = resolved.problems.find((x) => x.key === p.key);
        return (
          <div key={p.key} className="param-row">
            <label htmlFor={id}>
              {p.label}
              {p.required && <span className="req">*</span>}
            </label>
            {p.type === 'choice' && options.length ? (
              <select
                id={id}
                value={value === null ? '' : String(value)}
                onChange={(e) => onChange(p.key, e.target.value)}
              >
                {value === null && <option value="">请选择</option>}
                {options.map((o) => (
                  <option key={String(o.value)} value={String(o.value)}>
                    {o.label}
                    {o.label !== String(o.value) && p.key.startsWith('major') ? `（${o.value}）` : ''}
                  </option>
                ))}
              </select>
            ) : (
              <input
                id={id}
                type={p.type === 'number' || p.type === 'year' ? 'number' : 'text'}
                value={value === null ? '' : String(value)}
                onChange={(e) =>
                  onChange(
                    p.key,
                    p.type === 'number' || p.type === 'year'
                      ? e.target.value === ''
                        ? null
                        : Number(e.target.value)
                      : e.target.value,
                  )
                }
              />
            )}
            {p.help && <div className="param-help">{p.help}</div>}
            {problem && <div className="field-error">{problem.message}</div>}
          </div>
        );
      })}
    </div>
  );
}
