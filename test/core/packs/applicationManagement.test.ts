import fs from 'node:fs';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall';
import { listBackups } from '../../../electron/core/store/backupDatabase';
import { call, tempContext } from '../support/tempContext';

let env: ReturnType<typeof tempContext>;
const db = () => env.ctx.store!.db;
const count = (table: string) => (db().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
/** Every table's row count: what «nothing written» is checked against. */
const counts = () =>
  Object.fromEntries(
    (
      db().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
        name: string;
      }[]
    ).map((t) => [t.name, count(t.name)]),
  );
async function refused(name: string, input: unknown): Promise<{ code: string; message: string }> {
  const before = counts();
  const r = await dispatchCall(env.ctx, name, input);
  expect(r.ok).toBe(false);
  expect(counts()).toEqual(before);
  return r.ok ? { code: '', message: '' } : r.error;
}

let demoApp: number;
beforeAll(async () => {
  env = tempContext();
  await call(env.ctx, 'store/createDemo', {});
  demoApp = (await call(env.ctx, 'application/list', { packId: 'henan-2024-346' }))[0].id;
}, 120_000);
afterAll(() => env.cleanup());

describe('applications managed like documents', () => {
  it('warns in the notice’s words when a second 346 application goes over 限报1个, and still creates it', async () => {
    const r = await call(env.ctx, 'application/create', { packId: 'henan-2024-346', params: { majorCode: '460305' } });
    expect(r.warnings).toEqual([expect.stringContaining('通知要求「每所高等职业学校限报1个」，本校已有 1 份')]);
    const apps = await call(env.ctx, 'application/list', { packId: 'henan-2024-346' });
    expect(apps.map((a) => a.id)).toContain(r.id);
    // Titled by the chosen 申报专业, so the two read apart.
    expect(apps.find((a) => a.id === r.id)!.title).toMatch(/（工业机器人技术）$/);
    // 258 allows 1–2 per city: the second is within the quota.
    const a = await call(env.ctx, 'application/create', { packId: 'henan-2023-258', params: {} });
    expect(a.warnings).toEqual([]);
    const b = await call(env.ctx, 'application/create', { packId: 'henan-2023-258', params: {} });
    expect(b.warnings).toEqual([]);
    const c = await call(env.ctx, 'application/create', { packId: 'henan-2023-258', params: {} });
    expect(c.warnings[0]).toContain('各省辖市可申报1-2家');
  });

  it('renames, and copies for next year with the typed texts, picks and answers but not the export record', async () => {
    await call(env.ctx, 'application/update', { applicationId: demoApp, title: '2024年实训中心申报（机电）' });
    expect((await call(env.ctx, 'application/list', {})).find((a) => a.id === demoApp)!.title).toBe(
      '2024年实训中心申报（机电）',
    );
    await call(env.ctx, 'application/setValue', {
      applicationId: demoApp,
      fieldKey: 'expectedOutcomes',
      value: '三年建成。',
    });
    await call(env.ctx, 'eligibility/confirm', {
      packId: 'henan-2024-346',
      applicationId: demoApp,
      ruleId: '1.2',
      answer: true,
      note: '见学校章程',
    });
    db()
      .prepare("INSERT INTO evidence_file (hash, name, mime, size) VALUES (?, '营业执照.pdf', 'application/pdf', 3)")
      .run('c'.repeat(64));
    await call(env.ctx, 'bundle/setEvidencePicks', {
      applicationId: demoApp,
      picks: [{ evidenceKey: 'evSchool', hash: 'c'.repeat(64), title: '' }],
    });
    db()
      .prepare(
        "INSERT INTO application_export (application_id, exported_at, file_name, sha256, size_bytes, app_version) VALUES (?, '2024-11-01', 'a.zip', 'x', 1, 't')",
      )
      .run(demoApp);

    const r = await call(env.ctx, 'application/duplicate', {
      applicationId: demoApp,
      title: '2025年实训中心申报（机电）',
      params: { baseYear: 2024 },
    });
    expect(r.warnings[0]).toContain('每所高等职业学校限报1个');
    const copy = await call(env.ctx, 'application/get', { applicationId: r.id });
    expect(copy.application).toMatchObject({ title: '2025年实训中心申报（机电）', status: 'draft' });
    expect(copy.application.params.baseYear).toBe(2024);
    expect(copy.resolved.fields.expectedOutcomes.value).toBe('三年建成。');
    expect((await call(env.ctx, 'bundle/evidencePicks', { applicationId: r.id })).picks).toHaveLength(1);
    const check = await call(env.ctx, 'eligibility/check', {
      packId: 'henan-2024-346',
      applicationId: r.id,
      params: {},
    });
    expect(check.rules.find((x) => x.id === '1.2')!.confirmation).toMatchObject({ answer: true, note: '见学校章程' });
    expect(db().prepare('SELECT count(*) AS n FROM application_export WHERE application_id = ?').get(r.id)).toEqual({
      n: 0,
    });
  });

  it('deletes after a backup into a history it can be restored from, under its old number, whole', async () => {
    const before = await call(env.ctx, 'application/get', { applicationId: demoApp });
    const backupsBefore = listBackups(env.ctx.store!.path).length;
    const del = await call(env.ctx, 'application/delete', { applicationId: demoApp });
    expect(fs.existsSync(del.backupPath)).toBe(true);
    expect(listBackups(env.ctx.store!.path).length).toBe(backupsBefore + 1);
    expect(del.backupPath).toContain('before-application-delete');
    expect((await call(env.ctx, 'application/list', {})).some((a) => a.id === demoApp)).toBe(false);
    expect(count('application_value')).toBeGreaterThan(0); // other applications keep theirs
    expect(db().prepare('SELECT count(*) AS n FROM application_value WHERE application_id = ?').get(demoApp)).toEqual({
      n: 0,
    });

    const trash = await call(env.ctx, 'application/trash', { packId: 'henan-2024-346' });
    expect(trash[0]).toMatchObject({
      id: del.trashId,
      applicationId: demoApp,
      title: before.application.title,
      restoredAt: null,
    });
    const restored = await call(env.ctx, 'application/restore', { trashId: del.trashId });
    expect(restored).toEqual({ applicationId: demoApp, title: before.application.title, skippedEvidence: 0 });
    const after = await call(env.ctx, 'application/get', { applicationId: demoApp });
    expect(after.application).toEqual(before.application);
    expect(after.resolved.fields).toEqual(before.resolved.fields);
    expect((await call(env.ctx, 'bundle/evidencePicks', { applicationId: demoApp })).picks).toHaveLength(1);
    expect(db().prepare('SELECT count(*) AS n FROM application_export WHERE application_id = ?').get(demoApp)).toEqual({
      n: 1,
    });
    const again = await refused('application/restore', { trashId: del.trashId });
    expect(again.message).toMatch(/已于 \d{4}-\d{2}-\d{2} 恢复过了/);
  });

  it('refuses bad input in Chinese naming it, and writes nothing', async () => {
    expect((await refused('application/create', { packId: 'henan-2099-1', params: {} })).message).toBe(
      '没有编号为「henan-2099-1」的通知',
    );
    expect(
      (await refused('application/create', { packId: 'henan-2024-346', params: { major: '460301' } })).message,
    ).toMatch(/^通知「教职成〔2024〕346号」没有参数「major」；可用的参数：baseYear（统计年度）、majorCode（申报专业）/);
    expect(
      (await refused('application/create', { packId: 'henan-2024-346', params: { majorCode: '999999' } })).message,
    ).toMatch(/^参数「申报专业」的值「999999」不在可选项中；可选：460301（机电一体化技术）/);
    expect(
      (await refused('application/create', { packId: 'henan-2023-258', params: { baseYear: 2023 } })).message,
    ).toBe('通知「教办职成〔2023〕258号」没有参数，不能指定「baseYear」');
    const other = await refused('eligibility/check', { packId: 'henan-2023-258', applicationId: demoApp, params: {} });
    expect(other.code).toBe('APPLICATION_OF_OTHER_NOTICE');
    expect(other.message).toMatch(
      /^第 \d+ 号申报「.+」属于通知「henan-2024-346」，不是「henan-2023-258」（教办职成〔2023〕258号）的申报$/,
    );
    await refused('eligibility/confirm', {
      packId: 'henan-2023-258',
      applicationId: demoApp,
      ruleId: '1.1',
      answer: true,
    });
    expect(
      (await refused('eligibility/confirm', { packId: 'henan-2024-346', ruleId: '1.1', answer: true })).message,
    ).toBe('条件「1.1」由基础数据计算，不需要学校确认');
    expect((await refused('application/duplicate', { applicationId: demoApp, params: { nope: 1 } })).code).toBe(
      'UNKNOWN_PARAM',
    );
    expect((await refused('application/update', { applicationId: demoApp, params: { majorCode: 'x' } })).code).toBe(
      'BAD_PARAM',
    );
    expect((await refused('application/delete', { applicationId: 99999 })).message).toBe('没有编号为 99999 的申报');
  });
});

describe('names the 专业目录 must know', () => {
  it('flags a typed 申报专业, 专业大类 or group member not in the 2021 catalogue, on the field, with near names', async () => {
    const id = (await call(env.ctx, 'application/list', { packId: 'henan-2024-346' }))[0].id;
    const ok = await call(env.ctx, 'application/setValue', {
      applicationId: id,
      fieldKey: 'majorName',
      value: '工业机器人技术',
    });
    expect(ok.field.problems).toEqual([]);
    const bad = await call(env.ctx, 'application/setValue', {
      applicationId: id,
      fieldKey: 'majorName',
      value: '机器人专业',
    });
    expect(bad.field.problems.map((p) => [p.code, p.accepted])).toEqual([['catalogue', false]]);
    expect(bad.field.problems[0].message).toMatch(
      /^「申报专业」「机器人专业」不是《职业教育专业目录》（高职专科）中的专业名称，应按目录命名（目录中相近的有：.*工业机器人技术/,
    );
    expect(bad.exportBlocked).toBe(true);
    // A 中职 name is not a 高职（专科） major.
    const level = await call(env.ctx, 'application/setValue', {
      applicationId: id,
      fieldKey: 'majorName',
      value: '种子生产技术',
    });
    expect(level.field.problems[0].message).toContain('是中职的专业名称，不在本校办学层次（高职专科）的专业目录中');
    const cat = await call(env.ctx, 'application/setValue', {
      applicationId: id,
      fieldKey: 'majorCategory',
      value: '装备制造类',
    });
    expect(cat.field.problems[0].message).toMatch(/不是《职业教育专业目录》（高职专科）中的专业大类/);
    // A group keeps its own name; a single 专业 typed as the group must be the catalogue's.
    expect(
      (
        await call(env.ctx, 'application/setValue', {
          applicationId: id,
          fieldKey: 'serviceGroup',
          value: '智能制造专业群',
        })
      ).field.problems,
    ).toEqual([]);
    expect(
      (await call(env.ctx, 'application/setValue', { applicationId: id, fieldKey: 'serviceGroup', value: '机电专业' }))
        .field.problems[0].code,
    ).toBe('catalogue');
    const rows = await call(env.ctx, 'application/setValue', {
      applicationId: id,
      fieldKey: 'groupMajors',
      value: [
        { name: '机电一体化技术', enrolled: 100, evidence: '' },
        { name: '智能机电', enrolled: 50, evidence: '' },
      ],
    });
    expect(rows.field.problems).toEqual([expect.objectContaining({ code: 'catalogue', row: 2, column: 'name' })]);
    // The data's own values are catalogue names: resetting clears the problem.
    expect(
      (await call(env.ctx, 'application/resetValue', { applicationId: id, fieldKey: 'majorName' })).field.problems,
    ).toEqual([]);
  });
});
