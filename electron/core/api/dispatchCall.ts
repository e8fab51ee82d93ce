import { type ApiResult, AppError } from '../../../shared/api/apiError.js';
import { contract, isCallName } from '../../../shared/api/contract.js';
import { describeZodIssues } from '../../../shared/api/describeZodIssues.js';
import type { AppContext } from '../appContext.js';
import { handlerLoaders } from './handlerLoaders.js';
import type { HandlerLoaders, Namespace } from './handlerTypes.js';

/**
 * The single entry into the core for Electron IPC, browser mode and tests: checks the name,
 * validates the input against the contract before the handler runs, and turns every failure into
 * a structured error. Unexpected errors are logged and reported without internals.
 */
export async function dispatchCall(
  ctx: AppContext,
  name: unknown,
  rawInput: unknown,
  loaders: HandlerLoaders = handlerLoaders,
): Promise<ApiResult<unknown>> {
  if (!isCallName(name)) {
    return { ok: false, error: { code: 'UNKNOWN_CALL', message: `没有这个操作：${String(name).slice(0, 80)}` } };
  }
  const spec = contract[name];
  const parsed = spec.input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const details = describeZodIssues(parsed.error.issues);
    return {
      ok: false,
      error: {
        code: 'BAD_INPUT',
        message: `请求「${spec.summary}」的参数不正确：${details[0]?.message ?? ''}`,
        where: details[0]?.where,
        details,
      },
    };
  }
  try {
    const handlers = (await loaders[name.slice(0, name.indexOf('/')) as Namespace]()) as Record<string, unknown>;
    const handler = handlers[name] as (input: unknown, ctx: AppContext) => unknown;
    const value = await handler(parsed.data, ctx);
    if (process.env.SHENBAOTONG_CHECK_OUTPUT === '1') {
      const out = spec.output.safeParse(value);
      if (!out.success) throw new Error(`output of ${name} breaks the contract: ${out.error.message}`);
    }
    return { ok: true, value };
  } catch (e) {
    if (e instanceof AppError) return { ok: false, error: e.toApiError() };
    console.error(`[申报通] ${name} failed:`, e);
    return {
      ok: false,
      error: {
        code: 'INTERNAL',
        message: `操作「${spec.summary}」时发生内部错误，未完成：${(e as Error)?.message ?? String(e)}`,
      },
    };
  }
}
