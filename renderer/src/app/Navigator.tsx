import type { Route } from './appStore';
import { useAppStore } from './appStore';
import { type PageEntry, PAGES } from './routes';

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
              <button
                key={p.navRoute ? JSON.stringify(p.navRoute) : p.page}
                className={isActive(route, p) ? 'nav-item active' : 'nav-item'}
                onClick={() => go(p.navRoute ?? { page: p.page })}
              >
                {p.navLabel}
              </button>
            ))}
          </div>
        );
      })}
    </nav>
  );
}

/** An item with parameters (a data set) is active only on its own parameters. */
function isActive(route: Route, p: PageEntry): boolean {
  if (route.page !== p.page) return false;
  return !p.navRoute || Object.entries(p.navRoute).every(([k, v]) => route[k] === v);
}
