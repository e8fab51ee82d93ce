import { defineConfig } from 'vitest/config';

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
          testTimeout: 60_000,
          env: { SHENBAOTONG_CHECK_OUTPUT: '1' },
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
        },
      },
    ],
  },
});
