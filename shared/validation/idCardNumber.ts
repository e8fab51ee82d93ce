// 公民身份号码, GB 11643-1999.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdCardCheck =
  { ok: true; number: string; birthDate: string } | { ok: false; position?: number; message: string };

export function checkIdCardNumber(raw: string): IdCardCheck {
  const n = raw.replace(/\s+/g, '').toUpperCase();
  if (n.length !== 18) return { ok: false, message: `公民身份号码应为 18 位，现为 ${n.length} 位` };
  for (let i = 0; i < 17; i++) {
    if (n[i] < '0' || n[i] > '9')
      return { ok: false, position: i + 1, message: `公民身份号码第 ${i + 1} 位「${n[i]}」应为数字` };
  }
  const birth = `${n.slice(6, 10)}-${n.slice(10, 12)}-${n.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== birth) {
    return { ok: false, position: 7, message: `公民身份号码第 7–14 位的出生日期「${n.slice(6, 14)}」不是有效日期` };
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(n[i]) * WEIGHTS[i];
  const expected = CHECK[sum % 11];
  if (n[17] !== expected) {
    return {
      ok: false,
      position: 18,
      message: `公民身份号码第 18 位（校验码）「${n[17]}」有误，按前 17 位应为「${expected}」`,
    };
  }
  return { ok: true, number: n, birthDate: birth };
}
