// Setup file of the e2e project (vitest.config.ts): a test during which Chromium reported a CSP
// violation fails, naming what was refused.
import { afterAll, afterEach } from 'vitest';

import { takeCspViolations } from './cspViolations';

function check(): void {
  const v = takeCspViolations();
  if (v.length) throw new Error(`${v.length} 次违反内容安全策略（CSP）：\n${[...new Set(v)].slice(0, 10).join('\n')}`);
}
afterEach(check);
afterAll(check);
