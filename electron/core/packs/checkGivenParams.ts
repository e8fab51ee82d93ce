import { AppError } from '../../../shared/api/apiError.js';
import type { Pack } from '../../../shared/packs/packSchema.js';
import type { ResolvedParameters } from '../../../shared/packs/resolveParameters.js';

const MAX_LISTED = 12;

/**
 * Refuses parameters the caller gave that the notice does not have, or values not among a choice's
 * options, in Chinese naming the parameter (and the allowed ones), before anything is written.
 */
export function checkGivenParams(pack: Pack, given: Record<string, unknown>, rp: ResolvedParameters): void {
  const known = new Map(pack.parameters.map((p) => [p.key, p]));
  for (const key of Object.keys(given)) {
    if (known.has(key)) continue;
    const list = pack.parameters.map((p) => `${p.key}（${p.label}）`).join('、');
    throw new AppError(
      'UNKNOWN_PARAM',
      pack.parameters.length
        ? `通知「${pack.docNo}」没有参数「${key}」；可用的参数：${list}`
        : `通知「${pack.docNo}」没有参数，不能指定「${key}」`,
      { field: key },
    );
  }
  const bad = rp.problems.find((p) => Object.prototype.hasOwnProperty.call(given, p.key));
  if (!bad) return;
  const options = rp.options[bad.key] ?? [];
  const shown = options
    .slice(0, MAX_LISTED)
    .map((o) => (String(o.value) === o.label ? o.label : `${String(o.value)}（${o.label}）`))
    .join('、');
  throw new AppError(
    'BAD_PARAM',
    `${bad.message}${options.length ? `；可选：${shown}${options.length > MAX_LISTED ? ` 等 ${options.length} 项` : ''}` : ''}`,
    { field: known.get(bad.key)?.label ?? bad.key },
  );
}

/**
 * A new application needs every required parameter: refused (naming the first one missing and what
 * to enter) rather than stored with nothing to fill its forms from.
 */
export function checkRequiredParams(pack: Pack, rp: ResolvedParameters): void {
  const missing = pack.parameters.find((p) => p.required && rp.params[p.key] === null);
  if (!missing) return;
  const problem = rp.problems.find((x) => x.key === missing.key)?.message ?? `请选择参数「${missing.label}」`;
  throw new AppError('MISSING_PARAM', `${problem}；未新建申报`, { field: missing.label });
}
