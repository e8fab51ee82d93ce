import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The renderer is built to plain files: Electron loads them through app://, browser mode serves them.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome110',
    chunkSizeWarningLimit: 4000,
  },
});
