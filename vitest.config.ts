import path from 'node:path';

import { defineConfig } from 'vitest/config';

// Free look-alikes of 仿宋_GB2312 / 方正小标宋简体 / 黑体 for every Chromium and LibreOffice the tests
// start, so rendered pages are laid out as with the official fonts (a caller's own setting wins).
const FONTCONFIG_FILE = process.env.FONTCONFIG_FILE ?? path.resolve(import.meta.dirname, 'test/support/fonts.conf');

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'test/shared/**/*.test.ts',
            'test/core/**/*.test.ts',
            'test/renderer/**/*.test.ts',
            'test/packaging/**/*.test.ts',
          ],
          environment: 'node',
          globalSetup: ['test/support/buildCliOnce.mjs'],
          testTimeout: 60_000,
          env: { SHENBAOTONG_CHECK_OUTPUT: '1', FONTCONFIG_FILE },
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/e2e/support/failOnCspViolation.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          env: { FONTCONFIG_FILE },
        },
      },
    ],
  },
});
