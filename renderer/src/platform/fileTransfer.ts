/** Saving and choosing files: the desktop app uses native dialogs, browser mode the browser's own (or the core's export folder). */
import type { OutputFile } from '../../../shared/api/callFields';
import { api, ApiCallError, type DesktopBridge } from '../api/apiClient';

/** Only the 佐证材料 preview still gets bytes (a PDF or picture shown in the page itself). */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) s += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(s);
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

/** Shows where the desktop app saved a file, and lets the user open its folder (only paths main saved). */
function keptOnDesktop(bridge: DesktopBridge, r: { fileName?: string; filePath?: string }): KeptFile | null {
  const filePath = r.filePath;
  if (!filePath) return null;
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

/** The desktop app's save dialog; main moves the file from the core's outbox to the chosen path. */
async function saveOnDesktop(bridge: DesktopBridge, out: OutputFile): Promise<KeptFile | null> {
  const r = await bridge.saveOutput(out.token, out.fileName);
  if (r.error) throw new ApiCallError(r.error);
  return r.saved ? keptOnDesktop(bridge, r) : null;
}

/**
 * Lets the user save a file the core made (an export waiting in its outbox): the desktop app asks
 * with the save dialog; browser mode downloads it from the core, streamed by the browser itself
 * (no copy of the file in the page). False when the user cancels the dialog.
 */
export async function saveOutput(out: OutputFile): Promise<boolean> {
  const bridge = window.shenbaotong;
  if (bridge) return (await saveOnDesktop(bridge, out)) !== null;
  const a = document.createElement('a');
  a.href = `./files/download/${encodeURIComponent(out.token)}`;
  a.download = out.fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  return true;
}

/**
 * Saves a file the core made where the user can find it again and says where that is. The desktop
 * app asks with the system's save dialog; browser mode has the core move it into the export folder
 * (a browser download lands where the app cannot tell). Null when the user cancels the dialog.
 */
export async function keepOutput(out: OutputFile): Promise<KeptFile | null> {
  const bridge = window.shenbaotong;
  if (bridge) return saveOnDesktop(bridge, out);
  const saved = await api('files/keep', { token: out.token });
  return {
    fileName: saved.fileName,
    path: saved.path,
    folder: saved.folder,
    async showInFolder() {
      await api('files/showInFolder', { token: saved.token });
    },
  };
}

/** Content the page made itself (the pack designer's JSON), handed to the core to be saved like any export. */
export async function pageOutput(fileName: string, bytes: Uint8Array): Promise<OutputFile> {
  return api('files/fromPage', { fileName, dataBase64: bytesToBase64(bytes) });
}

/**
 * Where the window shows a file the core made for it (a 佐证 PDF or photo): the same relative address
 * in both modes — browser mode's server and the desktop app's app:// protocol serve files/view/<token>.
 */
export function viewUrl(out: OutputFile): string {
  return `./files/view/${out.token}`;
}
