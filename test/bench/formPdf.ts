// Benchmark: one form as PDF from the editor's 「导出」 button, as a clerk meets it (goal < 2 s on the
// demo school). Runs the real browser mode (the same entry `npm start` falls back to, with its warm
// Chromium) on a copy of the demo school, opens the 346号 application in Debian's Chromium at
// 1366×768, and times, in the page, the click → the frame showing the message that names the saved
// file. The first click comes two
// seconds after the editor opened (a clerk glances at the form first); the next ones follow.
//   npx tsx test/bench/formPdf.ts
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';

import { chromium } from 'playwright-core';

import { dispatchCall } from '../../electron/core/api/dispatchCall.js';
import { createAppContext } from '../../electron/core/appContext.js';
import { APP_VERSION } from '../../electron/core/appVersion.js';
import { buildRendererOnce, CHROMIUM_ARGS, CHROMIUM_PATH, ROOT } from '../e2e/support/launchApp.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const GOAL_MS = 2000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A copy of the demo school, and the title of its 346号 application. */
async function demoDatabase(dir: string): Promise<{ dbPath: string; title: string }> {
  const dbPath = path.join(dir, 'school.sqlite');
  const ctx = createAppContext({ dbPath, dataDir: dir, appVersion: APP_VERSION });
  const r = await dispatchCall(ctx, 'store/createDemo', {});
  if (!r.ok) throw new Error(r.error.message);
  const list = await dispatchCall(ctx, 'application/list', { packId: 'henan-2024-346' });
  ctx.store?.close();
  const apps = list.ok ? (list.value as { title: string }[]) : [];
  if (!apps.length) throw new Error('示例学校没有 346号 申报');
  return { dbPath, title: apps[0].title };
}

/** Starts browser mode as `npm start` does and resolves with its URL. */
function startBrowserMode(dbPath: string, dataDir: string, rendererDir: string) {
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      path.join(ROOT, 'electron/core/browserMode/runBrowserMode.ts'),
      '--db',
      dbPath,
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        SHENBAOTONG_DATA_DIR: dataDir,
        SHENBAOTONG_EXPORT_DIR: path.join(dataDir, '导出'),
        SHENBAOTONG_RENDERER_DIR: rendererDir,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.on('line', (l) => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(l);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`浏览器模式退出（${code}）`)));
  });
  return { child, url };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-form-pdf-'));
  const rendererDir = await buildRendererOnce();
  const { dbPath, title } = await demoDatabase(dir);
  const server = startBrowserMode(dbPath, dir, rendererDir);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    await page.goto(await server.url);
    await page.getByRole('navigation').getByRole('button', { name: '通知库' }).click();
    await page.getByRole('button', { name: title, exact: true }).first().click();
    await page.getByTestId('completeness').waitFor();
    await page.waitForTimeout(2000);
    // Timed in the page: from the click event to the frame that shows the message naming the file.
    await page.evaluate(() => {
      const w = window as unknown as { __clicks: number[]; __shown: number[] };
      w.__clicks = [];
      w.__shown = [];
      document.addEventListener(
        'click',
        (e) => {
          if ((e.target as Element).closest('[data-testid="download-pdf"]')) w.__clicks.push(e.timeStamp);
        },
        true,
      );
      new MutationObserver(() => {
        const m = document.querySelector('[data-testid="export-message"]');
        if (m?.textContent?.includes('已导出') && w.__shown.length < w.__clicks.length)
          requestAnimationFrame(() => w.__shown.push(performance.now()));
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    for (let i = 0; i < RUNS; i++) {
      const message = page.getByTestId('export-message');
      if (await message.count()) await message.getByRole('button', { name: '关闭' }).click();
      await page.getByTestId('download-pdf').click();
      await message.filter({ hasText: '已导出' }).waitFor({ timeout: 60_000 });
      await page.waitForTimeout(500);
    }
    const { clicks, shown } = await page.evaluate(() => {
      const w = window as unknown as { __clicks: number[]; __shown: number[] };
      return { clicks: w.__clicks, shown: w.__shown };
    });
    const times = clicks.map((c, i) => shown[i] - c);
    const saved = fs.readdirSync(path.join(dir, '导出')).filter((f) => f.endsWith('.pdf'));
    if (saved.length !== RUNS) throw new Error(`应保存 ${RUNS} 个 PDF，实际 ${saved.length} 个`);
    console.log('单张表导出 PDF（346号 申报书，示例学校；点击「PDF」到提示已保存，浏览器模式）');
    times.forEach((t, i) =>
      console.log(`  第 ${i + 1} 次  ${Math.round(t)} ms${i === 0 ? '（打开申报 2 秒后）' : ''}`),
    );
    const med = median(times);
    console.log(`  中位数 ${Math.round(med)} ms，目标 < ${GOAL_MS} ms：${med < GOAL_MS ? '达到' : '未达到'}`);
  } finally {
    await browser.close();
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
