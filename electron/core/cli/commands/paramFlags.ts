import { AppError } from '../../../../shared/api/apiError.js';
import type { Pack } from '../../../../shared/packs/packSchema.js';
import type { CallFn } from '../defineCliCommand.js';

/** The name a clerk typed, compared without spaces and with either kind of brackets: 合作企业(1) = 合作企业（1）. */
function norm(name: string): string {
  return name.replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
}

/**
 * Repeated `--param 名称=值` flags as a notice's parameters: 名称 is the parameter's label as the
 * window shows it (统计年度、申报专业) or its key (baseYear); anything else is refused naming the
 * notice's parameters by their labels.
 */
export function paramFlags(
  flags: readonly string[] | undefined,
  pack: Pick<Pack, 'docNo' | 'parameters'>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of flags ?? []) {
    const eq = f.indexOf('=');
    if (eq <= 0) throw new AppError('BAD_ARGS', `参数格式应为 --param 名称=值：${f}`);
    const name = f.slice(0, eq).trim();
    const p = pack.parameters.find((x) => x.key === name) ?? pack.parameters.find((x) => norm(x.label) === norm(name));
    if (!p) {
      const labels = pack.parameters.map((x) => `「${x.label}」`).join('、');
      throw new AppError(
        'UNKNOWN_PARAM',
        pack.parameters.length
          ? `通知「${pack.docNo}」没有参数「${name}」；可用的参数：${labels}（写成 --param 名称=值，如 --param ${pack.parameters[0].label}=…）`
          : `通知「${pack.docNo}」没有参数，不能指定「${name}」`,
        { field: name },
      );
    }
    out[p.key] = f.slice(eq + 1).trim();
  }
  return out;
}

/** The `--param` flags of a command about one notice; the notice is read only when flags were given. */
export async function paramsOfNotice(
  c: { call: CallFn },
  flags: readonly string[] | undefined,
  packId: string,
): Promise<Record<string, string>> {
  if (!flags?.length) return {};
  return paramFlags(flags, (await c.call('pack/get', { packId })).pack);
}
