import { parseArgs } from 'node:util';

import { describe, expect, it } from 'vitest';

import { argsErrorText } from '../../../electron/core/cli/argsErrorText';

/** The text a clerk reads for what node:util parseArgs refuses (its own messages are English). */
function refusal(args: string[], allowPositionals = false): string | undefined {
  try {
    parseArgs({
      args,
      allowPositionals,
      options: { db: { type: 'string' }, title: { type: 'string', short: 't' }, demo: { type: 'boolean' } },
    });
  } catch (e) {
    return argsErrorText(e);
  }
  return 'accepted';
}

describe('argsErrorText', () => {
  it('names the unknown option, the option missing its value, and the stray word, in Chinese', () => {
    expect(refusal(['--bogus'])).toBe('不认识的选项 --bogus');
    expect(refusal(['--db'])).toBe('选项 --db 后面缺少值');
    expect(refusal(['-t'])).toBe('选项 --title 后面缺少值');
    expect(refusal(['--title', '--db', 'x'])).toBe('选项 --title 后面缺少值（值以 - 开头时请写成 --title=值）');
    expect(refusal(['--demo=1'])).toBe('选项 --demo 后面不能带值');
    expect(refusal(['extra'])).toBe('多余的参数「extra」');
  });

  it('is undefined for anything else (those are reported as they are)', () => {
    expect(argsErrorText(new Error('disk full'))).toBeUndefined();
    expect(argsErrorText(null)).toBeUndefined();
  });
});
