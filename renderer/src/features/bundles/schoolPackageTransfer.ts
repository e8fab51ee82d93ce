import { api } from '../../api/apiClient';
import { base64ToBytes } from '../../platform/fileTransfer';

/** Reads a package the core wrote, piece by piece (a package can be far larger than one message). */
export async function downloadPackage(
  token: string,
  size: number,
  onProgress: (fraction: number) => void,
): Promise<Uint8Array> {
  const out = new Uint8Array(size);
  let offset = 0;
  for (;;) {
    const r = await api('schoolPackage/read', { token, offset });
    const bytes = base64ToBytes(r.dataBase64);
    out.set(bytes, offset);
    offset = r.nextOffset;
    onProgress(size ? offset / size : 1);
    if (r.done || !bytes.length) break;
  }
  return out.subarray(0, offset);
}

export function megabytes(n: number): string {
  if (n === 0) return '0 KB';
  return n < 1048576 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1048576).toFixed(1)} MB`;
}
