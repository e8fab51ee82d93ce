import type { HomeOverview, NoticeOnHome } from '../../../shared/api/homeCalls.js';
import { openToText, packAudience } from '../../../shared/packs/packAudience.js';
import { checkCreditCode } from '../../../shared/validation/creditCode.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import { type AppContext, requireStore } from '../appContext.js';
import { listApplications } from '../packs/applicationRepo.js';
import { daysLeft } from '../packs/packHandlers.js';
import { listLibraryPacks } from '../packs/packLibrary.js';

/** Upcoming deadlines first (nearest on top), then notices without one, then those already past. */
function byDeadline(a: NoticeOnHome, b: NoticeOnHome): number {
  const rank = (n: NoticeOnHome) => (n.daysLeft === null ? 1 : n.daysLeft >= 0 ? 0 : 2);
  return (
    rank(a) - rank(b) || (rank(a) === 2 ? (b.daysLeft ?? 0) - (a.daysLeft ?? 0) : (a.daysLeft ?? 0) - (b.daysLeft ?? 0))
  );
}

export function homeOverview(ctx: AppContext): HomeOverview {
  const db = requireStore(ctx).db;
  const school = db.prepare('SELECT name, education_level, credit_code FROM school WHERE id = 1').get() as {
    name: string;
    education_level: string;
    credit_code: string;
  };
  const missing: string[] = [];
  if (!school.name.trim()) missing.push('学校名称');
  if (!school.education_level) missing.push('办学层次');
  if (!school.credit_code || !checkCreditCode(school.credit_code).ok) missing.push('统一社会信用代码');

  const majorYears = (db.prepare('SELECT DISTINCT year FROM major ORDER BY year').all() as { year: number }[]).map(
    (r) => r.year,
  );
  const count = (table: string) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const apps = listApplications(db);
  const now = ctx.now();

  const notices: NoticeOnHome[] = [];
  const notOpen: HomeOverview['notOpen'] = [];
  for (const { pack } of listLibraryPacks(db)) {
    const audience = packAudience(pack, school.education_level);
    if (audience === 'closed') {
      notOpen.push({ docNo: pack.docNo, openToText: openToText(pack.openTo) });
      continue;
    }
    notices.push({
      packId: pack.id,
      docNo: pack.docNo,
      title: pack.title,
      kind: pack.kind,
      ...(pack.deadline ? { deadline: pack.deadline } : {}),
      daysLeft: daysLeft(pack.deadline, now),
      openToText: openToText(pack.openTo),
      applications: apps
        .filter((a) => a.packId === pack.id)
        .map((a) => ({ id: a.id, title: a.title, status: a.status })),
    });
  }
  return {
    school: { name: school.name, educationLevel: school.education_level, missing },
    counts: { majors: count('major'), majorYears, equipment: count('equipment'), applications: apps.length },
    notices: notices.sort(byDeadline),
    notOpen,
  };
}

export const homeHandlers: NamespaceHandlers<'home'> = {
  'home/overview': (_input, ctx) => homeOverview(ctx),
};
