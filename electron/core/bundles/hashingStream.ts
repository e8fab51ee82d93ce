import crypto from 'node:crypto';
import { Transform } from 'node:stream';

export interface HashingStream {
  /** Passes every byte through unchanged. */
  stream: Transform;
  /** The SHA-256 and length of what passed (call once, after the end). */
  result(): { sha256: string; size: number };
}

/** A pass-through that hashes and counts what flows (bundle zips, package entries); `onEnd` runs at its end. */
export function hashingStream(onEnd?: (r: { sha256: string; size: number }) => void): HashingStream {
  const hash = crypto.createHash('sha256');
  let size = 0;
  let digest: { sha256: string; size: number } | null = null;
  const result = () => (digest ??= { sha256: hash.digest('hex'), size });
  const stream = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      onEnd?.(result());
      done();
    },
  });
  return { stream, result };
}
