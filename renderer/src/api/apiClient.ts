import type { ApiError, ApiResult } from '../../../shared/api/apiError.js';
import type { CallName, InputOf, OutputOf } from '../../../shared/api/contract.js';
import type { DesktopBridge } from '../../../shared/api/desktopBridge.js';

/** What the Electron preload exposes on window.shenbaotong (defined in shared/ so the preload can check against it). */
export type { DesktopBridge };

declare global {
  interface Window {
    shenbaotong?: DesktopBridge;
  }
}

export class ApiCallError extends Error {
  readonly error: ApiError;
  constructor(error: ApiError) {
    super(error.message);
    this.error = error;
  }
}

async function invokeOverHttp(name: string, input: unknown): Promise<ApiResult<unknown>> {
  const res = await fetch(`./api/${encodeURIComponent(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(input ?? {}),
  });
  if (!res.ok)
    return {
      ok: false,
      error: { code: `HTTP_${res.status}`, message: (await res.text()) || `请求失败（${res.status}）` },
    };
  return (await res.json()) as ApiResult<unknown>;
}

/** The renderer's only way into the core: typed by the shared contract, same in Electron and browser mode. */
export async function api<K extends CallName>(name: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const bridge = window.shenbaotong;
  const result = bridge ? await bridge.invoke(name, input) : await invokeOverHttp(name, input);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value as OutputOf<K>;
}
