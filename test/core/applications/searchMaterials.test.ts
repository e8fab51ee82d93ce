import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall';
import { createAppContext } from '../../../electron/core/appContext';
import { insertApplication, listApplications, writeOverride } from '../../../electron/core/packs/applicationRepo';
import type { MaterialItem } from '../../../shared/api/materialCalls';
import { demoStore } from '../support/demoStore';

let demo: Awaited<ReturnType<typeof demoStore>>;
let demoAppId: number;
let newAppId: number;

beforeAll(async () => {
  demo = await demoStore();
  demoAppId = listApplications(demo.store.db, 'henan-2024-346')[0].id;
  writeOverride(
    demo.store.db,
    demoAppId,
    'schemeGoal',
    '依托数控技术专业群，建成集实践教学、社会培训、企业真实生产于一体的实训中心。',
  );
  // Not a narrative: never offered as material even when it matches.
  writeOverride(demo.store.db, demoAppId, 'schoolName', '数控技术学院');
  newAppId = insertApplication(demo.store.db, 'henan-2024-346', '第二份申报', {});
});
afterAll(() => demo.cleanup());

async function search(input: Record<string, unknown>): Promise<MaterialItem[]> {
  const ctx = createAppContext({ dbPath: demo.store.path, dataDir: demo.dir, appVersion: 'test', store: demo.store });
  const r = await dispatchCall(ctx, 'material/search', input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as MaterialItem[];
}

describe('material/search (素材库)', () => {
  it('finds a narrative written for an earlier application by a word of its text, with notice and 字数', async () => {
    const hits = await search({ query: '数控技术', excludeApplicationId: newAppId });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      applicationId: demoAppId,
      docNo: '教职成〔2024〕346号',
      fieldKey: 'schemeGoal',
      fieldLabel: '总体建设目标',
      withinLimit: null,
    });
    // 依托…实训中心。: every CJK character and full-width mark counts one.
    expect(hits[0].wordCount).toBe(hits[0].text.length);
  });

  it('checks each text against the new word limit', async () => {
    const [hit] = await search({ query: '数控技术', wordLimit: 20 });
    expect(hit.wordCount).toBeGreaterThan(20);
    expect(hit.withinLimit).toBe(false);
    const [fits] = await search({ query: '数控技术', wordLimit: 2000 });
    expect(fits.withinLimit).toBe(true);
  });

  it('matches the field label too, and leaves out the application being edited', async () => {
    const byLabel = await search({ query: '保障措施' });
    expect(byLabel.map((h) => h.fieldKey)).toContain('schemeSafeguards');
    expect(await search({ query: '数控技术', excludeApplicationId: demoAppId })).toEqual([]);
  });

  it('offers only texts the user wrote, never bound values of other field types', async () => {
    const all = await search({ query: '', limit: 200 });
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((h) => h.fieldKey !== 'schoolName')).toBe(true);
  });
});
