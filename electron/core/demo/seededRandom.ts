/** A small seeded PRNG (mulberry32): the demo school is the same on every machine and every run. */
export interface SeededRandom {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function seededRandom(seed: number): SeededRandom {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
  };
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** YYYY-MM-DD from parts, day clamped to 28 so every month is valid. */
export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad(m, 2)}-${pad(Math.min(d, 28), 2)}`;
}
