// The designer's calls: draft a pack from attachment files, list the school's own 指标 for the
// catalogue, and try a pack being designed on the school's data (values the form would print).
import { ATTACHMENT_MAX_BYTES } from '../../../shared/api/draftingCalls.js';
import type { BaseDataSnapshot } from '../../../shared/datasets/baseDataSnapshot.js';
import { draftPack } from '../../../shared/drafting/draftPack.js';
import { type IndicatorDefinition, indicatorEntries } from '../../../shared/drafting/fieldCatalogue.js';
import type { SourceDocument } from '../../../shared/drafting/sourceDocument.js';
import { localIsoDate } from '../../../shared/format/localIsoDate.js';
import { resolveApplication } from '../../../shared/packs/resolveApplication.js';
import { resolveParameters } from '../../../shared/packs/resolveParameters.js';
import { validatePack } from '../../../shared/packs/validatePack.js';
import { formatFieldValue } from '../../../shared/print/formatPrintValue.js';
import type { NamespaceHandlers } from '../api/handlerTypes.js';
import type { AppContext } from '../appContext.js';
import { snapshotOf } from '../packs/resolveStoredApplication.js';
import { readAttachment } from './readAttachment.js';

const NO_DATA: BaseDataSnapshot = { school: {}, years: [], data: {} };

function snapshotFor(ctx: AppContext): BaseDataSnapshot {
  return ctx.store ? snapshotOf(ctx.store.db, false) : NO_DATA;
}

/** The school's indicators, once each (the latest year's name and unit). */
export function schoolIndicators(snapshot: BaseDataSnapshot): IndicatorDefinition[] {
  const byCode = new Map<string, IndicatorDefinition & { year: number }>();
  for (const r of snapshot.data.indicators ?? []) {
    const code = typeof r.code === 'string' ? r.code : '';
    const year = typeof r.year === 'number' ? r.year : 0;
    if (!code || (byCode.get(code)?.year ?? -1) > year) continue;
    byCode.set(code, {
      code,
      name: typeof r.name === 'string' ? r.name : code,
      unit: typeof r.unit === 'string' ? r.unit : '',
      scope: typeof r.scope === 'string' ? r.scope : '',
      year,
    });
  }
  return [...byCode.values()].map(({ year: _year, ...d }) => d);
}

export const draftingHandlers: NamespaceHandlers<'drafting'> = {
  'drafting/draft': async (input, ctx) => {
    const docs: SourceDocument[] = [];
    const converted: { fileName: string; from: string }[] = [];
    for (const token of input.files) {
      const { bytes, name } = ctx.files.readChosen(token, ATTACHMENT_MAX_BYTES);
      const r = await readAttachment(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), name);
      docs.push(r.document);
      if (r.convertedFrom) converted.push({ fileName: name, from: r.convertedFrom });
    }
    const draft = draftPack(docs, {
      ...(input.id ? { id: input.id } : {}),
      extraCatalogue: indicatorEntries(schoolIndicators(snapshotFor(ctx))),
      today: localIsoDate(ctx.now()),
    });
    return { draft, converted };
  },
  'drafting/indicators': (_input, ctx) => ({ indicators: schoolIndicators(snapshotFor(ctx)) }),
  'drafting/preview': (input, ctx) => {
    const snapshot = snapshotFor(ctx);
    const schoolName = typeof snapshot.school.name === 'string' ? snapshot.school.name : '';
    const v = validatePack(input.pack);
    if (!v.ok) return { ok: false, problems: v.problems, params: {}, paramOptions: {}, values: {}, schoolName };
    const today = localIsoDate(ctx.now());
    const rp = resolveParameters(v.pack, snapshot, input.params, today);
    const app = resolveApplication({ pack: v.pack, snapshot, params: rp.params, overrides: {}, today });
    const values: Record<string, { text: string; error?: string }> = {};
    for (const f of v.pack.fields) {
      const r = app.fields[f.key];
      const text = formatFieldValue(f, r.value);
      values[f.key] = { text, ...(r.bindingError ? { error: r.bindingError } : {}) };
    }
    return { ok: true, problems: [], params: rp.params, paramOptions: rp.options, values, schoolName };
  },
};
