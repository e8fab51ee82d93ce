import fs from 'node:fs';

import { describe, expect, it } from 'vitest';

import { DATASETS } from '../../../shared/datasets/datasetRegistry';
import { fieldsDocText } from '../../../shared/drafting/fieldsDocText';

describe('docs/fields.md', () => {
  it('is the committed output of scripts/generateFieldsDoc.ts (npx tsx scripts/generateFieldsDoc.ts)', () => {
    expect(fs.readFileSync('docs/fields.md', 'utf8')).toBe(fieldsDocText());
  });

  it('lists every field of every data set, with the figures forms ask for most', () => {
    const text = fieldsDocText();
    for (const d of DATASETS) for (const f of d.fields) expect(text).toContain(`| \`${f.key}\` | ${f.label} |`);
    for (const label of [
      '全日制在校生数',
      '专任教师数',
      '双师型教师比例',
      '仪器设备总值',
      '实训室面积',
      '近N年技能大赛获奖数',
      '合作企业数',
    ])
      expect(text).toContain(`| ${label} |`);
  });
});
