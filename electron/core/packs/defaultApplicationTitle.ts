import type { Pack } from '../../../shared/packs/packSchema.js';

/**
 * 「关于开展…的通知（机电一体化技术）」: the notice's title and the first chosen option (a 申报专业),
 * so two applications of one notice read apart; a year parameter alone says little.
 */
export function defaultApplicationTitle(pack: Pack, labels: Record<string, string>): string {
  const p =
    pack.parameters.find((x) => x.type === 'choice' && labels[x.key]) ?? pack.parameters.find((x) => labels[x.key]);
  return `${pack.title}${p ? `（${labels[p.key]}）` : ''}`;
}
