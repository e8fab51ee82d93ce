import type { HomeOverview } from '../../../../shared/api/homeCalls';
import type { Route } from '../../app/appStore';
import { useAppStore } from '../../app/appStore';

interface Step {
  title: string;
  done: boolean;
  /** What is there (done) or what to do (not done). */
  detail: string;
  action: string;
  route: Route;
}

function yearSpan(years: number[]): string {
  if (!years.length) return '';
  return years.length === 1 ? `${years[0]} 年` : `${years[0]}–${years[years.length - 1]} 年`;
}

function stepsOf(d: HomeOverview): Step[] {
  const firstNotice = d.notices.find((n) => n.kind === 'application');
  const firstApp = d.notices.flatMap((n) => n.applications)[0];
  return [
    {
      title: '学校信息',
      done: d.school.missing.length === 0,
      detail: d.school.missing.length
        ? `还需填写：${d.school.missing.join('、')}`
        : `办学层次：${d.school.educationLevel}；统一社会信用代码已核对`,
      action: d.school.missing.length ? '去填写' : '查看',
      route: { page: 'school' },
    },
    {
      title: '导入专业',
      done: d.counts.majors > 0,
      detail: d.counts.majors
        ? `已有 ${d.counts.majors} 条专业记录（${yearSpan(d.counts.majorYears)}）`
        : '从 Excel 导入专业名单（专业代码、名称、在校生等），或在表格中直接录入',
      action: d.counts.majors ? '查看' : '去导入',
      route: { page: 'dataset', dataset: 'majors' },
    },
    {
      title: '导入设备台账',
      done: d.counts.equipment > 0,
      detail: d.counts.equipment
        ? `已有 ${d.counts.equipment.toLocaleString('zh-CN')} 条设备`
        : '从资产管理系统导出的 Excel 台账可直接导入，数万行也可以',
      action: d.counts.equipment ? '查看' : '去导入',
      route: { page: 'dataset', dataset: 'equipment' },
    },
    {
      title: '第一份申报',
      done: d.counts.applications > 0,
      detail: d.counts.applications
        ? `已有 ${d.counts.applications} 份申报`
        : firstNotice
          ? `从下方面向本校的通知中选一份开始，如「${firstNotice.docNo}」`
          : '通知库中还没有面向本校的申报类通知；收到通知后导入其通知包',
      action: d.counts.applications ? '继续填写' : '选择通知',
      route: firstApp
        ? { page: 'application', applicationId: firstApp.id }
        : firstNotice
          ? { page: 'notice', packId: firstNotice.packId }
          : { page: 'notices' },
    },
  ];
}

/** 第一步: school facts, majors, the equipment ledger, a first application, each ✔ once done. */
export function FirstSteps({ data }: { data: HomeOverview }) {
  const go = useAppStore((s) => s.go);
  const steps = stepsOf(data);
  const next = steps.findIndex((s) => !s.done);
  return (
    <section className="home-section" aria-labelledby="home-steps-title">
      <h2 id="home-steps-title">
        开始使用
        <span className="home-sub">
          {next < 0 ? '四步都已完成' : `已完成 ${steps.filter((s) => s.done).length} / ${steps.length} 步`}
        </span>
      </h2>
      <ol className="home-steps" data-testid="first-steps">
        {steps.map((s, i) => (
          <li
            key={s.title}
            className={`home-step${s.done ? ' done' : ''}${i === next ? ' next' : ''}`}
            data-state={s.done ? 'done' : 'todo'}
          >
            <span className="home-step-mark" aria-hidden>
              {s.done ? '✔' : i + 1}
            </span>
            <span className="home-step-body">
              <span className="home-step-title">
                {s.title}
                <span className="sr-only">{s.done ? '（已完成）' : '（未完成）'}</span>
              </span>
              <span className="home-step-detail">{s.detail}</span>
            </span>
            <button className={i === next ? 'primary' : ''} onClick={() => go(s.route)}>
              {s.action}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
