import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { dispatchCall } from '../../../electron/core/api/dispatchCall';
import { createAppContext } from '../../../electron/core/appContext';
import type { ResolvedParameters } from '../../../shared/packs/resolveParameters';
import { demoStore } from '../support/demoStore';

let demo: Awaited<ReturnType<typeof demoStore>>;
beforeAll(async () => {
  demo = await demoStore();
});
afterAll(() => demo.cleanup());

async function options(params: Record<string, unknown>) {
  const ctx = createAppContext({ dbPath: demo.store.path, dataDir: demo.dir, appVersion: 'test', store: demo.store });
  const r = await dispatchCall(ctx, 'pack/parameterOptions', { packId: 'henan-2024-346', params });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as ResolvedParameters;
}

describe('pack/parameterOptions (before an application exists)', () => {
  it('lists the majors, groups and enterprises of the base data and defaults each choice to its first option', async () => {
    const r = await options({});
    expect(r.options.majorCode.length).toBeGreaterThan(1);
    expect(r.options.enterprise1.length).toBeGreaterThan(1);
    expect(r.params.majorCode).toBe(r.options.majorCode[0].value);
    expect(r.labels.majorCode).toBe(r.options.majorCode[0].label);
    expect(r.problems).toEqual([]);
  });

  it('keeps a chosen option and reports one that is not among the options', async () => {
    const first = await options({});
    const second = first.options.enterprise1[1];
    const r = await options({ enterprise1: second.value });
    expect(r.params.enterprise1).toBe(second.value);
    const bad = await options({ enterprise1: '不存在的企业' });
    expect(bad.problems.map((p) => p.key)).toContain('enterprise1');
  });
});
