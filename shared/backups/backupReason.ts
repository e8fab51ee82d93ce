// A backup's reason is part of its file name (school-20250301-080000-before-import.sqlite); these
// say what it means to a user and how long it is kept.

/** How long a backup is kept: see electron/core/store/backupRotation. */
export type BackupKind = 'migration' | 'manual' | 'change' | 'daily';

/**
 * Databases kept as they were found because SQLite could not read them: the file with its journal
 * files beside it (the -wal may hold committed data), kept until the user deletes them.
 */
export const AS_FOUND_REASONS: readonly string[] = ['unopenable', 'before-school-restore-unreadable'];

export function backupKindOf(reason: string): BackupKind {
  if (reason.startsWith('before-migration')) return 'migration';
  if (reason === 'manual' || AS_FOUND_REASONS.includes(reason)) return 'manual';
  if (reason === 'daily') return 'daily';
  return 'change';
}

const LABELS: Record<string, string> = {
  'before-import': '导入 Excel/CSV 数据前',
  'before-undo-import': '撤销导入前',
  'before-bundle-import': '导入申报材料包前',
  'before-catalogue-import': '导入专业目录前',
  'before-catalogue-restore': '恢复自带专业目录前',
  'pack-import': '导入通知包前',
  'before-restore': '恢复备份前（恢复前的数据）',
  'before-school-import': '导入学校数据包前',
  'before-school-restore': '恢复学校数据包前',
  'before-school-restore-unreadable': '恢复学校数据包前（无法读取的数据库，原样保存）',
  daily: '每日自动备份',
  manual: '手动备份',
  unopenable: '无法打开的数据库（恢复备份时移出，未做修改）',
};

/** 「导入 Excel/CSV 数据前」, 「升级数据结构（版本 0010）前」; an unknown reason is shown as it is. */
export function backupReasonLabel(reason: string): string {
  const m = /^before-migration-(\d{4})$/.exec(reason);
  if (m) return `升级数据结构（版本 ${m[1]}）前`;
  return LABELS[reason] ?? reason;
}

export const BACKUP_KEEP_TEXT: Record<BackupKind, string> = {
  migration: '一直保留，直到您删除',
  manual: '一直保留，直到您删除',
  change: '保留最近 10 份（导入、恢复等操作前的备份）',
  daily: '每天一份，保留 14 天',
};
