import { chineseDate, daysLeftText } from './noticeLabels';

/** 截止日期 with the days left; overdue in red. */
export function DeadlineText({ deadline, daysLeft }: { deadline?: string; daysLeft: number | null }) {
  if (!deadline) return <span className="nl-muted">未规定截止日期</span>;
  const cls =
    daysLeft !== null && daysLeft < 0 ? 'nl-overdue' : daysLeft !== null && daysLeft <= 7 ? 'nl-soon' : 'nl-left';
  return (
    <span className="nl-deadline">
      {chineseDate(deadline)} <span className={cls}>{daysLeftText(daysLeft)}</span>
    </span>
  );
}
