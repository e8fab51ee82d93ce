import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { localIsoDate } from '../../../shared/format/localIsoDate';

describe('localIsoDate on a PC in China (UTC+8)', () => {
  const tz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Asia/Shanghai'; // Node applies a changed TZ at once
  });
  afterAll(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('gives the calendar date the clerk sees, not the UTC one: 08:00 Beijing time is not yesterday', () => {
    const morning = new Date('2024-01-01T00:30:00+08:00');
    expect(morning.toISOString().slice(0, 10)).toBe('2023-12-31');
    expect(localIsoDate(morning)).toBe('2024-01-01');
    expect(localIsoDate(new Date('2024-02-29T23:59:00+08:00'))).toBe('2024-02-29');
  });
});
