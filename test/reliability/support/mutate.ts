/** A small deterministic generator (mulberry32): the same seed gives the same trials. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Mutation = 'flip' | 'truncate' | 'insert' | 'zero';

/** A damaged copy, as copying, downloading or a failing USB stick makes them. */
export function mutate(bytes: Buffer, rnd: () => number): { bytes: Buffer; how: Mutation; at: number } {
  const r = rnd();
  const at = Math.floor(rnd() * bytes.length);
  if (r < 0.5) {
    const copy = Buffer.from(bytes);
    copy[at] = (copy[at] + 1 + Math.floor(rnd() * 255)) & 0xff;
    return { bytes: copy, how: 'flip', at };
  }
  if (r < 0.7) return { bytes: Buffer.from(bytes.subarray(0, at)), how: 'truncate', at };
  if (r < 0.85) {
    const junk = Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 16) }, () => Math.floor(rnd() * 256)));
    return { bytes: Buffer.concat([bytes.subarray(0, at), junk, bytes.subarray(at)]), how: 'insert', at };
  }
  const copy = Buffer.from(bytes);
  copy.fill(0, at, Math.min(copy.length, at + 1 + Math.floor(rnd() * 64)));
  return { bytes: copy, how: 'zero', at };
}
