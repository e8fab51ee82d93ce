// A pack file with bytes that are not UTF-8 (damaged, or saved as GBK) is refused with its line, not
// read with U+FFFD in its titles; a JSON error names line and column in Chinese, not V8's English.
import fs from 'node:fs';
import path from 'node:path';

import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

import { parsePackJson } from '../../../electron/core/packs/packLibrary';
import { AppError } from '../../../shared/api/apiError';

const pack = fs.readFileSync(path.resolve(__dirname, '../../../assets/packs/henan-2022-52.json'));

function refusal(bytes: Uint8Array): AppError {
  try {
    parsePackJson(bytes, '通知包.json');
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('parsed');
}

describe('pack bytes', () => {
  it('refuses a damaged byte inside Chinese text, naming its line', () => {
    const copy = Buffer.from(pack);
    const at = copy.indexOf(Buffer.from('河南', 'utf8'));
    copy[at + 1] = 0x20;
    const e = refusal(copy);
    const line = pack.subarray(0, at).toString('utf8').split('\n').length;
    expect(e.code).toBe('PACK_NOT_UTF8');
    expect(e.message).toBe(
      `文件「通知包.json」第 ${line} 行有无法识别的字符：通知包须为 UTF-8 编码的 JSON 文件，文件可能已损坏`,
    );
  });

  it('refuses a pack saved as GBK', () => {
    expect(refusal(iconv.encode('{"title": "测试通知"}', 'gbk')).code).toBe('PACK_NOT_UTF8');
  });

  it('names line and column of a syntax error without the engine’s English, and says when the file was cut off', () => {
    const e = refusal(Buffer.from('{\n  "id": "x",\n  "title" "缺冒号"\n}'));
    expect(e.message).toBe('文件「通知包.json」不是有效的 JSON（第 3 行第 11 列附近），文件可能已损坏或被截断');
    const cut = refusal(pack.subarray(0, pack.length >> 1));
    expect(cut.message).toMatch(
      /^文件「通知包\.json」不是有效的 JSON（(第 \d+ 行第 \d+ 列附近|文件不完整，可能被截断)）/,
    );
    expect(cut.message.replace(/json/gi, '')).not.toMatch(/[A-Za-z]{3,}/);
  });
});
