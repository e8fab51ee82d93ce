import type Database from 'better-sqlite3';

import type { RuleConfirmation } from '../../../shared/packs/checkEligibility.js';

// The school's answers to conditions the base data cannot decide. application_id NULL holds the
// answers given on the notice page before any application exists (and a self-check's answers).

interface Row {
  rule_id: string;
  answer: 'yes' | 'no';
  note: string;
  confirmed_at: string;
}

const WHERE = 'pack_id = ? AND ifnull(application_id, 0) = ?';

export function readConfirmations(
  db: Database.Database,
  packId: string,
  applicationId: number | null,
): Record<string, RuleConfirmation> {
  const out: Record<string, RuleConfirmation> = {};
  for (const r of db
    .prepare(`SELECT rule_id, answer, note, confirmed_at FROM rule_confirmation WHERE ${WHERE}`)
    .all(packId, applicationId ?? 0) as Row[])
    out[r.rule_id] = { answer: r.answer === 'yes', ...(r.note ? { note: r.note } : {}), at: r.confirmed_at };
  return out;
}

/** Records (or, with answer null, withdraws) one answer, in one transaction. */
export function writeConfirmation(
  db: Database.Database,
  packId: string,
  applicationId: number | null,
  ruleId: string,
  answer: boolean | null,
  note: string,
  at: Date,
): void {
  db.transaction(() => {
    db.prepare(`DELETE FROM rule_confirmation WHERE ${WHERE} AND rule_id = ?`).run(packId, applicationId ?? 0, ruleId);
    if (answer !== null)
      db.prepare(
        'INSERT INTO rule_confirmation (pack_id, application_id, rule_id, answer, note, confirmed_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(packId, applicationId, ruleId, answer ? 'yes' : 'no', note, at.toISOString());
  })();
}

/** A new application starts with the answers given on the notice page (or those of the one it copies). */
export function copyConfirmations(db: Database.Database, packId: string, from: number | null, to: number): void {
  db.prepare(
    `INSERT INTO rule_confirmation (pack_id, application_id, rule_id, answer, note, confirmed_at)
     SELECT pack_id, ?, rule_id, answer, note, confirmed_at FROM rule_confirmation WHERE ${WHERE}`,
  ).run(to, packId, from ?? 0);
}
