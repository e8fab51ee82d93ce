// The records 佐证材料 hang on, by data set: what the upload picker offers and how the list names a
// record (「河南智造装备有限公司」, 「2023年 全国职业院校技能大赛 机器人系统集成」).
import type { DatasetDef } from '../../../../shared/datasets/datasetDefinition';
import { api } from '../../api/apiClient';

export interface RecordChoice {
  id: number;
  label: string;
}

/** Fields that name a record, best first; the first present one names it. */
const NAME_KEYS = ['name', 'project', 'competition', 'source', 'code'];
/** Key fields worth showing before the name (资产编号, 工号, 专业代码, 实训中心); a 信用代码 is not. */
const PREFIX_KEYS = ['assetNo', 'staffNo', 'code', 'centre'];
/** A second field that tells records of the same name apart. */
const DETAIL_KEYS = ['event', 'certLevel', 'model'];

export function recordLabel(def: DatasetDef, row: Record<string, unknown>): string {
  const has = (k: string) =>
    def.fields.some((f) => f.key === k) && row[k] !== undefined && row[k] !== null && row[k] !== '';
  const parts: string[] = [];
  for (const k of def.keyFields ?? []) if (PREFIX_KEYS.includes(k) && has(k)) parts.push(String(row[k]));
  const main = NAME_KEYS.find((k) => has(k) && !parts.includes(String(row[k])));
  if (main) parts.push(String(row[main]));
  const detail = DETAIL_KEYS.find(has);
  if (detail && main) parts.push(String(row[detail]));
  if (!parts.length) {
    const first = def.fields.find((f) => has(f.key));
    if (first) parts.push(String(row[first.key]));
  }
  return parts.join(' ') || `第 ${String(row.id)} 条`;
}

/** The years that hold data, newest first (from the dashboard figures). */
export async function loadYears(): Promise<number[]> {
  const r = await api('dashboard/figures', {});
  return r.years.map((y) => y.year).sort((a, b) => b - a);
}

/** One data set's records (of one year, for a yearly data set). */
export async function loadRecords(def: DatasetDef, year?: number): Promise<RecordChoice[]> {
  const r = await api('dataset/list', { dataset: def.name, ...(def.yearly && year !== undefined ? { year } : {}) });
  return r.rows.map((row) => ({ id: Number(row.id), label: recordLabel(def, row) }));
}

/** Names of every record of a data set, by id; a yearly data set's are read year by year. */
export async function loadRecordLabels(def: DatasetDef, years: number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  if (!def.yearly) {
    for (const r of await loadRecords(def)) out.set(r.id, r.label);
    return out;
  }
  for (const y of years) for (const r of await loadRecords(def, y)) out.set(r.id, `${y}年 ${r.label}`);
  return out;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
