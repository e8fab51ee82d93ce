// First step of `npm test`: the end-to-end and document tests need Chromium, LibreOffice, poppler and
// CJK fonts. Without one of them dozens of tests would time out one by one; say so in one line instead.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = (cmd, args) => {
  try {
    return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000 }).toString();
  } catch {
    return null;
  }
};
const checks = [
  { name: `Chromium (${chromium})`, ok: () => fs.existsSync(chromium) },
  { name: 'LibreOffice (soffice)', ok: () => runs('soffice', ['--version']) !== null },
  {
    name: 'poppler-utils (pdftotext, pdfinfo, pdftoppm)',
    ok: () => ['pdftotext', 'pdfinfo', 'pdftoppm'].every((c) => runs(c, ['-v']) !== null),
  },
  {
    name: '中文字体 / CJK fonts (fonts-noto-cjk, fonts-arphic-ukai)',
    ok: () =>
      /Noto (Sans|Serif) CJK/.test(runs('fc-list', [':lang=zh', 'family']) ?? '') &&
      /AR PL UKai/.test(runs('fc-list', [':lang=zh', 'family']) ?? ''),
  },
];
const missing = checks.filter((c) => !c.ok()).map((c) => c.name);
if (missing.length) {
  console.error(
    `测试需要的程序未安装：${missing.join('、')}。请先运行 npm run setup。 / Missing for the tests: ${missing.join(', ')}. Run \`npm run setup\` first.`,
  );
  process.exit(1);
}
