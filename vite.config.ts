import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { staticHost } from './scripts/static-host-plugin.ts';

const tokenServer = process.env.TOKEN_SERVER_URL ?? 'http://127.0.0.1:8787';

export default defineConfig({
  plugins: [react(), staticHost()],
  server: {
    host: '127.0.0.1',
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: { '/api': { target: tokenServer, changeOrigin: false } },
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['test/setup/jest-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['test/browser/global-setup.ts'],
        },
      },
    ],
  },
});
