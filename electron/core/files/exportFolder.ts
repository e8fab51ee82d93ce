import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const EXPORT_FOLDER_NAME = '申报通导出';

/**
 * The user's documents folder: XDG's (often ~/文档 on a Chinese desktop) on Linux, Documents on
 * Windows and elsewhere; the home folder when neither exists.
 */
export function documentsDir(env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string {
  if (process.platform === 'linux') {
    try {
      const dirs = fs.readFileSync(
        path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), 'user-dirs.dirs'),
        'utf8',
      );
      const m = /^XDG_DOCUMENTS_DIR="(.+)"\s*$/m.exec(dirs);
      if (m) {
        const dir = m[1].replace(/^\$HOME/, home);
        if (fs.existsSync(dir)) return dir;
      }
    } catch {
      // no user-dirs file: the usual names below
    }
  }
  for (const name of ['Documents', '文档']) {
    const dir = path.join(home, name);
    if (fs.existsSync(dir)) return dir;
  }
  return home;
}

/**
 * Where browser mode saves what it exports (the page cannot show a save dialog for the core, and a
 * browser download lands where the app cannot say): SHENBAOTONG_EXPORT_DIR, else 申报通导出 in the
 * documents folder. The folder is made on first use.
 */
export function defaultExportDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SHENBAOTONG_EXPORT_DIR) return path.resolve(env.SHENBAOTONG_EXPORT_DIR);
  return path.join(documentsDir(env), EXPORT_FOLDER_NAME);
}

/** `name` in `dir`, or 「name (2).ext」 … when a file of that name is there already: nothing is overwritten. */
export function freeFileName(dir: string, name: string): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? name : `${stem} (${i})${ext}`;
    if (!fs.existsSync(path.join(dir, candidate))) return candidate;
  }
}
