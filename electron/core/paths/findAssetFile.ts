import fs from 'node:fs';
import path from 'node:path';

import { AppError } from '../../../shared/api/apiError.js';

/**
 * Finds a file shipped under assets/ (e.g. 'catalogue/major-catalogue-2021.tsv'): the folder named by
 * SHENBAOTONG_ASSETS_DIR, then resources/assets beside a packaged app, then assets/ in the working
 * folder or any folder above this module (development, tests, CLI).
 */
export function findAssetFile(relPath: string, env: NodeJS.ProcessEnv = process.env): string {
  const roots: string[] = [];
  if (env.SHENBAOTONG_ASSETS_DIR) roots.push(path.resolve(env.SHENBAOTONG_ASSETS_DIR));
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources)
    roots.push(
      path.join(resources, 'assets'),
      path.join(resources, 'app.asar.unpacked', 'assets'),
      path.join(resources, 'app.asar', 'assets'),
    );
  for (let dir = process.cwd(), i = 0; i < 6; i++, dir = path.dirname(dir)) roots.push(path.join(dir, 'assets'));
  if (typeof __dirname === 'string')
    for (let dir = __dirname, i = 0; i < 6; i++, dir = path.dirname(dir)) roots.push(path.join(dir, 'assets'));
  for (const root of roots) {
    const file = path.join(root, relPath);
    if (fs.existsSync(file)) return file;
  }
  throw new AppError('ASSET_MISSING', `找不到程序自带的文件 assets/${relPath}，请重新安装申报通`, { file: relPath });
}
