import type Database from 'better-sqlite3';

import { AppError } from '../../../shared/api/apiError.js';
import type { BundleInspectionView } from '../../../shared/api/bundleCalls.js';
import { type AppContext, requireStore } from '../appContext.js';
import { backupDatabase, type BackupInfo } from '../store/backupDatabase.js';
import { type BundleInspection, inspectBundle } from './inspectBundle.js';

export interface BundleImportResult {
  inspection: BundleInspection;
  backup: BackupInfo;
  applicationId: number;
  action: 'add' | 'update';
  /** What was taken from the bundle, one line each, for the window and the CLI. */
  taken: string[];
}

/** A title not yet used by the notice's applications: 「…（导入）」, 「…（导入 2）」. */
function freeTitle(db: Database.Database, packId: string, title: string): string {
  const used = new Set(
    (db.prepare('SELECT title FROM application WHERE pack_id = ?').all(packId) as { title: string }[]).map(
      (r) => r.title,
    ),
  );
  if (!used.has(title)) return title;
  for (let i = 1; ; i++) {
    const t = `${title}（导入${i > 1 ? ` ${i}` : ''}）`;
    if (!used.has(t)) return t;
  }
}

/** The lines that say what an import took (and, for an earlier version's bundle, what it left). */
export function describeTaken(v: BundleInspectionView, action: 'add' | 'update', id: number, title: string): string[] {
  const a = v.application;
  const lines = [
    action === 'add' ? `新增申报「${title}」（第 ${id} 号）` : `更新第 ${id} 号申报「${title}」的填写内容`,
    `申报参数 ${a.params.length} 项${a.params.length ? `（${a.params.map((p) => `${p.label}：${p.value}`).join('，')}）` : ''}`,
    `填写内容 ${a.valueCount} 项${a.narrativeCount ? `（其中叙述 ${a.narrativeCount} 段）` : ''}`,
    `确认接受的问题 ${a.acceptedCount} 项`,
    ...(a.confirmationCount ? [`学校确认的申报条件 ${a.confirmationCount} 条`] : []),
    `佐证材料选择 ${a.evidenceCount - a.evidenceMissing.length} 个${a.evidenceMissing.length ? `；另有 ${a.evidenceMissing.length} 个本机的佐证材料库中没有该文件，未关联（${a.evidenceMissing.slice(0, 3).join('、')}${a.evidenceMissing.length > 3 ? '…' : ''}）` : ''}`,
  ];
  if (v.ignoredBaseData.length)
    lines.push(
      `早期版本申报材料包附带的基础数据（${v.ignoredBaseData.map((d) => `${d.label} ${d.rows} 条`).join('、')}）未导入：基础数据只随学校数据包迁移`,
    );
  return lines;
}

/**
 * Restores the application a bundle carries, all or nothing: the full inspection first (any problem
 * refuses before a byte is written), then an automatic backup, then in one transaction the
 * application (new, or the same one's contents replaced), its typed values, accepted problems and
 * evidence picks. Base data is never written: a bundle is not a way to move a school.
 */
export async function importBundle(
  ctx: AppContext,
  source: Buffer | string,
  file: string,
  opts: { asNew?: boolean } = {},
): Promise<BundleImportResult> {
  const store = requireStore(ctx);
  const db = store.db;
  const inspection = await inspectBundle(db, source, file, ctx.now());
  const backup = await backupDatabase(db, store.path, 'before-bundle-import', ctx.now());
  const app = inspection.application;
  const update = !!inspection.existingId && !opts.asNew;
  const now = ctx.now().toISOString();
  let applicationId = 0;
  let title = app.title;
  try {
    db.transaction(() => {
      if (update) {
        applicationId = inspection.existingId!;
        for (const table of ['application_value', 'application_accepted_problem', 'application_evidence'])
          db.prepare(`DELETE FROM ${table} WHERE application_id = ?`).run(applicationId);
        db.prepare('UPDATE application SET updated_at = ? WHERE id = ?').run(now, applicationId);
      } else {
        title = freeTitle(db, app.packId, app.title);
        applicationId = Number(
          db
            .prepare(
              "INSERT INTO application (pack_id, title, params_json, status, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?)",
            )
            .run(app.packId, title, JSON.stringify(app.params), now, now).lastInsertRowid,
        );
      }
      const value = db.prepare(
        'INSERT INTO application_value (application_id, field_key, value_json, updated_at) VALUES (?, ?, ?, ?)',
      );
      for (const [key, v] of Object.entries(app.values)) value.run(applicationId, key, JSON.stringify(v), now);
      const accept = db.prepare(
        'INSERT OR IGNORE INTO application_accepted_problem (application_id, field_key, code) VALUES (?, ?, ?)',
      );
      for (const [key, codes] of Object.entries(app.accepted)) for (const c of codes) accept.run(applicationId, key, c);
      if (update) db.prepare('DELETE FROM rule_confirmation WHERE application_id = ?').run(applicationId);
      const confirm = db.prepare(
        'INSERT INTO rule_confirmation (pack_id, application_id, rule_id, answer, note, confirmed_at) VALUES (?, ?, ?, ?, ?, ?)',
      );
      for (const [id, yes] of Object.entries(app.confirmations))
        confirm.run(app.packId, applicationId, id, yes ? 'yes' : 'no', '', now);
      const pick = db.prepare(
        'INSERT OR IGNORE INTO application_evidence (application_id, evidence_key, hash, title, position) VALUES (?, ?, ?, ?, ?)',
      );
      inspection.picks
        .filter((p) => p.present)
        .forEach((p, i) => pick.run(applicationId, p.evidenceKey, p.sha256, p.title, i));
    })();
  } catch (e) {
    if (e instanceof AppError)
      throw new AppError(e.code, `导入未完成，数据库未做任何修改：${e.message}`, { file, ...e.where }, e.details);
    throw new AppError('BUNDLE_IMPORT_FAILED', `导入未完成，数据库未做任何修改：${(e as Error).message}`, { file });
  }
  const action = update ? 'update' : 'add';
  return {
    inspection,
    backup,
    applicationId,
    action,
    taken: describeTaken(inspection.view, action, applicationId, title),
  };
}
