// 统一社会信用代码, GB 32100-2015.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; position?: number; message: string };

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Checks a code and says which character is wrong, in Chinese. Lower case and spaces are forgiven. */
export function checkCreditCode(raw: string): CreditCodeCheck {
  const code = raw.replace(/\s+/g, '').toUpperCase();
  if (code.length !== 18) {
    return { ok: false, message: `统一社会信用代码应为 18 位，现为 ${code.length} 位` };
  }
  for (let i = 0; i < 18; i++) {
    if (!CHARSET.includes(code[i])) {
      const hint = 'IOZSV'.includes(code[i]) ? `（代码中不使用字母 I、O、Z、S、V）` : '';
      return {
        ok: false,
        position: i + 1,
        message: `统一社会信用代码第 ${i + 1} 位「${code[i]}」不是允许的字符${hint}`,
      };
    }
  }
  const expected = creditCodeCheckChar(code.slice(0, 17));
  if (code[17] !== expected) {
    return {
      ok: false,
      position: 18,
      message: `统一社会信用代码第 18 位（校验码）「${code[17]}」有误，按前 17 位应为「${expected}」，请核对前 17 位或校验码`,
    };
  }
  return { ok: true, code };
}
