// Reads the few parts of an Office file (a zip) that drafting needs, with the bounds an untrusted
// attachment calls for: entry count, declared and actual sizes, compression ratio. Other entries
// (images, fonts) are never inflated.
import yauzl from 'yauzl';

import { AppError } from '../../../shared/api/apiError.js';

export const OFFICE_ZIP_LIMITS = {
  maxEntries: 10_000,
  /** One XML part; a 200-page form's document.xml is a few MB. */
  maxPartBytes: 64 * 1024 * 1024,
  maxRatio: 200,
  ratioFloorBytes: 1024 * 1024,
};

function damaged(file: string, why: string, part?: string): AppError {
  return new AppError('ATTACHMENT_DAMAGED', `「${file}」无法读取${part ? `（其中的 ${part}）` : ''}：${why}`, {
    file,
    ...(part ? { path: part } : {}),
  });
}

/** The wanted parts by name; a part the file lacks is simply absent from the map. */
export function readZipParts(
  bytes: Uint8Array,
  file: string,
  wanted: (name: string) => boolean,
  limits = OFFICE_ZIP_LIMITS,
): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      { lazyEntries: true, validateEntrySizes: true },
      (err, zip) => {
        if (err || !zip)
          return reject(damaged(file, '不是有效的 Office 文件（zip 结构错误），可能已损坏或并非 .docx/.xlsx'));
        const out = new Map<string, Buffer>();
        let settled = false;
        const fail = (e: AppError) => {
          if (settled) return;
          settled = true;
          zip.close();
          reject(e);
        };
        if (zip.entryCount > limits.maxEntries)
          return fail(damaged(file, `包含 ${zip.entryCount} 个部件，超出合理范围`));
        zip.on('error', (e: Error) => fail(damaged(file, e.message)));
        zip.on('end', () => {
          if (settled) return;
          settled = true;
          resolve(out);
        });
        zip.on('entry', (entry: yauzl.Entry) => {
          const name = entry.fileName;
          if (!wanted(name)) return zip.readEntry();
          if (entry.uncompressedSize > limits.maxPartBytes)
            return fail(damaged(file, `部件解压后 ${Math.round(entry.uncompressedSize / 1048576)} MB，超出上限`, name));
          const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
          if (entry.uncompressedSize > limits.ratioFloorBytes && ratio > limits.maxRatio)
            return fail(damaged(file, `压缩比异常（${Math.round(ratio)} 倍），可能是恶意构造的文件`, name));
          zip.openReadStream(entry, (e, stream) => {
            if (e || !stream) return fail(damaged(file, e?.message ?? '无法解压', name));
            const chunks: Buffer[] = [];
            let got = 0;
            stream.on('data', (c: Buffer) => {
              got += c.length;
              if (got > entry.uncompressedSize) stream.destroy(new Error('实际大小超过声明的大小'));
              else chunks.push(c);
            });
            stream.on('error', (se: Error) => fail(damaged(file, se.message, name)));
            stream.on('end', () => {
              out.set(name, Buffer.concat(chunks));
              zip.readEntry();
            });
          });
        });
        zip.readEntry();
      },
    );
  });
}
