import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWorkerBundle } from '../../../../server-token/build-worker.ts';
import { workerdConfig } from '../../../../server-token/workerd-config.ts';

/** The compatibility date wrangler.toml deploys with; the test runs the same. */
export const COMPATIBILITY_DATE = '2025-09-01';

export interface RunningWorkerd {
  url: string;
  output(): string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The binary inside the `workerd` npm package (its platform sub-package). */
function workerdBinary(): string {
  const require = createRequire(import.meta.url);
  const { default: binary } = require('workerd') as { default: string };
  return binary;
}

/**
 * Bundles worker-entry with esbuild and serves it from workerd on 127.0.0.1 (a free port); outbound
 * fetches may reach loopback only. `bindings(url)` gets the worker's own URL (for PUBLIC_ORIGIN).
 */
export async function startWorkerd(bindings: (url: string) => Record<string, string>): Promise<RunningWorkerd> {
  const dir = await mkdtemp(join(tmpdir(), 'persona-talk-workerd-'));
  await buildWorkerBundle(join(dir, 'worker.js'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  await writeFile(join(dir, 'config.capnp'), workerdConfig({
    bundle: 'worker.js', address: `127.0.0.1:${port}`, bindings: bindings(url), outbound: ['local'], compatibilityDate: COMPATIBILITY_DATE,
  }));
  let output = '';
  const child: ChildProcess = spawn(workerdBinary(), ['serve', join(dir, 'config.capnp')], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-20_000); });
  child.stderr?.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-20_000); });
  const close = async () => {
    if (child.exitCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    await rm(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${url}/api/not-there`);
      return { url, output: () => output, close };
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await close();
  throw new Error(`workerd did not serve on ${url} within 10 s. Its output:\n${output}`);
}
