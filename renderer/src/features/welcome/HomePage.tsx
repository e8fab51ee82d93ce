import { useAppStore } from '../../app/appStore';

export function HomePage() {
  const status = useAppStore((s) => s.status);
  return (
    <div className="page">
      <h1>{status?.schoolName || '申报通'}</h1>
      <p>从左侧选择要维护的基础数据，或进入「通知与申报」开始填写申报材料。</p>
    </div>
  );
}
