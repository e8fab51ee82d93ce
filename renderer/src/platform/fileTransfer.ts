/** Saving and choosing files: the desktop app uses native dialogs, browser mode the browser's own (or the core's export folder). */
import type { ApiResult } from '../../../shared/api/apiError';
import type { ChosenFile, OutputFile } from '../../../shared/api/callFields';
import { api, ApiCallError, type DesktopBridge } from '../api/apiClient';

type FileFilters = { name: string; extensions: string[] }[];

export interface ChooseOptions {
  /** Browser mode: the chosen file is being sent to the core (a large one takes a moment); say so. */
  onUpload?(file: { name: string; size: number }): void;
}

/**
 * Lets the user choose one file and hands it to the core by token: the desktop app's dialog grants
 * main's core the path; browser mode streams the file to /files/upload (fetch sends a File without
 * reading it into the page). The file's bytes never pass through this page. Null when cancelled.
 */
export async function chooseFile(accept: FileFilters, options: ChooseOptions = {}): Promise<ChosenFile | null> {
  return (await pickFiles(accept, false, options))[0] ?? null;
}

/** As chooseFile, several files at once (empty when cancelled). */
export async function chooseFiles(accept: FileFilters, options: ChooseOptions = {}): Promise<ChosenFile[]> {
  return pickFiles(accept, true, options);
}

async function pickFiles(accept: FileFilters, multiple: boolean, options: ChooseOptions): Promise<ChosenFile[]> {
  if (window.shenbaotong) return window.shenbaotong.chooseFiles(accept, { multiple });
  const picked = await browserPick(accept, multiple);
  const chosen: ChosenFile[] = [];
  for (const f of picked) {
    options.onUpload?.({ name: f.name, size: f.size });
    chosen.push(await uploadFile(f));
  }
  return chosen;
}

/** The browser's own file chooser (a real <input type=file>, so tests can answer it too). */
function browserPick(accept: FileFilters, multiple: boolean): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = accept.flatMap((a) => a.extensions.map((e) => `.${e}`)).join(',');
    input.onchange = () => resolve([...(input.files ?? [])]);
    input.addEventListener('cancel', () => resolve([]));
    input.click();
  });
}

async function uploadFile(file: File): Promise<ChosenFile> {
  const res = await fetch('./files/upload', {
    method: 'POST',
    headers: { 'X-File-Name': encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' },
    credentials: 'same-origin',
    body: file,
  });
  const text = await res.text();
  let answer: ApiResult<ChosenFile> | null = null;
  try {
    answer = JSON.parse(text) as ApiResult<ChosenFile>;
  } catch {
    // Not JSON: the server's plain-text refusal, shown as it is.
  }
  if (answer && !answer.ok) throw new ApiCallError(answer.error);
  if (!res.ok || !answer?.ok)
    throw new ApiCallError({
      code: `HTTP_${res.status}`,
      message: text || `无法读取文件：${file.name}（上传失败，${res.status}）`,
    });
  return answer.value;
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

/**
 * Where the window shows a file the core granted for showing (a stored 佐证 PDF or photo, read where
 * it lies): the same relative address in both modes — browser mode's server and the desktop app's
 * app:// protocol serve files/view/<token>.
 */
export function viewUrl(out: OutputFile): string {
  return `./files/view/${out.token}`;
}
