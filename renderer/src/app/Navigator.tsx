import { useAppStore } from './appStore';
import { PAGES } from './routes';

const GROUPS = ['概览', '基础数据', '通知与申报', '系统'] as const;

export function Navigator() {
  const { route, go } = useAppStore();
  return (
    <nav className="navigator" aria-label="导航">
      {GROUPS.map((g) => {
        const items = PAGES.filter((p) => p.navGroup === g && p.navLabel);
        if (!items.length) return null;
        return (
          <div key={g} className="nav-group">
            <div className="nav-group-title">{g}</div>
            {items.map((p) => (
              <button key={p.page} className={route.page === p.page ? 'nav-item active' : 'nav-item'} onClick={() => go({ page: p.page })}>
                {p.navLabel}
              </button>
            ))}
          </div>
        );
      })}
    </nav>
  );
}
