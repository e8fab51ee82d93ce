import type { Pack, PackField, ResolvedApplication } from '../packs/packSchema.js';
import { formatFieldValue } from './formatPrintValue.js';

/** What the print builder reads while laying out one form: the pack, the resolved values, the page ranges. */
export interface PrintContext {
  pack: Pack;
  app: ResolvedApplication;
  /** 佐证材料页码 by evidence key (e.g. { schoolCreditCodePages: "3–5" }), filled by the bundle. */
  evidencePages?: Record<string, string>;
  fieldDef(key: string): PackField | undefined;
  /** Replaces {{fieldKey}} (and {{school}}, {{param.key}}) in fixed text with printed values. */
  fillText(text: string): string;
}

export function createPrintContext(
  pack: Pack,
  app: ResolvedApplication,
  evidencePages?: Record<string, string>,
): PrintContext {
  const defs = new Map(pack.fields.map((f) => [f.key, f]));
  const ctx: PrintContext = {
    pack,
    app,
    evidencePages,
    fieldDef: (key) => defs.get(key),
    fillText: (text) =>
      text.replace(/\{\{\s*([A-Za-z][\w.]*)\s*\}\}/g, (whole, key: string) => {
        if (key === 'school') return app.schoolName;
        if (key.startsWith('param.')) {
          const k = key.slice(6);
          return app.paramLabels[k] ?? String(app.params[k] ?? '');
        }
        if (!(key in app.fields)) return whole;
        return formatFieldValue(defs.get(key), app.fields[key].value);
      }),
  };
  return ctx;
}
