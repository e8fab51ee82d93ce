import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'Shenbaotong';

/**
 * The user's data folder, the same one Electron's userData points at (main sets it so):
 * %APPDATA%\Shenbaotong on Windows, $XDG_CONFIG_HOME/Shenbaotong (~/.config) on Linux.
 * SHENBAOTONG_DATA_DIR overrides it.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.SHENBAOTONG_DATA_DIR) return path.resolve(env.SHENBAOTONG_DATA_DIR);
  if (platform === 'win32')
    return path.join(env.APPDATA || path.join(os.homedir(), 'AppData', 'Roaming'), APP_DIR_NAME);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), APP_DIR_NAME);
}

/** The school database: --db flag, then SHENBAOTONG_DB, then school.sqlite in the data folder. */
export function resolveDbPath(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  dataDir = defaultDataDir(env),
): string {
  if (flag) return path.resolve(flag);
  if (env.SHENBAOTONG_DB) return path.resolve(env.SHENBAOTONG_DB);
  return path.join(dataDir, 'school.sqlite');
}
