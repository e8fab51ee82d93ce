import { describe, expect, it } from 'vitest';

import { countLines, lineStarts } from '../../../shared/print/measureText.js';

// 12 pt characters in a box 10 characters wide, with the hair of room the engines' rounding needs.
const box = { widthPt: 122, sizePt: 12, halfWidthLatin: true };

describe('line breaking as Word, LibreOffice and Chromium break Chinese text', () => {
  it('fills a line with as many ideographs as fit, and breaks between any two', () => {
    expect(lineStarts('一二三四五六七八九十甲乙丙', box)).toEqual([0, 10]);
    expect(countLines('一二三四五六七八九十', box)).toBe(1);
    expect(countLines('一二三四五六七八九十甲', box)).toBe(2);
  });

  it('keeps closing punctuation off the start of a line by carrying the character before it', () => {
    // The 11th character is 「，」: it may not start line 2, so 「十」 goes down with it.
    expect(lineStarts('一二三四五六七八九十，乙丙', box)).toEqual([0, 9]);
    // An opening bracket may not end a line.
    expect(lineStarts('一二三四五六七八九（甲）', box)).toEqual([0, 9]);
  });

  it('keeps a Latin word or number whole, half as wide in 仿宋 as an ideograph', () => {
    expect(countLines('0123456789012345678', box)).toBe(1);
    expect(lineStarts('一二三四五六七八 2026年', box)).toEqual([0, 9]);
    // Proportional fonts: Latin counted at the wide end.
    expect(countLines('ABCDEFGHIJKLMNOP', { ...box, halfWidthLatin: false })).toBe(2);
  });

  it('cuts a word longer than a line where the box ends, and counts each paragraph of a text', () => {
    expect(countLines('x'.repeat(45), box)).toBe(3);
    expect(countLines('甲\n\n乙', box)).toBe(3);
    expect(countLines('一二三', { ...box, firstIndentPt: 24 })).toBe(1);
    expect(countLines('一二三四五六七八九', { ...box, firstIndentPt: 24 })).toBe(2);
  });
});
