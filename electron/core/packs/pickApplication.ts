import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import { localIsoDate } from '../../../shared/format/localIsoDate.js';
import type { Pack } from '../../../shared/packs/packSchema.js';
import { resolveParameters } from '../../../shared/packs/resolveParameters.js';
import { listApplications } from './applicationRepo.js';
import { checkGivenParams } from './checkGivenParams.js';
import { applicationOfNotice } from './eligibilityFor.js';
import { snapshotOf } from './resolveStoredApplication.js';

const STATE = { draft: '草稿', exported: '已导出', submitted: '已提交' } as const;

/**
 * The application a headless export means: the one given (it must be the notice's), else the only
 * one of the notice whose parameters match every --param. None or several: a Chinese refusal that
 * says what to do (create one, or name one with --application and the ids to choose from).
 */
export function pickApplication(
  db: Database.Database,
  pack: Pack,
  params: Record<string, string>,
  applicationId: number | undefined,
  now: Date,
): number {
  checkGivenParams(pack, params, resolveParameters(pack, snapshotOf(db, true), params, localIsoDate(now)));
  if (applicationId !== undefined) return applicationOfNotice(db, pack, applicationId).id;
  const matching = listApplications(db, pack.id).filter((a) =>
    Object.entries(params).every(([k, v]) => String(a.params[k] ?? '') === v),
  );
  const given = Object.entries(params)
    .map(([k, v]) => `${k}=${v}`)
    .join('，');
  if (!matching.length)
    throw new AppError(
      'APPLICATION_NOT_FOUND',
      `数据库中没有通知「${pack.id}」（${pack.docNo}）的申报${given ? `（参数 ${given}）` : ''}；请先新建：npm run cli -- application create ${pack.id} --db 数据库文件`,
      { field: 'applicationId' },
    );
  if (matching.length > 1)
    throw new AppError(
      'APPLICATION_AMBIGUOUS',
      `通知「${pack.id}」（${pack.docNo}）有 ${matching.length} 份申报，请用 --application 指定要导出的一份：${matching.map((a) => `${a.id}「${a.title}」（${STATE[a.status]}）`).join('；')}`,
      { field: 'applicationId' },
    );
  return matching[0].id;
}
