// exceljs decodes every chunk of an XML part on its own (utils/parse-sax.js), so a Chinese character
// split between two chunks would come out as U+FFFD — silently, in the middle of a name. This cuts
// the chunks at character boundaries before exceljs sees them (the shared strings, the workbook).
import { Transform, type TransformCallback } from 'node:stream';

/** How many leading bytes of `buf` are whole UTF-8 characters (a trailing partial one is left out). */
export function completeUtf8Length(buf: Uint8Array): number {
  let i = buf.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && (buf[i] & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return buf.length;
  const lead = buf[i];
  const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return i + size <= buf.length ? buf.length : i;
}

/** Re-chunks a byte stream so that no chunk ends inside a character (for exceljs's part parsers). */
export class Utf8Boundaries extends Transform {
  private carry: Buffer = Buffer.alloc(0);

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    const buf = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    const end = completeUtf8Length(buf);
    this.carry = buf.subarray(end);
    if (end) this.push(buf.subarray(0, end));
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.carry.length) this.push(this.carry);
    done();
  }
}
