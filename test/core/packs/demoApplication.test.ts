import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { listApplications } from '../../../electron/core/packs/applicationRepo';
import { resolveStoredApplication } from '../../../electron/core/packs/resolveStoredApplication';
import { demoStore } from '../support/demoStore';

let demo: Awaited<ReturnType<typeof demoStore>>;
beforeAll(async () => {
  demo = await demoStore();
});
afterAll(() => demo.cleanup());

describe('demo school application', () => {
  it('has its own application for henan-2024-346 that resolves from the base data', () => {
    const apps = listApplications(demo.store.db, 'henan-2024-346');
    expect(apps).toHaveLength(1);
    const { resolved } = resolveStoredApplication(demo.store.db, apps[0].id, new Date('2024-11-01T08:00:00Z'));
    expect(resolved.schoolName).toBe('河南示范职业技术学院');
    const broken = Object.values(resolved.fields)
      .filter((f) => f.bindingError)
      .map((f) => `${f.key}: ${f.bindingError}`);
    expect(broken).toEqual([]);
    // Every narrative has an example text within its limit, so the demo's 申报书 is complete.
    const narratives = Object.values(resolved.fields).filter((f) => f.type === 'narrative');
    expect(narratives.length).toBeGreaterThan(0);
    for (const n of narratives)
      expect(n.problems.filter((p) => p.code === 'wordLimit' || p.code === 'required')).toEqual([]);
  });
});
