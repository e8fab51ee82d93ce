// The bar above the grid: 按列筛选 (the filter row), 清除排序与筛选, and how many rows are shown.
export function GridBar({
  filtersOpen,
  onToggleFilters,
  sortedOrFiltered,
  onClear,
  filtering,
  shown,
  total,
}: {
  filtersOpen: boolean;
  onToggleFilters: () => void;
  sortedOrFiltered: boolean;
  onClear: () => void;
  filtering: boolean;
  shown: number;
  total: number;
}) {
  return (
    <div className="dg-bar">
      <button type="button" className={filtersOpen ? 'dg-bar-btn on' : 'dg-bar-btn'} onClick={onToggleFilters}>
        按列筛选
      </button>
      {sortedOrFiltered && (
        <button type="button" className="dg-bar-btn" onClick={onClear}>
          清除排序与筛选
        </button>
      )}
      <span className="dg-count" data-testid="grid-count">
        {filtering ? `筛选出 ${shown} 行 / 共 ${total} 行` : `共 ${total} 行`}
      </span>
    </div>
  );
}
