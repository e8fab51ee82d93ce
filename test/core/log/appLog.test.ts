// The log goes to support: what happened, never whose data it was; it never grows without bound.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { configureLog, errorFields, logEvent, logFilesIn } from '../../../electron/core/log/appLog';
import { redactForLog } from '../../../electron/core/log/redactForLog';

let dir: string | undefined;
afterEach(() => {
  configureLog(null);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('redactForLog', () => {
  it.each([
    ['第 5 行 姓名「张三」', '<cjk:1> 5 <cjk:1> <cjk:2>「<cjk:2>」'],
    ['phone 13800000001 id 41010219900101123X', 'phone <digits:11> id <code>'],
    ['code 91410100000001001X ok', 'code <code> ok'],
    ['mail li.ming@school.edu.cn', 'mail <email>'],
    ['open C:\\Users\\zhangsan\\Desktop\\名单.xlsx failed', 'open <path> failed'],
    ["ENOENT: no such file, open '/home/lihua/学校/a.sqlite'", "ENOENT: no such file, open '<path>'"],
    ['Unexpected token \'x\', "王芳 138" is not valid JSON', 'Unexpected token \'x\', "<quoted:6>" is not valid JSON'],
  ])('%s', (raw, want) => expect(redactForLog(raw)).toBe(want));
});

describe('appLog', () => {
  it('writes redacted lines to logs/shenbaotong.log in the data folder', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-log-'));
    configureLog(dir);
    logEvent('warn', 'import.file-refused', {
      file: '张三的获奖名单.xlsx',
      bytes: 1234567,
      ...errorFields(new Error('bad 李四')),
    });
    const text = fs.readFileSync(path.join(dir, 'logs', 'shenbaotong.log'), 'utf8');
    expect(text).toMatch(
      / WARN import\.file-refused file=<cjk:7>\.xlsx bytes=1234567 errorClass=Error error="bad <cjk:2>" /,
    );
    expect(text).not.toMatch(/张三|李四/);
  });

  it('rotates at 1 MB and keeps five files', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sbt-log-'));
    configureLog(dir);
    // Values are cut at 500 characters: 14 fields of 450 make lines of ~6.5 KB.
    const fields = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`f${i}`, 'x'.repeat(450)]));
    for (let i = 0; i < 1_000; i++) logEvent('info', 'filler', fields);
    const files = logFilesIn(dir);
    expect(files.map((f) => path.basename(f))).toEqual([
      'shenbaotong.log',
      'shenbaotong.1.log',
      'shenbaotong.2.log',
      'shenbaotong.3.log',
      'shenbaotong.4.log',
    ]);
    for (const f of files) expect(fs.statSync(f).size).toBeLessThan(1.1 * 1024 * 1024);
  });
});
