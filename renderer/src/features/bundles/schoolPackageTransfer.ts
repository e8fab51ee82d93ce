import { PACKAGE_CHUNK_BYTES } from '../../../../shared/api/schoolPackageCalls';
import { api } from '../../api/apiClient';
import { bytesToBase64 } from '../../platform/fileTransfer';

/** Hands a chosen package to the core piece by piece; returns the token the core keeps it under. */
export async function uploadPackage(
  fileName: string,
  bytes: Uint8Array,
  onProgress: (fraction: number) => void,
): Promise<string> {
  if (!bytes.length) throw new Error(`「${fileName}」是空文件，不是学校数据包`);
  let token: string | undefined;
  for (let offset = 0; offset < bytes.length; offset += PACKAGE_CHUNK_BYTES) {
    const piece = bytes.subarray(offset, offset + PACKAGE_CHUNK_BYTES);
    const r = await api('schoolPackage/write', { token, fileName, offset, dataBase64: bytesToBase64(piece) });
    token = r.token;
    onProgress(Math.min(1, (offset + piece.length) / bytes.length));
  }
  return token!;
}

export function megabytes(n: number): string {
  if (n === 0) return '0 KB';
  return n < 1048576 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1048576).toFixed(1)} MB`;
}
