// `npm start`: the desktop window when the Electron binary is installed; otherwise say so in one
// line and start browser mode (the same app on 127.0.0.1) instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const passArgs = args.filter((a) => a !== '--browser');

function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!fs.existsSync(pathFile)) return null;
    const exe = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
    return fs.existsSync(exe) ? exe : null;
  } catch {
    return null;
  }
}

function build() {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs')], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/**
 * Electron 45 downloads its binary on first use rather than at install; try once (unless told not
 * to), so a machine with access gets the desktop window and one without falls back quickly.
 */
function tryFetchElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return;
  let installer;
  try {
    installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return;
  }
  if (!fs.existsSync(installer)) return;
  console.log('正在获取 Electron 程序文件… / Fetching the Electron binary…');
  spawnSync(process.execPath, [installer], { stdio: 'ignore', cwd: root, timeout: 90_000 });
}

build();
let exe = forceBrowser ? null : electronBinary();
if (!exe && !forceBrowser) {
  tryFetchElectron();
  exe = electronBinary();
}
if (exe) {
  const child = spawn(exe, [root, ...passArgs], { stdio: 'inherit', cwd: root });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!forceBrowser) {
    console.log(
      '未找到 Electron 程序文件，改用浏览器模式启动 / Electron binary not found; starting browser mode instead.',
    );
  }
  const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs');
  const child = spawn(
    process.execPath,
    [tsx, path.join(root, 'electron/core/browserMode/runBrowserMode.ts'), ...passArgs],
    { stdio: 'inherit', cwd: root },
  );
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
}
