import type { Pack } from '../../../../shared/packs/packSchema';

/**
 * The notice's words when one more application would go over its quota (346号: 每所高等职业学校限报1个),
 * or null. Shown before creating or copying; the user may still go on.
 */
export function quotaText(pack: Pick<Pack, 'submission' | 'docNo'>, existing: number): string | null {
  const q = pack.submission?.quota;
  if (!q || existing < q.max) return null;
  return `通知要求「${q.text}」。本校已有 ${existing} 份「${pack.docNo}」的申报，再建一份将超过名额，报送时只能选其中 ${q.max} 份。`;
}
