import { afterEach, describe, expect, it } from 'vitest';

import { localDateTimeText } from '../../../shared/format/localDateTimeText';

const tz = process.env.TZ;
afterEach(() => {
  process.env.TZ = tz;
});

describe('localDateTimeText', () => {
  it('shows a stored UTC time as the clock on a computer in China reads it', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(localDateTimeText('2026-12-07T14:07:46.217Z')).toBe('2026-12-07 22:07');
    expect(localDateTimeText('2026-12-31T16:30:00Z')).toBe('2027-01-01 00:30');
  });

  it('leaves text that is not a time as it is', () => {
    expect(localDateTimeText('未知')).toBe('未知');
  });
});
