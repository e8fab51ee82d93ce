import { useEffect } from 'react';

import { StatYearControl } from '../features/datasets/StatYearControl';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { useAppStore } from './appStore';
import { Navigator } from './Navigator';
import { PAGES } from './routes';

export function App() {
  const { status, route, error, notice, loadStatus, dismiss } = useAppStore();
  useEffect(() => {
    void loadStatus();
  }, [loadStatus]);

  if (!status) return <div className="app-loading">正在启动申报通…</div>;
  if (!status.open) return <WelcomePage />;
  const entry = PAGES.find((p) => p.page === route.page) ?? PAGES[0];
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-title">申报通</span>
        <span className="app-school" data-testid="school-name">
          {status.schoolName}
        </span>
        <StatYearControl />
      </header>
      <div className="app-body">
        <Navigator />
        <main className="app-main">
          {error && (
            <div className="banner banner-error" role="alert">
              <span>{error}</span>
              <button onClick={dismiss}>关闭</button>
            </div>
          )}
          {notice && (
            <div className="banner banner-ok" role="status">
              <span>{notice}</span>
              <button onClick={dismiss}>关闭</button>
            </div>
          )}
          {entry.render(route)}
        </main>
      </div>
    </div>
  );
}
