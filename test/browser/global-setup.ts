import { build } from 'vite';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';

/** Browser tests run against the production build, served by the real token server on one origin. */
export default async function setup(): Promise<void> {
  const root = resolve(import.meta.dirname, '../..');
  const outDir = resolve(root, 'test-results/dist');
  if (process.env.REUSE_TEST_BUILD && existsSync(resolve(outDir, 'index.html'))) return;
  // Vitest sets NODE_ENV=test, which would make Vite ship React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode: 'production', configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
