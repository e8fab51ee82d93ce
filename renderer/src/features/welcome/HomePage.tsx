// 首页: the first steps of a school with their state, and the notices open to it by its 办学层次.
import '../notices/notices.css';
import './welcome.css';

import { useEffect, useState } from 'react';

import type { HomeOverview } from '../../../../shared/api/homeCalls';
import { api } from '../../api/apiClient';
import { errorText, useAppStore } from '../../app/appStore';
import { FirstSteps } from './FirstSteps';
import { OpenNotices } from './OpenNotices';

export function HomePage() {
  const [data, setData] = useState<HomeOverview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const status = useAppStore((s) => s.status);

  useEffect(() => {
    api('home/overview', {}).then(setData, (e) => setError(errorText(e)));
  }, []);

  return (
    <div className="page home-page">
      <div className="home-head">
        <h1>{data?.school.name || status?.schoolName || '申报通'}</h1>
        {data?.school.educationLevel && (
          <span className="home-level" data-testid="school-level">
            {data.school.educationLevel}
          </span>
        )}
      </div>
      {error && (
        <div className="banner banner-error" role="alert">
          {error}
        </div>
      )}
      {!data && !error && <div className="app-loading">正在读取…</div>}
      {data && (
        <>
          <FirstSteps data={data} />
          <OpenNotices data={data} />
        </>
      )}
    </div>
  );
}
