import { describe, expect, it } from 'vitest';

import { formatDate } from '../../../shared/format/formatDate.js';
import { formatScalar } from '../../../shared/print/formatPrintValue.js';

describe('dates as Chinese forms print them', () => {
  it('prints 2026年12月7日 by default, without leading zeros', () => {
    expect(formatDate('2026-12-07')).toBe('2026年12月7日');
    expect(formatDate('2026-01-05')).toBe('2026年1月5日');
    expect(formatScalar('2026-12-07', { type: 'date' })).toBe('2026年12月7日');
  });

  it('follows the pattern a pack sets for a field', () => {
    expect(formatDate('2026-12-07', 'YYYY-MM-DD')).toBe('2026-12-07');
    expect(formatDate('2026-01-05', 'YYYY.M.D')).toBe('2026.1.5');
    expect(formatDate('2026-01-05', 'YYYY年MM月')).toBe('2026年01月');
    expect(formatScalar('2026-03-01', { type: 'date', dateFormat: 'YYYY年M月' })).toBe('2026年3月');
  });

  it('prints a year-month value without a day, and anything else as it was typed', () => {
    expect(formatDate('2015-06')).toBe('2015年6月');
    expect(formatDate('2015-06', 'YYYY-MM-DD')).toBe('2015-06');
    expect(formatDate('明年三月')).toBe('明年三月');
    expect(formatScalar('2026-12-07', { type: 'text' })).toBe('2026-12-07');
  });
});
