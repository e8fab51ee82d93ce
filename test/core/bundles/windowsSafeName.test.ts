import { describe, expect, it } from 'vitest';

import { fillBundleName } from '../../../shared/bundles/bundleFileName.js';
import { uniqueNames, windowsSafeEntryPath, windowsSafeName } from '../../../shared/bundles/windowsSafeName.js';

describe('bundle name rule', () => {
  it('fills the 346号 rule with school and major', () => {
    const r = fillBundleName('{school}职业教育高水平专业化产教融合实训中心申报材料（{majorName}专业）', {
      school: '河南示例职业技术学院',
      majorName: '机电一体化技术',
    });
    expect(r.fileName).toBe(
      '河南示例职业技术学院职业教育高水平专业化产教融合实训中心申报材料（机电一体化技术专业）.zip',
    );
    expect(r.missing).toEqual([]);
  });
  it('marks a missing placeholder with ×× and reports it', () => {
    const r = fillBundleName('{school}申报材料（{majorName}专业）', { school: '某学校' });
    expect(r.fileName).toBe('某学校申报材料（××专业）.zip');
    expect(r.missing).toEqual(['majorName']);
  });
  it('accepts {{key}} placeholders too', () => {
    expect(fillBundleName('{{school}}材料', { school: 'A校' }).fileName).toBe('A校材料.zip');
  });
});

describe('Windows-safe names', () => {
  it('replaces reserved characters with full-width ones and drops control characters', () => {
    expect(windowsSafeName('a<b>c:d"e/f\\g|h?i*j\u0001k.docx')).toBe('a＜b＞c：d＂e／f＼g｜h？i＊jk.docx');
  });
  it('avoids reserved device names, also with an extension and in any case', () => {
    for (const n of ['CON', 'con.docx', 'Nul.txt', 'COM1.pdf', 'lpt9', 'AUX']) {
      const safe = windowsSafeName(n);
      expect(safe.split('.')[0].toUpperCase()).not.toMatch(/^(CON|PRN|AUX|NUL|COM\d|LPT\d)$/);
    }
    expect(windowsSafeName('CONTRACT.docx')).toBe('CONTRACT.docx');
  });
  it('strips trailing dots and spaces', () => {
    expect(windowsSafeName('报告. . ')).toBe('报告');
    expect(windowsSafeName('   ')).toBe('未命名');
  });
  it('trims a long name and keeps the extension', () => {
    const long = '很长的名称'.repeat(40) + '.docx';
    const safe = windowsSafeName(long);
    expect(safe.length).toBeLessThanOrEqual(80);
    expect(safe.endsWith('.docx')).toBe(true);
  });
  it('does not split a surrogate pair when trimming', () => {
    const safe = windowsSafeName('𠀀'.repeat(100), 11);
    expect(safe).toBe('𠀀'.repeat(5));
  });
  it('keeps whole entry paths well under 260 characters', () => {
    const p = windowsSafeEntryPath(['材'.repeat(200), '附件'.repeat(200) + '.pdf']);
    expect(p.length).toBeLessThanOrEqual(150);
    expect(p.endsWith('.pdf')).toBe(true);
    expect(p.split('/')).toHaveLength(2);
  });
  it('makes names unique ignoring case', () => {
    expect(uniqueNames(['a.docx', 'A.docx', 'b.docx'])).toEqual(['a.docx', 'A（2）.docx', 'b.docx']);
  });
});
