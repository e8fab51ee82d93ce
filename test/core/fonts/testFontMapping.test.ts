// The test font map (test/support/fonts.conf) gives every official font a document names — in each
// name Word and WPS write it under — a free CJK look-alike of its kind, so rendered test documents
// show a 楷体 line in a Kai face rather than a Latin fallback that hides CJK layout problems.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

const CONF = path.resolve(__dirname, '../../support/fonts.conf');

function matched(family: string): string {
  return execFileSync('fc-match', ['-f', '%{family[0]}', family], {
    env: { ...process.env, FONTCONFIG_FILE: CONF },
  }).toString();
}

const LOOK_ALIKES: [string, string[]][] = [
  ['AR PL UKai CN', ['仿宋', 'FangSong', '仿宋_GB2312', 'FangSong_GB2312']],
  ['AR PL UKai CN', ['楷体', 'KaiTi', '楷体_GB2312', 'KaiTi_GB2312', '华文楷体', 'STKaiti']],
  ['Noto Serif CJK SC', ['宋体', 'SimSun', '方正小标宋简体']],
  ['Noto Sans CJK SC', ['黑体', 'SimHei']],
];

describe('test font map', () => {
  it.each(LOOK_ALIKES)('maps to %s: %j', (face, names) => {
    expect(names.map(matched)).toEqual(names.map(() => face));
  });
});
