// The 346号 申报书 re-typed as a Word file, drafted with no help: how many of the facts the
// hand-written seed pack binds does the draft bind, to the same values on the demo school?
import fs from 'node:fs';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { loadBaseDataSnapshot } from '../../../electron/core/datasets/loadBaseDataSnapshot';
import { readAttachment } from '../../../electron/core/drafting/readAttachment';
import { getLibraryPack } from '../../../electron/core/packs/packLibrary';
import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot';
import { draftPack } from '../../../shared/drafting/draftPack';
import type { DraftResult } from '../../../shared/drafting/draftTypes';
import { indicatorEntries } from '../../../shared/drafting/fieldCatalogue';
import type { FieldValue, Pack, ResolvedApplication } from '../../../shared/packs/packSchema';
import { resolveApplication } from '../../../shared/packs/resolveApplication';
import { resolveParameters } from '../../../shared/packs/resolveParameters';
import { validatePack } from '../../../shared/packs/validatePack';
import { demoStore } from '../support/demoStore';
import { pairByPlace } from './support/fieldPlaces';

const FIXTURE = path.resolve(__dirname, '../../fixtures/drafting/henan-2024-346-notice-with-forms.docx');

let env: Awaited<ReturnType<typeof demoStore>>;
let snapshot: BaseDataSnapshot;
let seed: Pack;
let draft: DraftResult;
let drafted: Pack;

beforeAll(async () => {
  env = await demoStore();
  snapshot = loadBaseDataSnapshot(env.store.db);
  seed = getLibraryPack(env.store.db, 'henan-2024-346').pack;
  const { document } = await readAttachment(fs.readFileSync(FIXTURE), path.basename(FIXTURE));
  // The school's own 指标 join the catalogue, as the app's drafting call does.
  const indicators = (snapshot.data.indicators ?? []).map((r) => ({
    code: String(r.code ?? ''),
    name: String(r.name ?? ''),
    unit: String(r.unit ?? ''),
    scope: String(r.scope ?? ''),
  }));
  draft = draftPack([document], { extraCatalogue: indicatorEntries(indicators), today: '2024-11-01' });
  const v = validatePack(draft.pack);
  if (!v.ok) throw new Error(JSON.stringify(v.problems.slice(0, 5)));
  drafted = v.pack;
});
afterAll(() => env.cleanup());

/** A value as a reader compares it: numbers to two decimals, texts trimmed, table rows as sorted cells. */
function comparable(v: FieldValue | undefined): string {
  if (v === null || v === undefined || v === '') return '';
  if (typeof v === 'number') return v.toFixed(2);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v).trim();
  if (Array.isArray(v))
    return JSON.stringify(
      v.map((x) =>
        typeof x === 'object' && x !== null
          ? Object.values(x)
              .map((y) => (typeof y === 'number' ? y.toFixed(2) : String(y ?? '').trim()))
              .filter(Boolean)
              .sort()
          : String(x),
      ),
    );
  return JSON.stringify(v);
}

function resolve(pack: Pack, params: Record<string, unknown>): ResolvedApplication {
  return resolveApplication({ pack, snapshot, params, overrides: {}, today: '2024-11-01' });
}

describe('drafting the 346号 申报书 from its Word file', () => {
  it('reads the notice itself for its facts', () => {
    expect(drafted.docNo).toBe('教职成〔2024〕346号');
    expect(drafted.title).toBe('关于开展2024年河南省职业教育高水平专业化产教融合实训中心建设的通知');
    expect(drafted.issuers).toEqual(['河南省教育厅', '河南省财政厅']);
    expect(drafted.deadline).toBe('2024-11-15');
    expect(drafted.submission?.items[0]).toMatchObject({ copies: 2, seal: true, electronic: true });
    expect(drafted.forms.map((f) => `${f.attachment} ${f.orientation}`)).toEqual([
      '附件1 portrait',
      '附件2 portrait',
      '附件3 landscape',
    ]);
  });

  it('binds at least 80 % of the facts the seed pack binds, to the same values on the demo school', () => {
    // Both packs name the things to choose alike (统计年度, 申报专业, 专业群, 中心, 合作企业): the same choices.
    const params = resolveParameters(seed, snapshot, {}, '2024-11-01').params;
    const a = resolve(seed, params);
    const b = resolve(drafted, params);
    const pairs = pairByPlace(seed, drafted);
    const facts = seed.fields.filter((f) => f.bind);
    const byKey = new Map(drafted.fields.map((f) => [f.key, f]));
    const same: string[] = [];
    const missed: string[] = [];
    for (const f of facts) {
      const k = pairs.get(f.key);
      const d = k ? byKey.get(k) : undefined;
      const bound = !!d && (!!d.bind || !!d.compute);
      const equal = bound && comparable(a.fields[f.key].value) === comparable(b.fields[k!].value);
      (equal ? same : missed).push(`${f.key}${k ? `→${k}` : ''}`);
    }
    const share = same.length / facts.length;
    // Printed so the report can name what is still missed.
    console.log(
      `346号: ${same.length}/${facts.length} = ${(share * 100).toFixed(1)} % bound alike; missed: ${missed.join(', ')}`,
    );
    expect(facts.length).toBeGreaterThan(100);
    expect(share).toBeGreaterThanOrEqual(0.8);
  });

  it('makes the 合计 cells locked totals of their rows and columns', () => {
    const totals = drafted.fields.filter((f) => f.compute);
    expect(totals.length).toBe(10); // three yearly totals, four plan rows, two plan columns and the grand total
    expect(totals.every((f) => f.locked && f.type === 'money' && f.unit === '万元')).toBe(true);
    const params = resolveParameters(seed, snapshot, {}, '2024-11-01').params;
    const b = resolve(drafted, params);
    const grand = totals[totals.length - 1];
    const columns = totals.filter((f) => /合计20\d\d年$/.test(f.label));
    expect(columns).toHaveLength(2);
    expect(b.fields[grand.key].value).toBeCloseTo(
      columns.reduce((s, f) => s + Number(b.fields[f.key].value ?? 0), 0),
      2,
    );
  });
});
