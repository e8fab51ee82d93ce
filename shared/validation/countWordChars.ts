// Word-compatible 字数: each East Asian character counts one, each run of other non-space
// characters (a Latin word, a number such as 2024 or 3.5) counts one, spaces count nothing.
const EAST_ASIAN =
  /[\u1100-\u11FF\u2E80-\u2FDF\u2FF0-\u303F\u3040-\u30FF\u3100-\u312F\u3130-\u318F\u3190-\u31FF\u3200-\u32FF\u3300-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7FF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u2018\u2019\u201C\u201D\u2026\u2014\u00B7]|[\uD840-\uD87F][\uDC00-\uDFFF]/;

export function countWordChars(text: string): number {
  let count = 0;
  let inRun = false;
  for (const ch of text) {
    if (/\s/.test(ch)) {
      inRun = false;
    } else if (EAST_ASIAN.test(ch)) {
      count++;
      inRun = false;
    } else if (!inRun) {
      count++;
      inRun = true;
    }
  }
  return count;
}
