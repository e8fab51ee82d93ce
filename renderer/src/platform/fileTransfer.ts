/** Saving and choosing files: the desktop app uses native dialogs, browser mode the browser's own (or the core's export folder). */
import { api } from '../api/apiClient';

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

/** A file the user can be told about: its name, where it is, and a way to show it in its folder. */
export interface KeptFile {
  fileName: string;
  path: string;
  folder: string;
  showInFolder(): Promise<void>;
}

/**
 * Saves an exported file where the user can find it again and says where that is. The desktop app
 * asks with the system's save dialog; browser mode has the core write it into the export folder
 * (a browser download lands where the app cannot tell). Null when the user cancels the dialog.
 */
export async function keepExportedFile(fileName: string, dataBase64: string): Promise<KeptFile | null> {
  const bridge = window.shenbaotong;
  if (bridge) {
    const r = await bridge.saveFile(fileName, base64ToBytes(dataBase64));
    if (!r.saved || !r.filePath) return null;
    const filePath = r.filePath;
    const cut = Math.max(filePath.lastIndexOf('\\'), filePath.lastIndexOf('/'));
    return {
      fileName: r.fileName ?? filePath.slice(cut + 1),
      path: filePath,
      folder: filePath.slice(0, cut),
      async showInFolder() {
        await bridge.showItemInFolder(filePath);
      },
    };
  }
  // The core has the bytes as base64 already (the export's answer): they go back as they came.
  const saved = await api('files/saveDownload', { fileName, dataBase64 });
  return {
    fileName: saved.fileName,
    path: saved.path,
    folder: saved.folder,
    async showInFolder() {
      await api('files/showInFolder', { token: saved.token });
    },
  };
}
