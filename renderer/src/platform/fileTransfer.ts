/** Saving and choosing files: the desktop app uses native dialogs, browser mode the browser's own. */

export function base64ToBytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
}

export async function saveBytes(
  fileName: string,
  bytes: Uint8Array,
  mime = 'application/octet-stream',
): Promise<boolean> {
  if (window.shenbaotong) return (await window.shenbaotong.saveFile(fileName, bytes)).saved;
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return true;
}

export async function chooseFile(
  accept: { name: string; extensions: string[] }[],
): Promise<{ name: string; data: Uint8Array } | null> {
  if (window.shenbaotong) return window.shenbaotong.openFile(accept);
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept.flatMap((a) => a.extensions.map((e) => `.${e}`)).join(',');
    input.onchange = async () => {
      const f = input.files?.[0];
      if (!f) return resolve(null);
      resolve({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) });
    };
    input.click();
  });
}
