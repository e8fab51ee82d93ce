import { AppError } from '../../../../shared/api/apiError.js';

/** Repeated `--param 名称=值` flags as a notice's parameters. */
export function paramFlags(flags: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of flags ?? []) {
    const eq = f.indexOf('=');
    if (eq <= 0) throw new AppError('BAD_ARGS', `参数格式应为 --param 名称=值：${f}`);
    out[f.slice(0, eq).trim()] = f.slice(eq + 1).trim();
  }
  return out;
}
