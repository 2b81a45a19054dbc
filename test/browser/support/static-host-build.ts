import { rm } from 'node:fs/promises';
import { build } from 'vite';
import { repoRoot } from './paths.ts';

export interface StaticHostBuild {
  /** Its own output folder: never test-results/dist, which the other browser tests use. */
  outDir: string;
  /** Vite's `--base`, e.g. `/persona-talk/`. */
  base: string;
  /** Compiled in as VITE_TOKEN_SERVER_URL. */
  tokenServerUrl: string;
}

/** `VITE_TOKEN_SERVER_URL=… npm run build -- --base=…`, as a site owner runs it, into `outDir`. */
export async function buildForStaticHost(options: StaticHostBuild): Promise<void> {
  const saved = { nodeEnv: process.env.NODE_ENV, tokenServer: process.env.VITE_TOKEN_SERVER_URL };
  // Vitest sets NODE_ENV=test, which would make Vite ship React's development build (see global-setup.ts).
  process.env.NODE_ENV = 'production';
  process.env.VITE_TOKEN_SERVER_URL = options.tokenServerUrl;
  try {
    await rm(options.outDir, { recursive: true, force: true });
    await build({
      root: repoRoot,
      mode: 'production',
      base: options.base,
      configFile: `${repoRoot}/vite.config.ts`,
      logLevel: 'warn',
      build: { outDir: options.outDir, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = saved.nodeEnv;
    if (saved.tokenServer === undefined) delete process.env.VITE_TOKEN_SERVER_URL;
    else process.env.VITE_TOKEN_SERVER_URL = saved.tokenServer;
  }
}
