import type { PackField, ResolvedField } from '../../../../shared/packs/packSchema';

/** 「来自基础数据」 (source in the tooltip), or 「已修改」 with 恢复默认 when the user typed over a default. */
export function FieldBadges({ def, field, onReset }: { def: PackField; field: ResolvedField; onReset: () => void }) {
  const hasDefault = !!def.bind || def.default !== undefined || !!def.defaultRows;
  return (
    <span className="fe-badges">
      {def.compute && (
        <span
          className="fe-badge fe-badge-data"
          title={def.source ?? '由本表其他项自动计算'}
          data-testid="badge-computed"
        >
          自动计算
        </span>
      )}
      {field.origin === 'data' && !def.compute && (
        <span
          className="fe-badge fe-badge-data"
          title={`来源：${field.boundSource ?? '基础数据'}`}
          data-testid="badge-data"
        >
          来自基础数据
        </span>
      )}
      {field.overridden && hasDefault && (
        <>
          <span
            className="fe-badge fe-badge-user"
            title={def.bind ? `默认值来源：${def.source ?? '基础数据'}` : '默认值由通知包给出'}
            data-testid="badge-modified"
          >
            已修改
          </span>
          <button type="button" className="link fe-reset" onClick={onReset}>
            恢复默认
          </button>
        </>
      )}
      {field.bindingError && !field.overridden && (
        <span className="fe-badge fe-badge-warn" title={field.bindingError}>
          基础数据缺失
        </span>
      )}
    </span>
  );
}
