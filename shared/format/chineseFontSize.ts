/** 字号 names in points (shared/reference: 初号 42 … 八号 5). */
export const CHINESE_FONT_SIZES = {
  初号: 42,
  小初: 36,
  一号: 26,
  小一: 24,
  二号: 22,
  小二: 18,
  三号: 16,
  小三: 15,
  四号: 14,
  小四: 12,
  五号: 10.5,
  小五: 9,
  六号: 7.5,
  小六: 6.5,
  七号: 5.5,
  八号: 5,
} as const;

export type ChineseFontSizeName = keyof typeof CHINESE_FONT_SIZES;

/** A size given by name (小四) or in points (12) → points. */
export function fontSizeToPoints(size: ChineseFontSizeName | number): number {
  return typeof size === 'number' ? size : CHINESE_FONT_SIZES[size];
}
