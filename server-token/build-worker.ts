import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ENTRY = fileURLToPath(new URL('./worker-entry.ts', import.meta.url));

/**
 * Bundles worker-entry.ts into one ES module for workerd (what `wrangler deploy` does for Cloudflare):
 * browser/worker builds of the dependencies, Node built-ins left to the runtime's `nodejs_compat`.
 */
export async function buildWorkerBundle(outfile: string): Promise<void> {
  await build({
    entryPoints: [ENTRY],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser', 'import', 'default'],
    mainFields: ['module', 'main'],
    external: ['node:*'],
    minify: false,
    logLevel: 'silent',
  });
}
