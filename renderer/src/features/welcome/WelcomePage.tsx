import { useState } from 'react';

import { api } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { WelcomeRestoreCard } from '../bundles/WelcomeRestoreCard';
import { NewSchoolForm } from './NewSchoolForm';

/** First run: no database yet. The demo school opens as a fresh copy; a new school starts empty. */
export function WelcomePage() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const loadStatus = useAppStore((s) => s.loadStatus);

  async function run(fn: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await fn();
      await loadStatus();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="welcome">
      <h1>欢迎使用申报通</h1>
      <p>学校基础数据一次录入、逐年积累；收到申报通知后，自动生成通知要求的全部表格，离线完成、打印盖章、打包上报。</p>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      <div className="welcome-choices">
        <section className="welcome-card">
          <h2>先看看示例</h2>
          <p>
            打开一所虚构的高职学校（2021–2025
            年的完整数据），体验从基础数据到申报书导出的全过程。示例数据是一份副本，随意修改不影响原始示例。
          </p>
          <button className="primary" disabled={busy} onClick={() => run(() => api('store/createDemo', {}))}>
            打开示例学校
          </button>
        </section>
        <section className="welcome-card">
          <h2>新建学校</h2>
          <NewSchoolForm busy={busy} onCreate={(school) => run(() => api('store/createEmpty', school))} />
        </section>
        <WelcomeRestoreCard />
      </div>
    </div>
  );
}
